import { describe, expect, it } from 'vitest';
import { statement } from './lint-case';
import { codesOf, EXTRA_LOOKUP, findingsOf } from './testing/findings-of';

const URN_HINT = 'write `service:region:account-id:type:path`, or `*` for every resource';

/** A Deny of these actions on these resources. */
const denyOn = (actions: string[], resources: string[]): string =>
  statement(
    `"Effect":"Deny","Action":${JSON.stringify(actions)},"Resource":${JSON.stringify(resources)}`,
  );

const atsOf = (text: string, code: Parameters<typeof findingsOf>[1], lookup = EXTRA_LOOKUP) =>
  findingsOf(text, code, { lookup }).map(({ at }) => at);

describe('resource format', () => {
  it.each([
    ['ims:*:*:image:x y', 'contains whitespace'],
    ['ims:image', 'is not a URN (it needs five `:`-separated parts)'],
    [':*:*:image:x', 'has no service'],
    ['ims:*:*::x', 'has no resource type'],
    ['ims:*:*:image:', 'has no resource path'],
  ])('`%s` %s', (resource, problem) => {
    const text = denyOn(['ims:images:get'], [resource]);
    expect(findingsOf(text, 'INVALID_URN_FORMAT')).toEqual([
      { at: `"${resource}"`, message: `resource \`${resource}\` ${problem}`, hint: URN_HINT },
    ]);
  });

  it('a malformed resource is not also judged against the catalogs', () => {
    expect(codesOf(denyOn(['ims:images:get'], ['ims:*:*::x']))).toEqual(['INVALID_URN_FORMAT']);
  });

  it('is checked without catalogs, and nothing else is', () => {
    const text = denyOn(['ims:images:get'], ['ims:cn-north-4:1:volume:x', 'ims:image']);
    expect(codesOf(text, { lookup: null })).toEqual(['INVALID_URN_FORMAT']);
  });
});

describe('resource types', () => {
  it('a type the complete catalog does not have, with the types it has', () => {
    const text = denyOn(['ims:images:get'], ['ims:*:*:volume:x', 'ims:*:*:vol*:x']);
    expect(findingsOf(text, 'UNKNOWN_RESOURCE_TYPE')).toEqual([
      {
        at: '"ims:*:*:volume:x"',
        message: '`volume` is not a resource type of the IMS catalog',
        hint: 'did you mean `image` or `member`?',
      },
    ]);
  });

  it('a type of a catalog whose actions take none', () => {
    const text = denyOn(['cts:traces:list'], ['cts:*:*:trace:x']);
    expect(findingsOf(text, 'UNKNOWN_RESOURCE_TYPE', { lookup: EXTRA_LOOKUP })).toEqual([
      {
        at: '"cts:*:*:trace:x"',
        message: '`trace` is not a resource type of the CTS catalog',
        hint: 'CTS actions take no resource type; use `*`',
      },
    ]);
  });
});

describe('resources against the actions', () => {
  it('a URN of a service none of the actions take, listing what they take', () => {
    const text = denyOn(['ims:images:get', 'bms:servers:create'], ['eip:*:*:publicip:x']);
    expect(findingsOf(text, 'URN_SERVICE_MISMATCH')).toEqual([
      {
        at: '"eip:*:*:publicip:x"',
        message:
          "resource service `eip` matches none of the statement's actions, which take `ims:…:image` or `bms:…:server`",
        hint: 'use a URN of a type the actions take, or move the resource to its own statement',
      },
    ]);
  });

  it('takes the service and type of an action without URN patterns from its name', () => {
    const text = denyOn(['iam:policies:create'], ['ims:*:*:image:x']);
    expect(findingsOf(text, 'URN_SERVICE_MISMATCH').map(({ message }) => message)).toEqual([
      "resource service `ims` matches none of the statement's actions, which take `iam:…:policy`",
    ]);
  });

  it('a URN of a service without a catalog is still compared with the actions', () => {
    const text = denyOn(['ims:images:get'], ['nova:*:*:server:x']);
    expect(atsOf(text, 'URN_SERVICE_MISMATCH')).toEqual(['"nova:*:*:server:x"']);
  });

  it('every action of the statement offers its types', () => {
    const text = denyOn(
      ['ims:images:get', 'bms:servers:create'],
      ['ims:*:*:image:x', 'bms:*:*:server:y'],
    );
    expect(codesOf(text)).toEqual([]);
  });

  it('a type none of the actions of that service take', () => {
    const text = denyOn(['ims:images:get'], ['ims:*:*:member:x']);
    expect(findingsOf(text, 'RESOURCE_TYPE_MISMATCH')).toEqual([
      {
        at: '"ims:*:*:member:x"',
        message: 'no action of the statement takes resource type `member` (they take `image`)',
        hint: 'use a URN of a type the actions take, or `*`',
      },
    ]);
  });

  it('a type pattern is compared with the actions even though the catalog is not asked', () => {
    const text = denyOn(['ims:images:get'], ['ims:*:*:mem*:x']);
    expect(atsOf(text, 'UNKNOWN_RESOURCE_TYPE')).toEqual([]);
    expect(atsOf(text, 'RESOURCE_TYPE_MISMATCH')).toEqual(['"ims:*:*:mem*:x"']);
  });

  it('types match ignoring case, wildcards included, and one action taking it is enough', () => {
    expect(codesOf(denyOn(['ims:images:get'], ['ims:*:*:IMAGE:x', 'ims:*:*:IMA*:y']))).toEqual([]);
    const text = denyOn(['cdn:domains:get', 'cdn:certificates:get'], ['cdn:*:*:domain:x']);
    expect(atsOf(text, 'RESOURCE_TYPE_MISMATCH')).toEqual([]);
  });

  it.each([
    ['a URN whose service is a wildcard', ['ims:images:get'], '*:*:*:server:x'],
    ['actions that take no resource type', ['ims:images:list'], 'bms:*:*:server:x'],
    ['a pattern that matches no action', ['ims:volumes:*'], 'bms:*:*:server:x'],
  ])('are not compared for %s', (_why, actions, resource) => {
    const text = denyOn(actions, [resource]);
    expect(atsOf(text, 'URN_SERVICE_MISMATCH')).toEqual([]);
    expect(atsOf(text, 'RESOURCE_TYPE_MISMATCH')).toEqual([]);
  });
});

describe('actions without resource types', () => {
  it('under a specific resource', () => {
    const text = denyOn(['ims:images:list', 'ims:images:get'], ['ims:*:*:image:x']);
    expect(findingsOf(text, 'RESOURCE_NOT_SUPPORTED')).toEqual([
      {
        at: '"ims:images:list"',
        message:
          'action `ims:images:list` takes no resource type, so it only applies with `Resource` `*`',
        hint: 'move the action to a statement with `"Resource": ["*"]`',
      },
    ]);
  });

  it.each([
    ['a pattern', 'ims:images:l*'],
    ['an unknown action', 'ims:images:nope'],
    ['an alias one of whose actions takes a type', 'cdn:domains:new'],
  ])('are not judged for %s', (_why, action) => {
    const text = denyOn([action], ['ims:*:*:image:x']);
    expect(atsOf(text, 'RESOURCE_NOT_SUPPORTED')).toEqual([]);
  });
});
