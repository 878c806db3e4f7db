import { describe, expect, it } from 'vitest';
import { legacyStatement, statement } from './lint-case';
import { EXTRA_LOOKUP, findingsOf } from './testing/findings-of';

const allowActions = (...actions: string[]): string =>
  statement(`"Effect":"Allow","Action":${JSON.stringify(actions)},"Resource":["*"]`);
const denyActions = (...actions: string[]): string =>
  statement(`"Effect":"Deny","Action":${JSON.stringify(actions)}`);
const legacyActions = (...actions: string[]): string =>
  legacyStatement(`"Effect":"Allow","Action":${JSON.stringify(actions)}`);

describe('action format', () => {
  it('says what is wrong with a malformed action', () => {
    expect(findingsOf(allowActions('ims:images'), 'INVALID_ACTION_FORMAT')).toEqual([
      {
        at: '"ims:images"',
        message: 'action `ims:images` has fewer than three parts',
        hint: 'write `service:resourceType:operation`, with `*` for any part',
      },
    ]);
  });

  it('accepts an action a catalog prints off the usual shape', () => {
    const text = allowActions('sms::getConfig');
    expect(findingsOf(text, 'INVALID_ACTION_FORMAT', { lookup: EXTRA_LOOKUP })).toEqual([]);
    expect(findingsOf(text, 'INVALID_ACTION_FORMAT', { lookup: null })).toHaveLength(1);
  });

  it('asks for a lower-case service in version 1.1, naming the fixed action', () => {
    const text = legacyActions('IMS:images:list', 'Ims:Images:List', 'ims:images:list');
    expect(findingsOf(text, 'LEGACY_SERVICE_NOT_LOWERCASE')).toEqual([
      {
        at: '"IMS:images:list"',
        message: 'service `IMS` must be lower case in version `1.1` policies',
        hint: 'write `ims:images:list`',
      },
      {
        at: '"Ims:Images:List"',
        message: 'service `Ims` must be lower case in version `1.1` policies',
        hint: 'write `ims:Images:List`',
      },
    ]);
  });
});

describe('actions against the catalogs', () => {
  it('an action the complete catalog does not have', () => {
    expect(findingsOf(allowActions('ims:images:shar'), 'UNKNOWN_ACTION')).toEqual([
      {
        at: '"ims:images:shar"',
        message: '`ims:images:shar` is not an action of the IMS catalog',
        hint: 'did you mean `ims:images:share`?',
      },
    ]);
  });

  it('an action of the other model without a counterpart or a near name', () => {
    expect(findingsOf(allowActions('ims:images:upload'), 'ACTION_OF_OTHER_MODEL')).toEqual([
      {
        at: '"ims:images:upload"',
        message:
          '`ims:images:upload` is a `1.1` (role/policy) action, not a `5.0` (identity policy) one',
        hint: 'the two models name actions differently; look the action up in this model',
      },
    ]);
  });

  it('a 5.0 action in a 1.1 policy, mapped to those of its aliases 1.1 has', () => {
    const text = legacyActions('cdn:domains:create');
    expect(findingsOf(text, 'ACTION_OF_OTHER_MODEL', { lookup: EXTRA_LOOKUP })).toEqual([
      {
        at: '"cdn:domains:create"',
        message:
          '`cdn:domains:create` is a `5.0` (identity policy) action, not a `1.1` (role/policy) one',
        hint: 'use `cdn:domains:new`',
      },
    ]);
  });

  it('an action a partial catalog does not list, noting the other model has it', () => {
    const text = allowActions('eip:publicIps:list', 'eip:publicIps:foo');
    expect(findingsOf(text, 'UNLISTED_ACTION').map(({ at, message }) => [at, message])).toEqual([
      [
        '"eip:publicIps:list"',
        '`eip:publicIps:list` is not listed in the EIP catalog, which may not name every action; it is a `1.1` (role/policy) action name',
      ],
      [
        '"eip:publicIps:foo"',
        '`eip:publicIps:foo` is not listed in the EIP catalog, which may not name every action',
      ],
    ]);
  });

  it('services without a catalog of the policy model', () => {
    const text = allowActions('ecs:cloudServers:list', 'nova:servers:list', 'imss:images:list');
    expect(findingsOf(text, 'UNKNOWN_SERVICE')).toEqual([
      {
        at: '"ecs:cloudServers:list"',
        message: 'service `ecs` has only a `1.1` (role/policy) catalog loaded',
        hint: 'its actions cannot be checked against this policy model',
      },
      {
        at: '"nova:servers:list"',
        message: 'service `nova` is not in the loaded catalogs',
        hint: undefined,
      },
      {
        at: '"imss:images:list"',
        message: 'service `imss` is not in the loaded catalogs',
        hint: 'did you mean `ims`?',
      },
    ]);
  });

  it('a pattern of an unknown service is an unknown service, not a pattern matching nothing', () => {
    const text = allowActions('nova:*');
    expect(findingsOf(text, 'UNKNOWN_SERVICE').map(({ at }) => at)).toEqual(['"nova:*"']);
    expect(findingsOf(text, 'WILDCARD_MATCHES_NOTHING')).toEqual([]);
  });

  it('a pattern matching nothing, with the names nearest to its literal text', () => {
    expect(findingsOf(allowActions('ims:images:gte*'), 'WILDCARD_MATCHES_NOTHING')).toEqual([
      {
        at: '"ims:images:gte*"',
        message: '`ims:images:gte*` matches no `ims` action',
        hint: 'did you mean `ims:images:get`?',
      },
    ]);
  });
});

describe('aliases', () => {
  const reach = (text: string) =>
    findingsOf(text, 'ALIAS_REACHES_OTHER_SERVICE', { lookup: EXTRA_LOOKUP });

  it('a Deny reaching several services through aliases names three actions and counts the rest', () => {
    expect(reach(denyActions('vpc:*'))).toEqual([
      {
        at: '"vpc:*"',
        message:
          '`vpc:*` also denies `eip`, `nat` and `elb` actions, which answer to it through their aliases: ' +
          '`eip:publicIps:create` (as `vpc:publicIps:create`), `nat:gateways:create` (as `vpc:gateways:create`), ' +
          '`nat:gateways:delete` (as `vpc:gateways:delete`) (3 more)',
        hint: 'an action and its aliases are the same action; narrow the entry if those actions must stay allowed',
      },
    ]);
  });

  it('three actions reached are all named', () => {
    expect(reach(denyActions('vpc:gateways:*e*')).map(({ message }) => message)).toEqual([
      '`vpc:gateways:*e*` also denies `nat` actions, which answer to it through their aliases: ' +
        '`nat:gateways:create` (as `vpc:gateways:create`), `nat:gateways:delete` (as `vpc:gateways:delete`), ' +
        '`nat:gateways:get` (as `vpc:gateways:get`)',
    ]);
  });

  it('a NotAction reaching another service says what to do', () => {
    const text = statement('"Effect":"Deny","NotAction":["vpc:publicIps:*"]');
    expect(findingsOf(text, 'ALIAS_REACHES_OTHER_SERVICE')).toEqual([
      {
        at: '"vpc:publicIps:*"',
        message:
          '`vpc:publicIps:*` also excludes `eip` actions, which answer to it through their aliases: `eip:publicIps:create` (as `vpc:publicIps:create`)',
        hint: 'an action and its aliases are the same action; name those actions elsewhere if this statement must apply to them',
      },
    ]);
  });

  it('a pattern whose service is a wildcard reaches no other service: it is only named', () => {
    const text = denyActions('*:images:export');
    expect(findingsOf(text, 'ALIAS_REACHES_OTHER_SERVICE')).toEqual([]);
    expect(findingsOf(text, 'ACTION_ALIAS')).toEqual([
      {
        at: '"*:images:export"',
        message:
          '`*:images:export` also reaches `ims:images:exportImage` (as `ims:images:export`) through their aliases',
        hint: "an action and its aliases are the same action; write the actions' own names where you mean them",
      },
    ]);
  });

  it('an alias of several actions names each', () => {
    const text = allowActions('cdn:domains:new');
    expect(findingsOf(text, 'ACTION_ALIAS', { lookup: EXTRA_LOOKUP })).toEqual([
      {
        at: '"cdn:domains:new"',
        message:
          '`cdn:domains:new` is an alias of 2 actions, and applies to each: `cdn:domains:create` and `cdn:domains:add`',
        hint: 'write `cdn:domains:create` and `cdn:domains:add`',
      },
    ]);
  });

  it('an action name that is also an alias of another action', () => {
    const text = allowActions('cdn:domains:get');
    expect(findingsOf(text, 'ACTION_ALIAS', { lookup: EXTRA_LOOKUP })).toEqual([
      {
        at: '"cdn:domains:get"',
        message:
          '`cdn:domains:get` also reaches `cdn:domains:describe` (as `cdn:domains:get`) through their aliases',
        hint: "an action and its aliases are the same action; write the actions' own names where you mean them",
      },
    ]);
  });
});

describe('redundant actions', () => {
  it('are found without catalogs too', () => {
    const text = allowActions('ims:*', 'ims:images:get');
    expect(findingsOf(text, 'REDUNDANT_ACTION', { lookup: null })).toEqual([
      {
        at: '"ims:images:get"',
        message: '`ims:images:get` is already covered by `ims:*`',
        hint: 'remove it',
      },
    ]);
  });

  it('leave out malformed entries and patterns with `?`', () => {
    const text = allowActions('ims:*', 'ims:images:li st', 'ims:images:g?t*', 'Ims:Images:Get');
    expect(findingsOf(text, 'REDUNDANT_ACTION').map(({ at }) => at)).toEqual([
      '"ims:images:g?t*"',
      '"Ims:Images:Get"',
    ]);
    const questionMark = allowActions('ims:images:g?t*', 'ims:images:get');
    expect(findingsOf(questionMark, 'REDUNDANT_ACTION')).toEqual([]);
  });

  it('are compared in lists of up to 1,000 patterns', () => {
    const patterns = (count: number) => [
      'ims:images:*',
      ...Array.from({ length: count - 1 }, (_, i) => `ims:images:op${i}*`),
    ];
    const redundant = (count: number) =>
      findingsOf(allowActions(...patterns(count)), 'REDUNDANT_ACTION', { lookup: null }).length;
    expect(redundant(1000)).toBe(999);
    expect(redundant(1001)).toBe(0);
  });
});
