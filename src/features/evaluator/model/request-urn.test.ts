import { describe, expect, it } from 'vitest';
import { createCatalogLookup } from '../../../engine';
import { requestResource, requestUrn } from './request-urn';
import { IMS_CATALOG } from './testing/fixture-catalog';

const lookup = createCatalogLookup([IMS_CATALOG]);
const empty = { region: '', accountId: '', resourceId: '' };

describe('requestUrn', () => {
  it('builds the URN of the action resource type, unknown where the scope says nothing', () => {
    expect(requestUrn('ims:images:get', lookup, '5.0', empty)).toEqual({
      urn: 'ims:*:*:image:*',
      scoped: { text: 'ims:*:*:image:*', segments: ['ims', null, null, 'image', null] },
      resourceless: false,
    });
    expect(
      requestUrn('ims:images:get', lookup, '5.0', {
        ...empty,
        region: ' cn-north-4 ',
        resourceId: 'img-1',
      }),
    ).toEqual({
      urn: 'ims:cn-north-4:*:image:img-1',
      scoped: {
        text: 'ims:cn-north-4:*:image:img-1',
        segments: ['ims', 'cn-north-4', null, 'image', 'img-1'],
      },
      resourceless: false,
    });
  });

  it('uses `*` for actions without resource types and for unknown actions', () => {
    expect(requestUrn('ims:images:list', lookup, '5.0', empty)).toEqual({
      urn: '*',
      scoped: null,
      resourceless: true,
    });
    expect(requestUrn('ims:images:nothing', lookup, '5.0', empty).urn).toBe('*');
  });

  it('asks the engine about the scoped URN, or about `*`', () => {
    const get = requestUrn('ims:images:get', lookup, '5.0', empty);
    expect(requestResource(get)).toEqual({ scopedResource: get.scoped });
    expect(requestResource(requestUrn('ims:images:list', lookup, '5.0', empty))).toEqual({
      resource: '*',
    });
  });
});
