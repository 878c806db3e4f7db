import { describe, expect, it } from 'vitest';
import type { ServiceLoad } from '../../../data/use-catalogs';
import { filterChoices, filtersFromParams, filtersToParams, matchesFilters } from './filters';
import { actionPath, apiPath, decodeSegment, searchPath, servicePath } from './routes';
import { catalogDocuments } from './search-documents';
import { searchCatalogs, createSearchIndex } from './search-index';
import { describeResults, moveActive, toSearchRows } from './search-rows';
import { modelTotals, sourceDate, summariseServices } from './service-summaries';
import { ecsLegacyCatalog, imsCatalog } from './testing/fixture-catalogs';

describe('routes', () => {
  it('keeps names readable in deep links and decodes them back', () => {
    expect(servicePath('ims-5.0')).toBe('/services/ims-5.0');
    expect(servicePath('ims-5.0', 'apis')).toBe('/services/ims-5.0/apis');
    expect(actionPath('ims-5.0', 'ims:images:list')).toBe(
      '/services/ims-5.0/actions/ims:images:list',
    );
    const path = apiPath('ims-5.0', 'POST /v2/images/{image_id}/members#2');
    expect(path).toBe('/apis/ims-5.0/POST%20/v2/images/%7Bimage_id%7D/members%232');
    expect(decodeSegment(path.replace('/apis/ims-5.0/', ''))).toBe(
      'POST /v2/images/{image_id}/members#2',
    );
    expect(decodeSegment('100%')).toBe('100%');
  });

  it('puts the query and the filters of a search in its route', () => {
    expect(searchPath('list images', { model: '5.0', accessLevel: 'list' })).toBe(
      '/search?level=list&model=5.0&q=list+images',
    );
    expect(searchPath('')).toBe('/search');
  });
});

describe('filters', () => {
  it('round-trips through route parameters and drops invalid choices', () => {
    const filters = {
      accessLevel: 'tagging',
      resourceType: 'image',
      conditionKey: 'ims:imageType',
      model: '1.1',
    } as const;
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
    expect(
      filtersFromParams(new URLSearchParams('level=admin&model=2.0&resource=%20Image%20')),
    ).toEqual({ resourceType: 'image' });
  });

  it('keeps an item only when it has every property asked for', () => {
    const facets = {
      models: ['5.0'],
      accessLevel: 'read',
      resourceTypes: ['image'],
      conditionKeys: ['ims:imageType'],
    } as const;
    expect(matchesFilters(facets, {})).toBe(true);
    expect(matchesFilters(facets, { conditionKey: 'IMS:IMAGETYPE', resourceType: 'image' })).toBe(
      true,
    );
    expect(matchesFilters(facets, { model: '1.1' })).toBe(false);
    expect(matchesFilters(facets, { accessLevel: 'write' })).toBe(false);
  });

  it('offers the choices present in the data, sorted', () => {
    const choices = filterChoices(catalogDocuments(imsCatalog));
    expect(choices.accessLevels).toEqual(['list', 'read', 'write', 'permission_management']);
    expect(choices.resourceTypes).toEqual(['image', 'volume']);
    expect(choices.conditionKeys).toEqual(['g:ResourceTag/env', 'ims:imageType', 'ims:unknownKey']);
    expect(choices.models).toEqual(['5.0']);
  });
});

describe('search rows', () => {
  const results = searchCatalogs(createSearchIndex(catalogDocuments(imsCatalog)), '', {
    accessLevel: 'list',
  });

  it('flattens groups into headings and options, mapping options back to rows', () => {
    const { rows, optionRows } = toSearchRows(results);
    expect(
      rows.map((row) => (row.type === 'heading' ? `# ${row.label} (${row.count})` : row.doc.title)),
    ).toEqual(['# Actions (1)', 'ims:images:list', '# APIs (1)', 'GET /v2/cloudimages']);
    expect(optionRows).toEqual([1, 3]);
    expect(describeResults(results)).toBe('2 results: 1 action, 1 API');
  });

  it('moves the active option with wrap-around', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
});

describe('service summaries', () => {
  const entryOf = (catalog: typeof imsCatalog, actions: number): ServiceLoad => ({
    entry: {
      id: catalog.id,
      file: `${catalog.id}.json`,
      service: catalog.service,
      serviceName: catalog.serviceName,
      model: catalog.model,
      coverage: catalog.coverage,
      counts: {
        actions,
        actionRows: actions,
        apis: 2,
        resourceTypes: 0,
        conditionKeys: 0,
        warnings: 0,
      },
      sources: catalog.sources,
      contentHash: '0'.repeat(64),
    },
    load: { status: 'pending' },
  });
  const ims11 = {
    ...ecsLegacyCatalog,
    id: 'ims-1.1',
    service: 'ims',
    serviceName: 'Image Management Service',
  };
  const loads = [entryOf(imsCatalog, 26), entryOf(ecsLegacyCatalog, 40), entryOf(ims11, 10)];

  it('groups catalogs by service with one cell per model, sorted by name', () => {
    const summaries = summariseServices(loads);
    expect(summaries.map((s) => [s.service, Object.keys(s.models).sort()])).toEqual([
      ['ecs', ['1.1']],
      ['ims', ['1.1', '5.0']],
    ]);
  });

  it('takes the newest source date and totals per model', () => {
    expect(sourceDate(imsCatalog)).toBe('2025-03-14');
    expect(sourceDate(ecsLegacyCatalog)).toBeNull();
    expect(modelTotals(loads)).toEqual([
      { model: '5.0', catalogs: 1, actions: 26, apis: 2 },
      { model: '1.1', catalogs: 2, actions: 50, apis: 4 },
    ]);
  });
});
