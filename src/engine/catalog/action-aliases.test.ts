import { describe, expect, it } from 'vitest';
import { testCatalog } from '../matrix/testing/test-catalog';
import { catalogAliases, NO_ALIASES } from './action-aliases';

describe('catalogAliases', () => {
  const eip50 = testCatalog(
    'eip',
    '5.0',
    [
      { name: 'eip:publicIps:create', aliases: ['vpc:publicIps:create'] },
      { name: 'eip:publicIps:delete' },
    ],
    [],
  );
  const eip11 = testCatalog(
    'eip',
    '1.1',
    [{ name: 'eip:publicIps:create', aliases: ['vpc:legacy:create'] }],
    [],
  );

  it("gives an action's aliases by its exact name or ignoring case, none for other names", () => {
    const aliases = catalogAliases([eip50], '5.0');
    expect(aliases('eip:publicIps:create')).toEqual(['vpc:publicIps:create']);
    expect(aliases('EIP:PUBLICIPS:CREATE')).toEqual(['vpc:publicIps:create']);
    expect(aliases('eip:publicIps:delete')).toEqual([]);
    expect(aliases('eip:publicIps:list')).toEqual([]);
  });

  it("reads only the model's own catalogs", () => {
    const catalogs = [eip50, eip11];
    expect(catalogAliases(catalogs, '5.0')('eip:publicIps:create')).toEqual([
      'vpc:publicIps:create',
    ]);
    expect(catalogAliases(catalogs, '1.1')('eip:publicIps:create')).toEqual(['vpc:legacy:create']);
  });

  it('takes the later catalog for a name two catalogs list, and an exact spelling over a folded one', () => {
    const first = testCatalog(
      'ims',
      '5.0',
      [{ name: 'ims:images:Export', aliases: ['a:b:c'] }],
      [],
    );
    const second = testCatalog(
      'ims',
      '5.0',
      [
        { name: 'ims:images:export', aliases: ['x:y:z'] },
        { name: 'ims:images:share', aliases: ['x:y:share'] },
      ],
      [],
    );
    const third = testCatalog('ims', '5.0', [{ name: 'ims:images:share', aliases: [] }], []);
    const aliases = catalogAliases([first, second, third], '5.0');
    expect(aliases('ims:images:Export')).toEqual(['a:b:c']);
    expect(aliases('IMS:images:EXPORT')).toEqual(['x:y:z']);
    expect(aliases('ims:images:share')).toEqual([]);
  });

  it('answers with the shared empty resolver for a model whose catalogs list no alias', () => {
    const ecs = testCatalog('ecs', '1.1', [{ name: 'ecs:cloudServers:list' }], []);
    expect(catalogAliases([ecs, eip50], '1.1')).toBe(NO_ALIASES);
    expect(catalogAliases([eip50], '1.1')).toBe(NO_ALIASES);
    expect(catalogAliases([eip50], '5.0')).not.toBe(NO_ALIASES);
  });

  it('builds one resolver per catalog list and model, reused on later calls', () => {
    const catalogs = [eip50, eip11];
    const for50 = catalogAliases(catalogs, '5.0');
    expect(catalogAliases(catalogs, '5.0')).toBe(for50);
    expect(catalogAliases(catalogs, '1.1')).not.toBe(for50);
    expect(catalogAliases(catalogs, '1.1')).toBe(catalogAliases(catalogs, '1.1'));
    expect(catalogAliases([...catalogs], '5.0')).not.toBe(for50);
  });
});
