/**
 * The language service matches actions as the engine does, by name or alias (reference §5 rule
 * 6): hover lists what an alias reaches, a Deny written with an alias gets the finding and a fix
 * that keeps its meaning, and the builder's exact wildcards never widen through an alias.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogAction, ServiceCatalog } from '../catalog';
import { decideRequest, compilePolicySet } from '../engine';
import { exactWildcards } from './builder-wildcards';
import { codeActions } from './code-actions/code-actions';
import { computeDiagnostics } from './diagnostics';
import { hover } from './hover/hover';
import { createPolicyCatalogs } from './policy-catalogs';
import { applyEdits, at } from './testing/cursor-fixture';

const sms = JSON.parse(
  readFileSync(new URL('../../catalogs/sms-5.0.json', import.meta.url), 'utf8'),
) as ServiceCatalog;
const catalogs = createPolicyCatalogs([sms], []);
const context = { policyType: 'identity' as const, catalogs };
const formatting = { tabSize: 2, insertSpaces: true, eol: '\n' };
const MIGRATION = 'sms:server:migrationServer';
const answeringTo = (alias: string): CatalogAction[] =>
  sms.actions.filter((action) => action.aliases.includes(alias));

const denyAll = (entry: string) =>
  JSON.stringify(
    {
      Version: '5.0',
      Statement: [
        { Effect: 'Allow', Action: ['*'] },
        { Effect: 'Deny', Action: [entry] },
      ],
    },
    null,
    2,
  );

function hoverOn(entry: string, cursor: number): string {
  const text = denyAll(entry);
  const offset = text.indexOf(entry) + cursor;
  return hover(text, offset, context)?.markdown ?? '';
}

describe('hover on an alias and on a wildcard over aliases', () => {
  it('lists every action an alias reaches', () => {
    const markdown = hoverOn(MIGRATION, 5);
    expect(markdown).toContain(
      '`sms:server:migrationServer` is an alias of 19 actions: it applies to each of them as their own names do',
    );
    expect(markdown).toContain(
      '- `sms:template:create` · write · through alias `sms:server:migrationServer`',
    );
  });

  it('counts the actions a wildcard reaches through their aliases', () => {
    const markdown = hoverOn('sms:server:query*', 5);
    expect(markdown).toContain(
      '**`sms:server:query*`** matches **14** actions of the 5.0 catalogs, 14 through an alias',
    );
    expect(markdown).toContain(
      '`sms:template:get` · read · through alias `sms:server:queryServer`',
    );
  });
});

describe('a Deny written with an alias', () => {
  it('is named, with the number of actions it applies to', () => {
    const finding = computeDiagnostics(denyAll(MIGRATION), context).find(
      (d) => d.code === 'ACTION_ALIAS',
    );
    expect(finding?.message).toContain(
      '`sms:server:migrationServer` is an alias of 19 actions, and applies to each: `sms:migproject:create`',
    );
  });

  it('is replaced by the names of all the actions answering to it, which denies the same', () => {
    const fixture = denyAll(MIGRATION).replace('migrationServer', 'migration|Server');
    const { text, offset } = at(fixture);
    const actions = codeActions(
      text,
      { offset, length: 0 },
      computeDiagnostics(text, context),
      context,
      formatting,
    );
    const fix = actions.find(
      (a) => a.title === 'Replace with the 19 actions answering to `sms:server:migrationServer`',
    );
    expect(fix).toBeDefined();
    const fixed = applyEdits(text, fix?.edits ?? []);
    const denied = (policy: string) => {
      const set = compilePolicySet({
        identityPolicies: [{ id: 'p', text: policy }],
        scps: [],
        catalogs: [sms],
      });
      return sms.actions
        .filter((a) => decideRequest(set, { action: a.name }).decision === 'explicit-deny')
        .map((a) => a.name);
    };
    expect(denied(fixed)).toEqual(answeringTo(MIGRATION).map((a) => a.name));
    expect(denied(fixed)).toEqual(denied(text));
    expect(actions.some((a) => a.title.startsWith('Replace with `'))).toBe(false);
  });
});

describe('exact wildcards (builder and generator)', () => {
  it('never offer a pattern that would reach more actions through their aliases', () => {
    const own = sms.actions.filter((a) => a.name.startsWith('sms:server:'));
    const selected = new Set(own.map((a) => a.name.toLowerCase()));
    const patterns = exactWildcards('sms', selected, catalogs.lookup, '5.0').map((w) => w.pattern);
    // `sms:server:*` also reaches the template and migproject actions answering to server names.
    expect(patterns).not.toContain('sms:server:*');
    for (const pattern of patterns) {
      for (const action of catalogs.lookup.matchActions(pattern, '5.0'))
        expect(selected.has(action.name.toLowerCase())).toBe(true);
    }
  });
});
