import { describe, expect, it } from 'vitest';
import { testCatalog } from '../matrix/testing/test-catalog';
import { describeMisses, grantingPatterns, policyPatterns } from './pattern-misses';

const catalogs = [
  testCatalog(
    'dcs',
    '5.0',
    [
      { name: 'dcs:servers:showServer', aliases: ['dcs:servers:get'] },
      { name: 'dcs:servers:listServers', aliases: ['dcs:servers:list'] },
      { name: 'dcs:servers:reboot' },
    ],
    [],
  ),
];
const patterns = (allow: string[]) => ({ allow, catalogs });
const policyText = (statements: unknown[]) =>
  JSON.stringify({ Version: '1.1', Statement: statements });

describe('policyPatterns', () => {
  it.each([
    {
      what: 'in statement order, each once',
      statements: [
        { Effect: 'Allow', Action: ['dcs:servers:reboot', 'dcs:servers:*'] },
        { Effect: 'Allow', Action: ['dcs:servers:*', 'dcs:disks:attach'] },
      ],
      allow: ['dcs:servers:reboot', 'dcs:servers:*', 'dcs:disks:attach'],
    },
    {
      what: 'not those of a Deny statement',
      statements: [
        { Effect: 'Deny', Action: ['dcs:servers:vnc'] },
        { Effect: 'Allow', Action: ['dcs:servers:reboot'] },
      ],
      allow: ['dcs:servers:reboot'],
    },
    {
      what: 'not those of a statement without an Effect',
      statements: [
        { Action: ['dcs:disks:use'] },
        { Effect: 'Allow', Action: ['dcs:servers:reboot'] },
      ],
      allow: ['dcs:servers:reboot'],
    },
    {
      what: 'nothing from an Allow statement with NotAction',
      statements: [{ Effect: 'Allow', NotAction: ['dcs:servers:vnc'], Resource: ['*'] }],
      allow: [],
    },
  ])('collects the Action patterns of Allow statements: $what', ({ statements, allow }) => {
    expect(policyPatterns(policyText(statements), catalogs)).toEqual({ allow, catalogs });
  });

  it.each(['', 'not JSON', '["dcs:servers:reboot"]'])(
    'finds no pattern in a text that is not a policy object: %j',
    (text) => {
      expect(policyPatterns(text, catalogs).allow).toEqual([]);
    },
  );
});

describe('grantingPatterns', () => {
  it('lists, in order, the Allow patterns that match the action by its own name', () => {
    const allow = ['dcs:servers:*', 'vpc:*:*', 'dcs:servers:restart', 'dcs:*:reboot'];
    expect(grantingPatterns('dcs:servers:reboot', patterns(allow))).toEqual([
      'dcs:servers:*',
      'dcs:*:reboot',
    ]);
  });

  it("leaves out a pattern that matches only the action's alias", () => {
    expect(grantingPatterns('dcs:servers:showServer', patterns(['dcs:servers:get']))).toEqual([]);
  });
});

describe('describeMisses', () => {
  it.each([
    {
      what: "the pattern that matches the action's alias, and the catalog listing it",
      action: 'dcs:servers:showServer',
      allow: ['dcs:servers:reboot', 'dcs:*:get*'],
      words:
        '`dcs:servers:showServer` (GET /servers) is not matched by `dcs:*:get*`, which matches `dcs:servers:get`, its alias in `dcs-5.0`',
    },
    {
      what: 'the closest pattern when none matches the alias',
      action: 'dcs:servers:showServer',
      allow: ['dcs:servers:showDisk'],
      words: '`dcs:servers:showServer` (GET /servers) is not matched by `dcs:servers:showDisk`',
    },
    {
      what: 'no pattern for the alias of another action of the catalog',
      action: 'dcs:servers:showServer',
      allow: ['dcs:servers:list'],
      words: '`dcs:servers:showServer` (GET /servers) is matched by no Allow pattern of the policy',
    },
    {
      what: 'every pattern sharing the most words with the last segment',
      action: 'dcs:servers:batchSetServerTags',
      allow: ['dcs:servers:batchDelete', 'dcs:servers:setTags', 'dcs:servers:setServer'],
      words:
        '`dcs:servers:batchSetServerTags` (GET /servers) is not matched by `dcs:servers:setTags`, `dcs:servers:setServer`',
    },
    {
      what: 'words compared whatever their case and separators',
      action: 'dcs:servers:batchSetTags',
      allow: ['dcs:servers:batchList', 'dcs:servers:set_tags'],
      words: '`dcs:servers:batchSetTags` (GET /servers) is not matched by `dcs:servers:set_tags`',
    },
    {
      what: "the service's wildcards when no pattern shares a word",
      action: 'dcs:servers:reboot',
      allow: ['dcs:servers:stop', 'dcs:*:list*', '*:*:get*'],
      words:
        "`dcs:servers:reboot` (GET /servers) is matched by none of the policy's `dcs` wildcards `dcs:*:list*`, `*:*:get*`",
    },
    {
      what: 'no pattern of another service, wildcards included',
      action: 'dcs:servers:reboot',
      allow: ['vpc:servers:reboot', 's*:*:*'],
      words: '`dcs:servers:reboot` (GET /servers) is matched by no Allow pattern of the policy',
    },
  ])('names $what', ({ action, allow, words }) => {
    expect(describeMisses(action, 'GET /servers', patterns(allow))).toBe(words);
  });
});
