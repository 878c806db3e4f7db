import { describe, expect, it } from 'vitest';
import { FIXTURE_LOOKUP, legacyStatement, runLintCase, statement } from './lint-case';
import type { LintCase } from './lint-case';
import { validatePolicy } from './validate-policy';

const allowActions = (...actions: string[]): string =>
  statement(
    `"Effect":"Allow","Action":${JSON.stringify(actions)},"Resource":["*"],"Condition":{"Bool":{"g:MFAPresent":"true"}}`,
  );

const actionCases: LintCase[] = [
  {
    name: 'an action with two parts is malformed',
    text: allowActions('ims:images'),
    expected: [['INVALID_ACTION_FORMAT', '"ims:images"']],
  },
  {
    name: 'an action with a space is malformed',
    text: allowActions('ims:images:list now'),
    expected: [['INVALID_ACTION_FORMAT', '"ims:images:list now"']],
  },
  {
    name: 'an action with four parts is malformed',
    text: allowActions('ims:images:list:x'),
    expected: [['INVALID_ACTION_FORMAT', '"ims:images:list:x"']],
  },
  {
    name: 'wildcards may stand for whole parts',
    text: allowActions('*', 'ims:*', 'iamToken::*'),
    codes: ['INVALID_ACTION_FORMAT'],
    expected: [],
  },
  {
    name: 'a legacy action needs a lower-case service',
    text: legacyStatement('"Effect":"Allow","Action":["IMS:images:list"]'),
    expected: [['LEGACY_SERVICE_NOT_LOWERCASE', '"IMS:images:list"']],
  },
  {
    name: 'a 5.0 action may use any case',
    text: allowActions('IMS:Images:List'),
    codes: ['LEGACY_SERVICE_NOT_LOWERCASE', 'UNKNOWN_ACTION'],
    expected: [],
  },
  {
    name: 'a service without a catalog is unknown, reported once per list',
    text: allowActions('nova:servers:list', 'nova:*', 'Nova:servers:get'),
    expected: [['UNKNOWN_SERVICE', '"nova:servers:list"']],
  },
  {
    name: 'a service with only a catalog of the other model is unknown, not of the other model',
    text: allowActions('ecs:cloudServers:list'),
    codes: ['UNKNOWN_SERVICE', 'ACTION_OF_OTHER_MODEL'],
    expected: [['UNKNOWN_SERVICE', '"ecs:cloudServers:list"']],
  },
  {
    name: 'a misspelt action of a complete catalog is unknown',
    text: allowActions('ims:images:shar'),
    expected: [['UNKNOWN_ACTION', '"ims:images:shar"']],
  },
  {
    name: 'a 1.1 name missing from a partial 5.0 catalog is only unlisted',
    text: allowActions('eip:publicIps:list'),
    codes: ['UNKNOWN_ACTION', 'UNLISTED_ACTION', 'ACTION_OF_OTHER_MODEL'],
    expected: [['UNLISTED_ACTION', '"eip:publicIps:list"']],
  },
  {
    name: 'a name missing from a legacy table is only unlisted',
    text: legacyStatement('"Effect":"Allow","Action":["ims:images:use"]'),
    codes: ['UNKNOWN_ACTION', 'UNLISTED_ACTION'],
    expected: [['UNLISTED_ACTION', '"ims:images:use"']],
  },
  {
    name: 'a pattern that matches no action of its service',
    text: allowActions('ims:volumes:*'),
    expected: [['WILDCARD_MATCHES_NOTHING', '"ims:volumes:*"']],
  },
  {
    name: 'a pattern whose service is a wildcard is not judged',
    text: allowActions('*:volumes:*'),
    codes: ['WILDCARD_MATCHES_NOTHING', 'UNKNOWN_SERVICE'],
    expected: [],
  },
  {
    name: 'a 1.1 action in a 5.0 policy',
    text: allowActions('ims:images:upload'),
    codes: ['ACTION_OF_OTHER_MODEL', 'UNKNOWN_ACTION'],
    expected: [['ACTION_OF_OTHER_MODEL', '"ims:images:upload"']],
  },
  {
    name: 'a 5.0 action in a 1.1 policy',
    text: legacyStatement('"Effect":"Allow","Action":["ims:images:exportImage"]'),
    expected: [['ACTION_OF_OTHER_MODEL', '"ims:images:exportImage"']],
  },
  {
    name: 'an alias is accepted and named',
    text: allowActions('vpc:publicIps:create'),
    codes: ['ACTION_ALIAS', 'UNKNOWN_SERVICE'],
    expected: [['ACTION_ALIAS', '"vpc:publicIps:create"']],
  },
  {
    name: 'a pattern reaching an action only through its alias names it',
    text: allowActions('ims:*:export', 'ims:images:exp*'),
    codes: ['ACTION_ALIAS', 'WILDCARD_MATCHES_NOTHING'],
    expected: [['ACTION_ALIAS', '"ims:*:export"']],
  },
  {
    name: 'a Deny of an alias of its own service is only named',
    text: statement('"Effect":"Deny","Action":["ims:images:export"]'),
    codes: ['ACTION_ALIAS', 'ALIAS_REACHES_OTHER_SERVICE'],
    expected: [['ACTION_ALIAS', '"ims:images:export"']],
  },
  {
    name: 'a Deny NotAction reaching another service through aliases warns (the FAQ trap)',
    text: statement('"Effect":"Deny","NotAction":["vpc:*","ims:*"]'),
    codes: ['ACTION_ALIAS', 'ALIAS_REACHES_OTHER_SERVICE'],
    expected: [['ALIAS_REACHES_OTHER_SERVICE', '"vpc:*"']],
  },
  {
    name: "a Deny of another service's name that an action answers to warns",
    text: statement('"Effect":"Deny","Action":["vpc:publicIps:create"]'),
    codes: ['ACTION_ALIAS', 'ALIAS_REACHES_OTHER_SERVICE'],
    expected: [['ALIAS_REACHES_OTHER_SERVICE', '"vpc:publicIps:create"']],
  },
  {
    name: 'an Allow reaching another service through aliases is only named',
    text: allowActions('vpc:publicIps:*'),
    codes: ['ACTION_ALIAS', 'ALIAS_REACHES_OTHER_SERVICE'],
    expected: [['ACTION_ALIAS', '"vpc:publicIps:*"']],
  },
  {
    name: 'an action covered by a wildcard of the same statement',
    text: allowActions('ims:images:*', 'ims:images:get', 'ims:images:s*'),
    expected: [
      ['REDUNDANT_ACTION', '"ims:images:get"'],
      ['REDUNDANT_ACTION', '"ims:images:s*"'],
    ],
  },
  {
    name: 'a pattern with ? does not count as covering',
    text: allowActions('ims:images:g?t', 'ims:images:get'),
    codes: ['REDUNDANT_ACTION'],
    expected: [],
  },
  {
    name: 'NotAction of every action means the statement never applies',
    text: statement('"Effect":"Deny","NotAction":["*:*:*"]'),
    expected: [['STATEMENT_NEVER_APPLIES', '"*:*:*"']],
  },
];

const resourceCases: LintCase[] = [
  {
    name: 'a resource with four parts is not a URN',
    text: statement(
      '"Effect":"Deny","Action":["ims:images:get"],"Resource":["ims:cn-north-4:image:x"]',
    ),
    expected: [['INVALID_URN_FORMAT', '"ims:cn-north-4:image:x"']],
  },
  {
    name: 'a URN without a resource path',
    text: statement('"Effect":"Deny","Action":["ims:images:get"],"NotResource":["ims::1:image:"]'),
    expected: [['INVALID_URN_FORMAT', '"ims::1:image:"']],
  },
  {
    name: 'a resource type its service does not have',
    text: statement('"Effect":"Deny","Action":["ims:images:get"],"Resource":["ims:*:*:volume:*"]'),
    codes: ['UNKNOWN_RESOURCE_TYPE', 'RESOURCE_TYPE_MISMATCH'],
    expected: [['UNKNOWN_RESOURCE_TYPE', '"ims:*:*:volume:*"']],
  },
  {
    name: 'a resource type named only in action rows is known',
    text: statement(
      '"Effect":"Deny","Action":["iam:policies:create"],"Resource":["iam::1:policy:p"]',
    ),
    codes: ['UNKNOWN_RESOURCE_TYPE', 'RESOURCE_TYPE_MISMATCH'],
    expected: [],
  },
  {
    name: 'a partial catalog does not judge resource types',
    text: statement(
      '"Effect":"Deny","Action":["eip:publicIps:delete"],"Resource":["eip:*:*:bandwidth:*"]',
    ),
    codes: ['UNKNOWN_RESOURCE_TYPE'],
    expected: [],
  },
  {
    name: 'a resource type none of the actions take',
    text: statement('"Effect":"Deny","Action":["ims:images:get"],"Resource":["ims:*:*:member:*"]'),
    expected: [['RESOURCE_TYPE_MISMATCH', '"ims:*:*:member:*"']],
  },
  {
    name: 'a URN of another service than the actions',
    text: statement('"Effect":"Deny","Action":["ims:images:get"],"Resource":["bms:*:*:server:*"]'),
    expected: [['URN_SERVICE_MISMATCH', '"bms:*:*:server:*"']],
  },
  {
    name: 'a URN whose service differs from the action prefix as documented (EIP under vpc)',
    text: statement(
      '"Effect":"Deny","Action":["eip:publicIps:delete"],"Resource":["VPC:*:*:publicip:*"]',
    ),
    codes: ['URN_SERVICE_MISMATCH', 'RESOURCE_TYPE_MISMATCH', 'UNKNOWN_RESOURCE_TYPE'],
    expected: [],
  },
  {
    name: 'an action without resource types under a specific resource',
    text: statement(
      '"Effect":"Deny","Action":["ims:images:list","ims:images:get"],"Resource":["ims:*:*:image:*"]',
    ),
    expected: [['RESOURCE_NOT_SUPPORTED', '"ims:images:list"']],
  },
  {
    name: 'an action without resource types next to Resource *',
    text: statement(
      '"Effect":"Deny","Action":["ims:images:list"],"Resource":["ims:*:*:image:*","*"]',
    ),
    codes: ['RESOURCE_NOT_SUPPORTED'],
    expected: [],
  },
  {
    name: 'NotResource of every resource means the statement never applies',
    text: statement('"Effect":"Deny","Action":["ims:images:get"],"NotResource":["*"]'),
    expected: [['STATEMENT_NEVER_APPLIES', '"*"']],
  },
];

const securityCases: LintCase[] = [
  {
    name: 'every action on every resource',
    text: statement('"Effect":"Allow","Action":["*"]'),
    expected: [['FULL_ACCESS_GRANT', '"*"']],
  },
  {
    name: 'full access under a condition is not flagged',
    text: statement('"Effect":"Allow","Action":["*"],"Condition":{"Bool":{"g:MFAPresent":"true"}}'),
    codes: ['FULL_ACCESS_GRANT'],
    expected: [],
  },
  {
    name: 'the FullAccess SCP is not flagged',
    type: 'scp',
    text: statement('"Effect":"Allow","Action":["*"],"Resource":["*"]'),
    codes: ['FULL_ACCESS_GRANT'],
    expected: [],
  },
  {
    name: 'every action of a service on every resource',
    text: statement('"Effect":"Allow","Action":["ims:*:*"],"Resource":["*"]'),
    expected: [['SERVICE_WIDE_GRANT', '"ims:*:*"']],
  },
  {
    name: 'permission management on every resource',
    text: statement('"Effect":"Allow","Action":["iam:policies:*","iam:users:list"]'),
    expected: [['PERMISSION_MANAGEMENT_GRANT', '"iam:policies:*"']],
  },
  {
    name: 'Allow with NotAction',
    text: statement('"Effect":"Allow","NotAction":["iam:*:*"]'),
    expected: [['ALLOW_WITH_NOT_ACTION', '"NotAction"']],
  },
  {
    name: 'Allow with NotResource',
    text: statement(
      '"Effect":"Allow","Action":["ims:images:get"],"NotResource":["ims:*:*:image:x"]',
    ),
    expected: [['ALLOW_WITH_NOT_RESOURCE', '"NotResource"']],
  },
  {
    name: 'Deny with NotAction is the usual guard and not flagged',
    text: statement('"Effect":"Deny","NotAction":["iam:*:*"]'),
    codes: ['ALLOW_WITH_NOT_ACTION'],
    expected: [],
  },
];

describe.each([
  ['actions', actionCases],
  ['resources', resourceCases],
  ['security', securityCases],
])('validatePolicy: %s', (_group, cases) => {
  it.each(cases)('$name', (lintCase) => {
    const { actual, expected } = runLintCase(lintCase);
    expect(actual).toEqual(expected);
  });
});

describe('validatePolicy: action hints', () => {
  const hintOf = (text: string, code: string): string | undefined =>
    validatePolicy({ text, policyType: 'identity', lookup: FIXTURE_LOOKUP }).issues.find(
      (issue) => issue.code === code,
    )?.hint;

  it('lists the nearest real names for an unknown action', () => {
    expect(hintOf(allowActions('ims:images:shar'), 'UNKNOWN_ACTION')).toContain(
      '`ims:images:share`',
    );
  });

  it('maps a 5.0 action to its 1.1 alias', () => {
    const text = legacyStatement('"Effect":"Allow","Action":["ims:images:exportImage"]');
    expect(hintOf(text, 'ACTION_OF_OTHER_MODEL')).toBe('use `ims:images:export`');
  });

  it('names the resource types the service has', () => {
    const text = statement(
      '"Effect":"Deny","Action":["ims:images:get"],"Resource":["ims:*:*:imag:*"]',
    );
    expect(hintOf(text, 'UNKNOWN_RESOURCE_TYPE')).toBe('did you mean `image` or `member`?');
  });

  it('says which actions an alias reaches, and through which alias', () => {
    const messageOf = (text: string, code: string) =>
      validatePolicy({ text, policyType: 'identity', lookup: FIXTURE_LOOKUP }).issues.find(
        (issue) => issue.code === code,
      )?.message;
    expect(
      messageOf(
        statement('"Effect":"Deny","NotAction":["VPC:*:*"]'),
        'ALIAS_REACHES_OTHER_SERVICE',
      ),
    ).toBe(
      '`VPC:*:*` also excludes `eip` actions, which answer to it through their aliases: `eip:publicIps:create` (as `vpc:publicIps:create`)',
    );
    expect(messageOf(allowActions('ims:*:export'), 'ACTION_ALIAS')).toBe(
      '`ims:*:export` also reaches `ims:images:exportImage` (as `ims:images:export`) through their aliases',
    );
    expect(messageOf(allowActions('ims:images:export'), 'ACTION_ALIAS')).toBe(
      '`ims:images:export` is an alias of `ims:images:exportImage`',
    );
    expect(hintOf(allowActions('ims:images:export'), 'ACTION_ALIAS')).toBe(
      'write `ims:images:exportImage`',
    );
  });

  it('runs no catalog checks without catalogs', () => {
    const { issues } = validatePolicy({ text: allowActions('nova:x:y'), policyType: 'identity' });
    expect(issues).toEqual([]);
  });
});
