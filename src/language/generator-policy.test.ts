import { describe, expect, it } from 'vitest';
import { findApis, generatePolicy } from './generator-policy';
import type { GeneratorOptions } from './generator-policy';
import { FIXTURE_CATALOGS, FIXTURE_SERVICE_CATALOGS } from './testing/fixture-catalogs';

const { lookup } = FIXTURE_CATALOGS;
const IDENTITY: GeneratorOptions = {
  target: 'identity',
  scopes: {},
  shortenWithWildcards: false,
  allowSignIn: false,
};
const apis = (...ids: string[]) =>
  findApis(
    ids.map((apiId) => ({ catalogId: 'ims-5.0', apiId })),
    FIXTURE_SERVICE_CATALOGS,
  );

describe('the least-privilege generator', () => {
  it('allows the APIs’ actions and their dependencies, one statement per service and resource type', () => {
    const generated = generatePolicy(apis('POST /v2/cloudimages/action'), lookup, IDENTITY);
    expect(JSON.parse(generated.text)).toEqual({
      Version: '5.0',
      Statement: [
        {
          Sid: 'AllowImsImage',
          Effect: 'Allow',
          Action: ['ims:images:create', 'ims:images:get'],
          Resource: ['ims:*:*:image:*'],
        },
        {
          Sid: 'AllowEcsInstance',
          Effect: 'Allow',
          Action: ['ecs:cloudServers:get'],
          Resource: ['ecs:*:*:instance:*'],
        },
        { Sid: 'AllowEvsNotInCatalog', Effect: 'Allow', Action: ['evs:volumes:list'] },
      ],
    });
  });

  it('says why each action is there', () => {
    const { grants, notes } = generatePolicy(apis('POST /v2/cloudimages/action'), lookup, IDENTITY);
    expect(grants.find((g) => g.action === 'ims:images:get')?.reasons).toEqual([
      { kind: 'dependency', api: 'POST /v2/cloudimages/action' },
    ]);
    expect(grants.find((g) => g.action === 'evs:volumes:list')?.reasons).toEqual([
      {
        kind: 'dependency',
        api: 'POST /v2/cloudimages/action',
        condition: 'only when importing a data disk',
      },
    ]);
    expect(notes).toEqual([
      '`evs:volumes:list` is not in the loaded catalogs, so its resource types are unknown: the statement names no resources',
    ]);
  });

  it('narrows URNs to the region, account and IDs the user gives', () => {
    const generated = generatePolicy(apis('POST /v2/cloudimages/action'), lookup, {
      ...IDENTITY,
      scopes: {
        'ims:image': { region: 'cn-north-4', account: '0a1b', resourceIds: 'img-1, img-2' },
      },
    });
    expect(generated.statements[0]?.resources).toEqual([
      'ims:cn-north-4:0a1b:image:img-1',
      'ims:cn-north-4:0a1b:image:img-2',
    ]);
    expect(generated.resourceNeeds.map((n) => [n.key, n.actions])).toEqual([
      ['ims:image', ['ims:images:create', 'ims:images:get']],
      ['ecs:instance', ['ecs:cloudServers:get']],
    ]);
  });

  it('writes an allow-list SCP with `*` resources, and the sign-in actions only when asked', () => {
    const scp = { ...IDENTITY, target: 'scp' as const };
    const plain = generatePolicy(apis('GET /v2/images'), lookup, scp);
    expect(JSON.parse(plain.text).Statement).toEqual([
      { Sid: 'AllowIms', Effect: 'Allow', Action: ['ims:images:list'], Resource: ['*'] },
    ]);
    const signIn = generatePolicy(apis('GET /v2/images'), lookup, { ...scp, allowSignIn: true });
    expect(JSON.parse(signIn.text).Statement[1]).toEqual({
      Sid: 'AllowSignIn',
      Effect: 'Allow',
      Action: ['iamToken::*', 'signin::*'],
      Resource: ['*'],
    });
  });
});
