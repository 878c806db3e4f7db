import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/policy-document';
import type { ParsedPolicy, ParsedStatement, PolicyIssue } from '../policy/policy-types';
import { checkStructure } from './check-structure';
import { FIXTURE_LOOKUP } from './lint-case';
import {
  coversAllResources,
  createContext,
  didYouMean,
  keyOf,
  listOf,
  openingOf,
} from './validation-context';

function parsed(text: string): ParsedPolicy {
  const { policy } = parsePolicy(text);
  if (policy === null) throw new Error('not a policy');
  return policy;
}

/** The first statement of a 5.0 policy with this statement body. */
function statementOf(body: string): ParsedStatement {
  const statement = parsed(`{"Version":"5.0","Statement":[{${body}}]}`).statements[0];
  if (statement === undefined) throw new Error('no statement');
  return statement;
}

describe('listOf', () => {
  it('quotes each value and joins the last with the conjunction', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('`a`');
    expect(listOf(['a', 'b'])).toBe('`a` or `b`');
    expect(listOf(['a', 'b', 'c'])).toBe('`a`, `b` or `c`');
    expect(listOf(['a', 'b', 'c'], 3, 'and')).toBe('`a`, `b` and `c`');
  });

  it('shows at most `limit` values and counts the rest', () => {
    expect(listOf(['a', 'b', 'c', 'd', 'e'])).toBe('`a`, `b` or `c` (2 more)');
    expect(listOf(['a', 'b', 'c'], 2)).toBe('`a` or `b` (1 more)');
    expect(listOf(['a', 'b'], 1)).toBe('`a` (1 more)');
  });
});

describe('didYouMean', () => {
  it('asks only when there are suggestions', () => {
    expect(didYouMean([])).toBeUndefined();
    expect(didYouMean(['Resource'])).toBe('did you mean `Resource`?');
    expect(didYouMean(['a', 'b'])).toBe('did you mean `a` or `b`?');
  });
});

describe('openingOf', () => {
  it('is the first character of a range, or nothing of an empty one', () => {
    expect(openingOf({ offset: 4, length: 10, path: ['Statement', 0] })).toEqual({
      offset: 4,
      length: 1,
      path: ['Statement', 0],
    });
    expect(openingOf({ offset: 4, length: 0, path: [] })).toEqual({
      offset: 4,
      length: 0,
      path: [],
    });
  });
});

describe('coversAllResources', () => {
  it.each([
    ['"Effect":"Allow","Action":["*"]', true],
    ['"Effect":"Allow","Action":["*"],"Resource":["*"]', true],
    ['"Effect":"Allow","Action":["*"],"Resource":["ims:*:*:image:x","*"]', true],
    ['"Effect":"Allow","Action":["*"],"Resource":["ims:*:*:image:x"]', false],
    ['"Effect":"Allow","Action":["*"],"NotResource":["ims:*:*:image:x"]', false],
    ['"Effect":"Allow","Action":["*"],"Resource":["*"],"NotResource":["ims:*:*:image:x"]', false],
  ])('%s: %s', (body, expected) => {
    expect(coversAllResources(statementOf(body))).toBe(expected);
  });
});

describe('keyOf', () => {
  it('finds the last written key of that name', () => {
    const statement = statementOf('"Effect":"Allow","Action":["a:b:c"],"Effect":"Deny"');
    expect(keyOf(statement, 'Effect')?.range.offset).toBe(
      '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["a:b:c"],'.length,
    );
    expect(keyOf(statement, 'Resource')).toBeUndefined();
  });

  it('finds nothing in a statement built without its key list', () => {
    const { keys: _keys, ...statement } = statementOf('"Effect":"Allow","Action":["a:b:c"]');
    expect(keyOf(statement, 'Effect')).toBeUndefined();
  });
});

describe('createContext', () => {
  const text = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["ims:images:get"]}]}';

  it('resolves a statement once and hands back the same resolution', () => {
    const policy = parsed(text);
    const context = createContext(text, policy, 'identity', FIXTURE_LOOKUP, []);
    const statement = policy.statements[0] as ParsedStatement;
    const first = context.actionsOf(statement);
    expect(first?.all.map((action) => action.name)).toEqual(['ims:images:get']);
    expect(context.actionsOf(statement)).toBe(first);
  });

  it('resolves nothing without catalogs of the policy model', () => {
    const policy = parsed(text);
    const context = createContext(text, policy, 'identity', null, []);
    expect(context.catalog).toBeNull();
    expect(context.actionsOf(policy.statements[0] as ParsedStatement)).toBeNull();
  });

  it('reports into the given list, with the registry severity and a hint only when given', () => {
    const issues: PolicyIssue[] = [];
    const context = createContext(text, parsed(text), 'identity', null, issues);
    context.report('DUPLICATE_SID', 'm', { offset: 1, length: 2, path: [] }, 'h');
    context.report('MISSING_EFFECT', 'n', { offset: 3, length: 1, path: [] });
    expect(issues).toStrictEqual([
      {
        code: 'DUPLICATE_SID',
        severity: 'WARNING',
        message: 'm',
        range: { offset: 1, length: 2, path: [] },
        hint: 'h',
      },
      {
        code: 'MISSING_EFFECT',
        severity: 'ERROR',
        message: 'n',
        range: { offset: 3, length: 1, path: [] },
      },
    ]);
  });
});

describe('checks on a policy built without key lists', () => {
  it('read absent key lists as no keys written', () => {
    const { keys: _keys, ...policy } = parsed('{"Version":"5.0","Statement":[]}');
    const issues: PolicyIssue[] = [];
    checkStructure(createContext('', policy, 'identity', null, issues));
    expect(issues.map((issue) => issue.code)).toEqual(['MISSING_VERSION', 'MISSING_STATEMENT']);
  });

  it('read a statement without its key list as having no elements', () => {
    const source = parsed('{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["*"]}]}');
    const statements = source.statements.map(({ keys: _keys, ...statement }) => statement);
    const issues: PolicyIssue[] = [];
    checkStructure(createContext('', { ...source, statements }, 'identity', null, issues));
    expect(issues.map((issue) => issue.code)).toEqual(['MISSING_EFFECT', 'MISSING_ACTION']);
  });
});
