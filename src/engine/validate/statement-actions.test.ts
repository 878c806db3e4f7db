import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/policy-document';
import type { ParsedStatement } from '../policy/policy-types';
import { FIXTURE_LOOKUP } from './lint-case';
import { resolveStatementActions } from './statement-actions';
import { EXTRA_LOOKUP } from './testing/findings-of';

/** The first statement of a 5.0 policy whose `Action` list is `actions`. */
function statementWith(actions: string[]): ParsedStatement {
  const text = JSON.stringify({
    Version: '5.0',
    Statement: [{ Effect: 'Allow', Action: actions }],
  });
  const statement = parsePolicy(text).policy?.statements[0];
  if (statement === undefined) throw new Error('no statement');
  return statement;
}

/** Each entry as `[written, names of its actions, exhaustive]`. */
function resolved(actions: string[], lookup = FIXTURE_LOOKUP) {
  const result = resolveStatementActions(statementWith(actions), lookup, '5.0');
  return result?.entries.map(({ entry, actions: found, exhaustive }) => [
    entry.value,
    found.map((action) => action.name),
    exhaustive,
  ]);
}

describe('resolveStatementActions', () => {
  it('resolves nothing without catalogs or without an Action list', () => {
    expect(resolveStatementActions(statementWith(['ims:images:get']), null, '5.0')).toBeNull();
    const text = '{"Version":"5.0","Statement":[{"Effect":"Deny","NotAction":["ims:*"]}]}';
    const notAction = parsePolicy(text).policy?.statements[0];
    expect(notAction && resolveStatementActions(notAction, FIXTURE_LOOKUP, '5.0')).toBeNull();
  });

  it('knows a literal name of a catalog fully, and an unknown name not at all', () => {
    expect(resolved(['ims:images:get', 'ims:images:nope'])).toEqual([
      ['ims:images:get', ['ims:images:get'], true],
      ['ims:images:nope', [], false],
    ]);
  });

  it('resolves an alias to the actions answering to it', () => {
    expect(resolved(['ims:images:export'])).toEqual([
      ['ims:images:export', ['ims:images:exportImage'], true],
    ]);
  });

  it('expands a pattern of a loaded service exhaustively, even when it matches nothing', () => {
    expect(resolved(['ims:images:s*', 'ims:volumes:*'])).toEqual([
      ['ims:images:s*', ['ims:images:share', 'ims:images:setTags'], true],
      ['ims:volumes:*', [], true],
    ]);
  });

  it('does not call a pattern exhaustive when its service is a wildcard or not loaded', () => {
    expect(resolved(['*:images:get', 'nova:*'])).toEqual([
      ['*:images:get', ['ims:images:get'], false],
      ['nova:*', [], false],
    ]);
  });

  it('resolves a malformed entry to nothing, even when its service is loaded', () => {
    // Four parts: the pattern could only match names no catalog has.
    const entry = statementWith(['ims:**:*:*']).action?.[0];
    const result = resolveStatementActions(statementWith(['ims:**:*:*']), FIXTURE_LOOKUP, '5.0');
    expect(result?.entries).toEqual([{ entry, actions: [], exhaustive: false }]);
    expect(result?.complete).toBe(false);
  });

  it('resolves an action the catalog prints off the usual shape', () => {
    expect(resolved(['sms::getConfig'], EXTRA_LOOKUP)).toEqual([
      ['sms::getConfig', ['sms::getConfig'], true],
    ]);
  });

  it('is complete only when every entry is exhaustive and there is at least one', () => {
    const completeness = (actions: string[]) =>
      resolveStatementActions(statementWith(actions), FIXTURE_LOOKUP, '5.0')?.complete;
    expect(completeness(['ims:images:get', 'ims:images:l*'])).toBe(true);
    expect(completeness(['ims:images:get', 'nova:servers:get'])).toBe(false);
    expect(completeness(['nova:servers:get', 'ims:images:get'])).toBe(false);
    expect(completeness([])).toBe(false);
  });

  it('lists each action of the statement once', () => {
    const result = resolveStatementActions(
      statementWith(['ims:images:get', 'ims:images:g*', 'ims:*:list']),
      FIXTURE_LOOKUP,
      '5.0',
    );
    expect(result?.all.map((action) => action.name)).toEqual(['ims:images:get', 'ims:images:list']);
  });
});
