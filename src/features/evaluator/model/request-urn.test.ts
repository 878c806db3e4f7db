import { describe, expect, it } from 'vitest';
import { createCatalogLookup } from '../../../engine';
import { requestUrn } from './request-urn';
import { IMS_CATALOG } from './testing/fixture-catalog';

const lookup = createCatalogLookup([IMS_CATALOG]);
const empty = { region: '', accountId: '', resourceId: '' };

describe('requestUrn', () => {
  it('builds the URN of the action resource type, `*` where the scope says nothing', () => {
    expect(requestUrn('ims:images:get', lookup, '5.0', empty)).toEqual({
      urn: 'ims:*:*:image:*',
      openSegments: ['region', 'account', 'path'],
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
      openSegments: ['account'],
      resourceless: false,
    });
  });

  it('uses `*` for actions without resource types and for unknown actions', () => {
    expect(requestUrn('ims:images:list', lookup, '5.0', empty)).toEqual({
      urn: '*',
      openSegments: [],
      resourceless: true,
    });
    expect(requestUrn('ims:images:nothing', lookup, '5.0', empty).urn).toBe('*');
  });
});
