import { describe, expect, it } from 'vitest';
import type { GlobalConditionKey } from '../catalog/index';
import { buildGlobalConditionKeys, isGlobalKeyCapture } from './global-condition-keys';
import { FIXTURE_HASH } from './test-support';

const FILE = 'keys.txt';
const capture = [
  'Source: https://example.invalid/keys',
  '',
  'g:PrincipalUrn',
  '',
  '数据类型 – 字符串',
  '值类型 – 单值',
  'Facts stated: URN of the requesting principal.',
  '',
  'g:PrincipalOrgPath',
  '',
  '数据类型 – 字符串',
  '值类型 – 单值',
  'Facts stated: path of the account in its organization.',
  '',
  'g:Brand',
  '',
  '数据类型 – 布尔值',
  '值类型 – 多值',
  'Facts stated: a key the hand-kept list lacks.',
].join('\n');

const handKept: GlobalConditionKey[] = [
  {
    name: 'g:PrincipalUrn',
    type: 'string',
    multiValued: false,
    description: 'URN of the caller',
    confidence: 'H',
    models: ['5.0'],
    sources: ['policy-language.md §8.1 (S4)'],
  },
  {
    name: 'g:PrincipalOrgPath',
    type: 'string',
    multiValued: null,
    description: 'organization path',
    confidence: 'L',
    models: [],
    sources: ['policy-language.md §8.1 (third-party code)'],
  },
];

describe('global condition keys', () => {
  const source = { file: FILE, sha256: FIXTURE_HASH };
  const result = buildGlobalConditionKeys(handKept, [{ file: FILE, text: capture, source }]);

  it('recognises the capture of the global-key page', () => {
    expect(isGlobalKeyCapture(capture)).toBe(true);
    expect(isGlobalKeyCapture('g:Foo\n\nsomething else')).toBe(false);
  });

  it('merges the captured keys into the hand-kept list, which stays marked hand-kept', () => {
    expect(result.handKept).toBe(true);
    expect(result.keys).toEqual([
      {
        name: 'g:Brand',
        type: 'boolean',
        multiValued: true,
        description: 'a key the hand-kept list lacks.',
        confidence: 'H',
        models: ['5.0'],
        sources: ['keys.txt:15'],
      },
      {
        name: 'g:PrincipalOrgPath',
        type: 'string',
        multiValued: false,
        description: 'organization path',
        confidence: 'H',
        models: ['5.0'],
        sources: ['policy-language.md §8.1 (third-party code)', 'keys.txt:9'],
      },
      { ...handKept[0], sources: ['policy-language.md §8.1 (S4)', 'keys.txt:3'] },
    ]);
    expect(result.sources).toEqual([source]);
  });

  it('reports every change the capture makes, and nothing when it only confirms', () => {
    expect(result.warnings).toEqual([
      {
        code: 'GLOBAL_KEY_UPDATED',
        message:
          'the capture updates the hand-kept `g:PrincipalOrgPath`: multi-valued `null` → `false`, confidence `L` → `H` (stated by the page)',
        subject: 'g:PrincipalOrgPath',
        source: { file: FILE, line: 9 },
      },
      {
        code: 'GLOBAL_KEY_ADDED',
        message: '`g:Brand` is not in the hand-kept list; added from the capture',
        subject: 'g:Brand',
        source: { file: FILE, line: 15 },
      },
    ]);
  });
});
