import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogIndex, ServiceCatalog } from '../catalog';
import { createCatalogLookup } from '../engine';
import { resolveApiLines } from './generator-api-lines';
import { confirmGenerated } from './generator-confirm';
import { findApis, generatePolicy } from './generator-policy';
import type { GeneratorOptions } from './generator-policy';

// The committed catalogs: the dependencies between services are real data, not fixtures.
const dir = new URL('../../catalogs/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8')) as CatalogIndex;
const catalogs = index.catalogs.map(
  (entry) => JSON.parse(readFileSync(new URL(entry.file, dir), 'utf8')) as ServiceCatalog,
);
const lookup = createCatalogLookup(catalogs);
const LINES = [
  'DELETE /v3/tasks/{task_id}',
  'POST https://ims.cn-north-4.myhuaweicloud.com/v2/images/0d9e/members?x=1',
  'post /v1/0a1b/baremetalservers/s-1/attachvolume',
].join('\n');
const IDENTITY: GeneratorOptions = {
  target: 'identity',
  scopes: {},
  shortenWithWildcards: false,
  allowSignIn: false,
};

describe('generating from three APIs with dependencies (committed catalogs)', () => {
  const { found, problems } = resolveApiLines(
    `${LINES}\n# a comment\nGET /nowhere`,
    catalogs,
    '5.0',
  );

  it('reads pasted lines as templates, concrete paths and full URLs', () => {
    expect(found).toEqual([
      { catalogId: 'sms-5.0', apiId: 'DELETE /v3/tasks/{task_id}' },
      { catalogId: 'ims-5.0', apiId: 'POST /v2/images/{image_id}/members' },
      {
        catalogId: 'bms-5.0',
        apiId: 'POST /v1/{project_id}/baremetalservers/{server_id}/attachvolume',
      },
    ]);
    expect(problems).toEqual([
      {
        lineNumber: 5,
        line: 'GET /nowhere',
        message: 'no API of the loaded catalogs matches this line',
      },
    ]);
  });

  it('grants exactly what the evaluator then confirms, and nothing else in those services', () => {
    const generated = generatePolicy(findApis(found, catalogs), lookup, IDENTITY);
    expect(generated.grants.find((g) => g.action === 'evs:volumes:get')?.reasons).toEqual([
      { kind: 'dependency', api: 'DELETE /v3/tasks/{task_id}' },
    ]);
    const confirmation = confirmGenerated(generated, found, 'identity', catalogs);
    expect(confirmation.chosen.map((c) => c.status)).toEqual(['allowed', 'allowed', 'allowed']);
    expect(confirmation.unexpected).toEqual([]);
    expect(confirmation.services).toEqual(['sms', 'ims', 'bms', 'ecs', 'evs']);
    expect(confirmation.confirmed).toBe(true);
  });

  it('confirms URN-scoped APIs with requests on the named URNs', () => {
    const generated = generatePolicy(findApis(found, catalogs), lookup, {
      ...IDENTITY,
      scopes: { 'ims:image': { region: 'cn-north-4', account: '', resourceIds: 'img-1' } },
    });
    const confirmation = confirmGenerated(generated, found, 'identity', catalogs);
    const share = confirmation.chosen[1];
    expect(share?.status).toBe('conditional');
    expect(share?.scopedRequests).toEqual([
      { action: 'ims:images:share', resource: 'ims:cn-north-4:*:image:img-1', decision: 'allow' },
      { action: 'ims:images:get', resource: 'ims:cn-north-4:*:image:img-1', decision: 'allow' },
    ]);
    expect(confirmation.confirmed).toBe(true);
  });

  it('catches a policy that allows more than it was generated for', () => {
    const generated = generatePolicy(findApis(found, catalogs), lookup, IDENTITY);
    const widened = {
      ...generated,
      text: generated.text.replace('"ims:images:get"', '"ims:images:*"'),
    };
    const confirmation = confirmGenerated(widened, found, 'identity', catalogs);
    expect(confirmation.confirmed).toBe(false);
    expect(confirmation.unexpected.map((v) => v.action)).toContain('ims:images:addMember');
  });

  it('confirms an allow-list SCP under an identity policy that allows everything', () => {
    const generated = generatePolicy(findApis(found, catalogs), lookup, {
      ...IDENTITY,
      target: 'scp',
    });
    const confirmation = confirmGenerated(generated, found, 'scp', catalogs);
    expect(confirmation.chosen.every((c) => c.status === 'allowed')).toBe(true);
    expect(confirmation.confirmed).toBe(true);
  });

  it('shortens only with wildcards that match exactly the granted actions', () => {
    const allIms = catalogs.find((c) => c.id === 'ims-5.0')?.apis ?? [];
    const generated = generatePolicy(allIms, lookup, { ...IDENTITY, shortenWithWildcards: true });
    const refs = allIms.map((api) => ({ catalogId: 'ims-5.0', apiId: api.id }));
    expect(generated.statements.flatMap((s) => s.actions).some((a) => a.includes('*'))).toBe(true);
    expect(confirmGenerated(generated, refs, 'identity', catalogs).unexpected).toEqual([]);
  });
});
