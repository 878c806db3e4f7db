import { describe, expect, it } from 'vitest';
import type { CatalogApi } from '../catalog/index';
import { mergeApiCopies } from './merge-apis';

function api(line: number, extra: Partial<CatalogApi> = {}): CatalogApi {
  return {
    id: '',
    method: 'POST',
    path: '/v1/{project_id}/cloudservers/action',
    action: 'ecs:cloudServers:start',
    dependencies: [],
    notes: [],
    source: { file: 'ecs.txt', line },
    ...extra,
  };
}

describe('mergeApiCopies', () => {
  it('merges copies of one API and action, keeping every dependency and note, with a warning', () => {
    const { apis, warnings } = mergeApiCopies([
      api(1, { notes: ['documented on a.html'], dependencies: [{ action: 'evs:volumes:use' }] }),
      api(9, {
        notes: ['documented on a.md'],
        dependencies: [{ action: 'evs:volumes:use' }, { action: 'iam:agencies:pass' }],
      }),
    ]);
    expect(apis).toEqual([
      api(1, {
        notes: ['documented on a.html', 'documented on a.md'],
        dependencies: [{ action: 'evs:volumes:use' }, { action: 'iam:agencies:pass' }],
      }),
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'API_COPIES_MERGED',
        subject: 'POST /v1/{project_id}/cloudservers/action',
        source: { file: 'ecs.txt', line: 1 },
      }),
    ]);
    expect(warnings[0]?.message).toContain('ecs.txt:1, ecs.txt:9');
  });

  it('keeps one API that several actions authorise as one row per action', () => {
    const { apis, warnings } = mergeApiCopies([
      api(1),
      api(2, { action: 'ecs:cloudServers:stop' }),
    ]);
    expect(apis.map((entry) => entry.action)).toEqual([
      'ecs:cloudServers:start',
      'ecs:cloudServers:stop',
    ]);
    expect(warnings).toEqual([]);
  });

  it('says when the copies print different scopes', () => {
    const { warnings } = mergeApiCopies([
      api(1, { scopes: { iamProject: true } }),
      api(2, { scopes: { iamProject: false } }),
    ]);
    expect(warnings[0]?.message).toContain('scopes as the first copy prints them');
  });
});
