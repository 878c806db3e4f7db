import { describe, expect, it } from 'vitest';
import { catalogDocuments, globalKeyDocuments } from './search-documents';
import { createSearchIndex, searchCatalogs } from './search-index';
import { ecsLegacyCatalog, globalKeys, imsCatalog } from './testing/fixture-catalogs';

const index = createSearchIndex([
  ...catalogDocuments(imsCatalog),
  ...catalogDocuments(ecsLegacyCatalog),
  ...globalKeyDocuments(globalKeys),
]);

const titles = (query: string, filters = {}) =>
  searchCatalogs(index, query, filters).groups.flatMap((group) =>
    group.items.map((doc) => `${doc.kind} ${doc.title}`),
  );

describe('catalog search', () => {
  it('finds an action despite a typo in the query', () => {
    expect(titles('imgaes')).toContain('action ims:images:list');
  });

  it('tolerates swapped letters in a name', () => {
    expect(titles('shrae')[0]).toBe('action ims:images:share');
  });

  it('matches words of three letters or fewer exactly, at a word start', () => {
    const results = titles('ecs');
    expect(results.length).toBeGreaterThan(0);
    expect(
      results.filter((title) => !title.includes('ecs:') && !title.includes('cloudservers')),
    ).toEqual([]);
    expect(titles('mag')).toEqual([]);
  });

  it('matches every word of a multi-word query, in any order', () => {
    const results = titles('list images');
    expect(results).toContain('action ims:images:list');
    expect(results).not.toContain('action ims:images:share');
  });

  it('puts an exact name first', () => {
    expect(titles('ims:images:create')[0]).toBe('action ims:images:create');
    expect(titles('POST /v2/cloudimages/action')[0]).toBe('api POST /v2/cloudimages/action');
  });

  it('searches descriptions, condition keys and resource types', () => {
    expect(titles('other accounts')).toContain('action ims:images:share');
    expect(titles('imageType')).toContain('conditionKey ims:imageType');
    expect(titles('EnterpriseProjectId')).toContain('conditionKey g:EnterpriseProjectId');
    expect(titles('image')).toContain('resourceType ims:image');
  });

  it('groups results by kind in a fixed order, each group non-empty', () => {
    const { groups, total } = searchCatalogs(index, 'image');
    expect(groups.map((group) => group.kind)).toEqual([
      'action',
      'api',
      'conditionKey',
      'resourceType',
    ]);
    expect(total).toBe(groups.reduce((sum, group) => sum + group.items.length, 0));
  });

  it('narrows results with the filters', () => {
    expect(titles('images', { model: '1.1' })).toEqual(['action ims:images:list']);
    expect(titles('images', { accessLevel: 'permission_management' })).toEqual([
      'action ims:images:share',
      'api POST /v2/images/{image_id}/members',
    ]);
    const byResource = titles('images', { resourceType: 'image' });
    expect(byResource).toContain('action ims:images:get');
    expect(byResource).toContain('resourceType ims:image');
    expect(byResource).not.toContain('action ims:images:list');
    expect(titles('images', { conditionKey: 'g:ResourceTag/env' })).toEqual([
      'action ims:images:create',
      'api POST /v2/cloudimages/action',
      'api POST /v1/cloudimages/wholeimages/action',
    ]);
  });

  it('lists everything a filter keeps when the query is empty, and nothing without either', () => {
    expect(titles('', { accessLevel: 'list' })).toEqual([
      'action ims:images:list',
      'api GET /v2/cloudimages',
    ]);
    expect(searchCatalogs(index, '   ').total).toBe(0);
  });

  it('finds nothing for text that is nowhere in the catalogs', () => {
    expect(searchCatalogs(index, 'zzqxv').total).toBe(0);
  });
});
