// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainCatalogName } from '../catalog';
import { createQueryClient } from '../lib/query-client';
import { useCatalogs } from './use-catalogs';

const hash = (n: number) => n.toString(16).repeat(64);
const catalog = (service: string) => ({
  schemaVersion: 1,
  id: `${service}-5.0`,
  service,
  serviceName: service.toUpperCase(),
  model: '5.0',
  coverage: 'complete',
  sources: [],
  actions: [],
  apis: [],
  resourceTypes: [],
  conditionKeys: [],
  warnings: [],
});
const entry = (service: string, n: number) => ({
  id: `${service}-5.0`,
  file: `${service}-5.0.json`,
  service,
  serviceName: service.toUpperCase(),
  model: '5.0',
  coverage: 'complete',
  counts: { actions: 0, actionRows: 0, apis: 0, resourceTypes: 0, conditionKeys: 0, warnings: 0 },
  sources: [],
  contentHash: hash(n),
});

const files: Record<string, string> = {
  'index.json': JSON.stringify({
    schemaVersion: 1,
    version: '1.20250101.12345678',
    date: '2025-01-01',
    catalogs: [entry('ims', 1), entry('bms', 2), entry('sms', 3)],
    globalConditionKeys: { file: 'global-condition-keys.json', contentHash: hash(4) },
    systemPolicies: { file: 'system-policies.json', contentHash: hash(5) },
  }),
  'ims-5.0.json': JSON.stringify(catalog('ims')),
  'bms-5.0.json': '{"schemaVersion": 1, "id": ',
  'global-condition-keys.json': JSON.stringify({ schemaVersion: 1, handKept: true, keys: [] }),
  'system-policies.json': JSON.stringify({ schemaVersion: 1, policies: [] }),
};

afterEach(() => vi.unstubAllGlobals());

describe('useCatalogs', () => {
  it('loads each catalog on its own: a corrupt or missing file does not hide the others', async () => {
    const requested: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const file = url.split('/').pop() ?? '';
        requested.push(file);
        const body = files[plainCatalogName(file)];
        return body === undefined
          ? new Response('', { status: 404, statusText: 'Not Found' })
          : new Response(body);
      }),
    );
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useCatalogs(), { wrapper });

    await waitFor(() => {
      expect(result.current.index.status).toBe('success');
      expect(result.current.services.every(({ load }) => load.status !== 'pending')).toBe(true);
    });
    const statuses = result.current.services.map(({ entry: e, load }) => [
      e.id,
      load.status,
      load.status === 'error' ? load.message : '',
    ]);
    expect(statuses).toEqual([
      ['ims-5.0', 'success', ''],
      ['bms-5.0', 'error', '`catalogs/bms-5.0.json` is corrupt: it is not valid JSON'],
      [
        'sms-5.0',
        'error',
        'could not load `catalogs/sms-5.0.json`: the file is missing (HTTP 404 Not Found)',
      ],
    ]);
    expect(result.current.catalogs.map((c) => c.id)).toEqual(['ims-5.0']);
    await waitFor(() => expect(result.current.systemPolicies.status).toBe('success'));
    expect(result.current.globalConditionKeys.status).toBe('success');
    // Listed files are fetched by their content-addressed names, the index by its own.
    expect([...requested].sort()).toEqual([
      'bms-5.0.2222222222222222.json',
      'global-condition-keys.4444444444444444.json',
      'ims-5.0.1111111111111111.json',
      'index.json',
      'sms-5.0.3333333333333333.json',
      'system-policies.5555555555555555.json',
    ]);
    // Neither failure is retried: a 404 or a corrupt file stays broken.
  });
});
