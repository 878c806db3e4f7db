import { describe, expect, it } from 'vitest';
import { buildActionView } from './action-view';
import { buildApiView, listApis } from './api-view';
import { createActionLookup } from './catalog-lookup';
import {
  ecsLegacyCatalog,
  globalKeys,
  imsCatalog,
  systemPolicies,
} from './testing/fixture-catalogs';

const catalogs = [imsCatalog, ecsLegacyCatalog];
const context = { catalogs, lookup: createActionLookup(catalogs), globalKeys, systemPolicies };
const viewOf = (name: string) => {
  const found = imsCatalog.actions.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no ${name} in the test catalog`);
  return buildActionView(imsCatalog, found, context);
};

describe('action view', () => {
  it('gives each resource type its URN patterns, matching type names case-insensitively', () => {
    expect(viewOf('ims:images:get').resourceTypes).toEqual([
      {
        type: 'Image',
        required: true,
        urnPatterns: ['ims:<region>:<account-id>:image:<image-id>'],
      },
    ]);
    expect(viewOf('ims:images:create').resourceTypes[1]).toEqual({
      type: 'volume',
      required: false,
      urnPatterns: [],
    });
  });

  it('explains condition keys from the service table, the global key families, or not at all', () => {
    expect(viewOf('ims:images:create').conditionKeys).toEqual([
      {
        name: 'ims:imageType',
        type: 'string',
        multiValued: false,
        description: 'Image type',
        origin: 'service',
      },
      {
        name: 'g:ResourceTag/env',
        type: 'string',
        multiValued: false,
        description: 'Resource tag',
        origin: 'global',
      },
      { name: 'ims:unknownKey', type: null, multiValued: null, description: '', origin: 'unknown' },
    ]);
  });

  it('lists the APIs it authorises and merges their dependencies with every condition', () => {
    const view = viewOf('ims:images:create');
    expect(view.apis.map((api) => api.id)).toEqual([
      'POST /v2/cloudimages/action',
      'POST /v1/cloudimages/wholeimages/action',
    ]);
    expect(view.dependencies).toEqual([
      { action: 'ims:images:get', conditions: [], catalogId: 'ims-5.0' },
      {
        action: 'ims:images:update',
        conditions: ['only for data disk images', 'for whole images'],
        catalogId: null,
      },
    ]);
  });

  it('lists the APIs that need it as a dependency, within its own model only', () => {
    expect(
      viewOf('ims:images:list').neededBy.map((api) => `${api.catalogId} ${api.id} ${api.action}`),
    ).toEqual(['ims-5.0 POST /v2/images/{image_id}/members ims:images:share']);
  });

  it('finds the system policies of its model whose Allow statements expand to it', () => {
    expect(
      viewOf('ims:images:list').grantedBy.map((grant) => `${grant.policyId} ${grant.pattern}`),
    ).toEqual(['full-access *', 'ims-readonly ims:*:list*']);
    // A Deny statement does not grant, and the 1.1 policy does not apply to a 5.0 action.
    expect(viewOf('ims:images:share').grantedBy.map((grant) => grant.policyId)).toEqual([
      'full-access',
    ]);
  });

  it('keeps the data warnings about the action and its APIs', () => {
    expect(viewOf('ims:images:create').warnings.map((warning) => warning.code)).toEqual([
      'OVERRIDE_APPLIED',
      'DUPLICATE_ACTION_ROW',
    ]);
  });
});

describe('API view', () => {
  it('links the API to its action and its dependencies where a catalog describes them', () => {
    const target = imsCatalog.apis[1];
    if (!target) throw new Error('missing test API');
    const view = buildApiView(imsCatalog, target, context.lookup);
    expect(view.action).toEqual({ action: 'ims:images:create', catalogId: 'ims-5.0' });
    expect(view.dependencies).toEqual([
      { action: 'ims:images:get', catalogId: 'ims-5.0' },
      { action: 'ims:images:update', condition: 'only for data disk images', catalogId: null },
    ]);
  });

  it('lists every API, narrowed by text in the method, path or action', () => {
    expect(listApis(catalogs)).toHaveLength(5);
    expect(listApis(catalogs, 'cloudservers').map((row) => row.catalogId)).toEqual(['ecs-1.1']);
    expect(listApis(catalogs, 'images:share').map((row) => row.api.id)).toEqual([
      'POST /v2/images/{image_id}/members',
    ]);
  });
});
