import { describe, expect, it } from 'vitest';
import { testCatalog } from '../matrix/testing/test-catalog';
import type { ConditionKeyInfo } from './condition-key-index';
import {
  ConditionKeyIndex,
  familyParts,
  globalKeyInfo,
  inFamily,
  serviceKeyInfos,
} from './condition-key-index';

function info(name: string, type: ConditionKeyInfo['type'] = 'string'): ConditionKeyInfo {
  return {
    name,
    type,
    multiValued: false,
    global: false,
    models: ['5.0'],
    family: familyParts(name) !== null,
  };
}

function indexOf(...names: string[]): ConditionKeyIndex {
  const index = new ConditionKeyIndex();
  for (const name of names) index.add(info(name));
  return index;
}

describe('familyParts', () => {
  it.each([
    ['g:ResourceTag/<tag-key>', ['g:resourcetag/', '']],
    ['svc:Tag/<tag-key>/Value', ['svc:tag/', '/value']],
    ['g:SourceIp', null],
  ])('splits %s around its placeholder as %j', (name, parts) => {
    expect(familyParts(name)).toEqual(parts);
  });
});

describe('inFamily', () => {
  const resourceTag: [string, string] = ['g:resourcetag/', ''];
  const tagValue: [string, string] = ['svc:tag/', '/value'];

  it.each<[string, [string, string], boolean]>([
    ['g:resourcetag/team', resourceTag, true],
    ['g:resourcetag/', resourceTag, false],
    ['g:requesttag/team', resourceTag, false],
    ['svc:tag/env/value', tagValue, true],
    // The placeholder must be filled in with at least one character, wherever it sits.
    ['svc:tag//value', tagValue, false],
    ['svc:tag/env/other', tagValue, false],
    ['svc:tag/value', tagValue, false],
  ])('%s in %j is %s', (key, parts, expected) => {
    expect(inFamily(key, parts)).toBe(expected);
  });
});

describe('ConditionKeyIndex.find', () => {
  it('finds a plain key by any spelling and nothing for an unknown one', () => {
    const index = indexOf('ims:Encrypted', 'g:ResourceTag/<tag-key>');
    expect(index.find('IMS:encrypted')?.name).toBe('ims:Encrypted');
    expect(index.find('ims:ImageType')).toBeUndefined();
  });

  it('finds a family by a filled-in name, not by its bare prefix', () => {
    const index = indexOf('g:ResourceTag/<tag-key>');
    expect(index.find('g:resourcetag/Department')?.name).toBe('g:ResourceTag/<tag-key>');
    expect(index.find('g:ResourceTag/')).toBeUndefined();
  });

  it('prefers an exact name over a family it would also fill in', () => {
    const index = indexOf('g:ResourceTag/<tag-key>', 'g:ResourceTag/Owner');
    expect(index.find('g:resourcetag/owner')?.name).toBe('g:ResourceTag/Owner');
  });

  it.each([
    ['the shorter family first', ['svc:tag/<key>', 'svc:tag/env-<key>']],
    ['the longer family first', ['svc:tag/env-<key>', 'svc:tag/<key>']],
  ])('gives the family with the longest prefix, with %s', (_, names) => {
    const index = indexOf(...names);
    expect(index.find('svc:tag/env-prod')?.name).toBe('svc:tag/env-<key>');
    expect(index.find('svc:tag/team')?.name).toBe('svc:tag/<key>');
  });

  it('keeps the first of two keys with one name, families alike', () => {
    const index = new ConditionKeyIndex();
    index.add(info('ims:Encrypted', 'boolean'));
    index.add(info('IMS:encrypted', 'string'));
    index.add(info('svc:tag/<key>', 'number'));
    index.add(info('svc:Tag/<other>', 'date'));
    expect(index.find('ims:encrypted')?.type).toBe('boolean');
    expect(index.find('svc:tag/env')?.type).toBe('number');
  });
});

describe('globalKeyInfo and serviceKeyInfos', () => {
  it('describes a global key with the models that document it', () => {
    expect(
      globalKeyInfo({
        name: 'g:SourceIp',
        type: 'ip_address',
        multiValued: false,
        description: '',
        confidence: 'H',
        models: ['1.1'],
        sources: [],
      }),
    ).toEqual({
      name: 'g:SourceIp',
      type: 'ip_address',
      multiValued: false,
      global: true,
      models: ['1.1'],
      family: false,
    });
  });

  it("describes a catalog's keys with its model, a `g:` key it lists as global", () => {
    const source = { file: 'test.txt', line: 1 };
    const catalog = {
      ...testCatalog('ims', '1.1', [], []),
      conditionKeys: [
        {
          name: 'ims:Encrypted',
          type: 'boolean' as const,
          multiValued: null,
          description: '',
          source,
        },
        {
          name: 'G:ResourceTag/<tag-key>',
          type: 'string' as const,
          multiValued: true,
          description: '',
          source,
        },
      ],
    };
    expect(serviceKeyInfos(catalog)).toEqual([
      {
        name: 'ims:Encrypted',
        type: 'boolean',
        multiValued: null,
        global: false,
        models: ['1.1'],
        family: false,
      },
      {
        name: 'G:ResourceTag/<tag-key>',
        type: 'string',
        multiValued: true,
        global: true,
        models: ['1.1'],
        family: true,
      },
    ]);
  });
});
