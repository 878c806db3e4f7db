import { describe, expect, it } from 'vitest';
import type { PolicyType } from '../../engine';
import { addDependencyActions } from '../add-dependencies';
import { computeDiagnostics } from '../diagnostics';
import type { CodeAction } from '../language-types';
import { applyEdits, at } from '../testing/cursor-fixture';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs';
import { codeActions } from './code-actions';

const formatting = { tabSize: 2, insertSpaces: true, eol: '\n' };

function actionsAt(fixture: string, policyType: PolicyType = 'identity') {
  const { text, offset } = at(fixture);
  const context = { policyType, catalogs: FIXTURE_CATALOGS };
  const diagnostics = computeDiagnostics(text, context);
  return {
    text,
    actions: codeActions(text, { offset, length: 0 }, diagnostics, context, formatting),
  };
}

function titles(fixture: string, policyType: PolicyType = 'identity'): string[] {
  return actionsAt(fixture, policyType).actions.map((a) => a.title);
}

function applying(fixture: string, title: string, policyType: PolicyType = 'identity'): string {
  const { text, actions } = actionsAt(fixture, policyType);
  const action = actions.find((a: CodeAction) => a.title === title);
  if (!action)
    throw new Error(`no action \`${title}\`; offered: ${actions.map((a) => a.title).join(' | ')}`);
  return applyEdits(text, action.edits);
}

const formatted = (value: unknown) => JSON.stringify(value, null, 2);

describe('replace an unknown action with a near name', () => {
  const fixture = formatted({
    Version: '5.0',
    Statement: [{ Effect: 'Allow', Action: ['ims:images:gett'] }],
  }).replace('gett', 'ge|tt');

  it('offers the nearest names, the first preferred, tied to the finding', () => {
    const { actions } = actionsAt(fixture);
    const replace = actions.filter((a) => a.title.startsWith('Replace'));
    const nearest = FIXTURE_CATALOGS.lookup.nearestActions('ims:images:gett', '5.0', 3);
    expect(replace.map((a) => a.title)).toEqual(nearest.map((name) => `Replace with \`${name}\``));
    expect(replace[0]?.title).toBe('Replace with `ims:images:get`');
    expect(replace[0]?.isPreferred).toBe(true);
    expect(replace[0]?.diagnostic?.code).toBe('UNKNOWN_ACTION');
  });

  it('replaces only the name', () => {
    expect(applying(fixture, 'Replace with `ims:images:get`')).toBe(
      formatted({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['ims:images:get'] }] }),
    );
  });

  it('writes the documented name of an alias', () => {
    const alias = formatted({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: ['ims:quota:list'] }],
    }).replace('quota:', 'quo|ta:');
    expect(applying(alias, 'Replace with `ims:quotas:list`')).toContain('"ims:quotas:list"');
  });

  it('offers nothing away from the finding', () => {
    expect(titles(fixture.replace('|', '').replace('"Allow"', '"Al|low"'))).toEqual([]);
  });
});

describe('add the missing dependencies of an action', () => {
  const policy = (actions: string[]) =>
    formatted({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: actions }] });

  it('adds the unconditional dependencies, then optionally the conditional ones', () => {
    const fixture = policy(['ims:images:create']).replace('create', 'cre|ate');
    expect(titles(fixture)).toEqual([
      'Add the dependencies of `ims:images:create`: `ims:images:get`, `ecs:cloudServers:get`',
      'Add all dependencies of `ims:images:create`, including `evs:volumes:list` (only when importing a data disk)',
    ]);
    expect(
      applying(
        fixture,
        'Add the dependencies of `ims:images:create`: `ims:images:get`, `ecs:cloudServers:get`',
      ),
    ).toBe(
      formatted({
        Version: '5.0',
        Statement: [
          { Effect: 'Allow', Action: ['ims:images:create'] },
          {
            Sid: 'AllowDependencies',
            Effect: 'Allow',
            Action: ['ims:images:get', 'ecs:cloudServers:get'],
          },
        ],
      }),
    );
  });

  it('leaves out dependencies the policy already grants, wildcards included', () => {
    const fixture = policy(['ims:images:create', 'ecs:*:get']).replace('create', 'cre|ate');
    expect(titles(fixture)[0]).toBe(
      'Add the dependencies of `ims:images:create`: `ims:images:get`',
    );
  });

  it("means what the evaluator's fix means: the same text, whichever asks", () => {
    const fixture = formatted({
      Version: '5.0',
      Statement: [
        { Effect: 'Allow', Action: 'ims:images:create', Resource: ['ims:*:*:image:img-1'] },
      ],
    }).replace('create', 'cre|ate');
    const fixed = applying(
      fixture,
      'Add the dependencies of `ims:images:create`: `ims:images:get`, `ecs:cloudServers:get`',
    );
    // The statement that needs them keeps its resources; the dependencies are granted on all.
    expect(JSON.parse(fixed).Statement).toEqual([
      { Effect: 'Allow', Action: 'ims:images:create', Resource: ['ims:*:*:image:img-1'] },
      {
        Sid: 'AllowDependencies',
        Effect: 'Allow',
        Action: ['ims:images:get', 'ecs:cloudServers:get'],
      },
    ]);
    const unmarked = fixture.replace('|', '');
    const evaluatorFix = addDependencyActions(unmarked, ['ims:images:get', 'ecs:cloudServers:get']);
    expect(evaluatorFix).toMatchObject({ ok: true, text: fixed });
  });

  it('offers nothing in a Deny statement', () => {
    const fixture = formatted({
      Version: '5.0',
      Statement: [{ Effect: 'Deny', Action: ['ims:images:create'] }],
    }).replace('create', 'cre|ate');
    expect(titles(fixture)).toEqual([]);
  });
});

describe('structure fixes', () => {
  it('adds a missing Version first in the document', () => {
    const fixture = formatted({ Statement: [{ Effect: 'Allow', Action: ['*'] }] }).replace(
      '{',
      '{|',
    );
    expect(titles(fixture)).toContain('Set `Version` to `5.0`');
    expect(applying(fixture, 'Set `Version` to `5.0`')).toBe(
      formatted({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['*'] }] }),
    );
  });

  it('replaces an invalid Version, offering 1.1 only to identity policies', () => {
    const fixture = formatted({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['*'] }],
    }).replace('2012', '20|12');
    expect(titles(fixture)).toEqual(['Set `Version` to `5.0`', 'Set `Version` to `1.1`']);
    expect(titles(fixture, 'scp')).toEqual(['Set `Version` to `5.0`']);
    expect(applying(fixture, 'Set `Version` to `1.1`')).toContain('"Version": "1.1"');
  });

  it('wraps a bare string in an array', () => {
    const fixture = formatted({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: ['ims:images:list'], Resource: '*' }],
    }).replace('"*"', '"|*"');
    expect(applying(fixture, 'Wrap the value in an array')).toContain('"Resource": ["*"]');
  });

  it('removes the Condition of an SCP Allow statement', () => {
    const fixture = formatted({
      Version: '5.0',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['*'],
          Condition: { Bool: { 'g:MFAPresent': 'true' } },
        },
      ],
    }).replace('"Condition"', '"Cond|ition"');
    const title = 'Remove the `Condition` (SCP `Allow` statements cannot have one)';
    expect(titles(fixture, 'scp')).toContain(title);
    expect(titles(fixture, 'identity')).not.toContain(title);
    expect(JSON.parse(applying(fixture, title, 'scp'))).toEqual({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: ['*'] }],
    });
  });
});

describe('fixes for the slips people make', () => {
  const allow = (statement: Record<string, unknown>) =>
    formatted({ Version: '5.0', Statement: [{ Effect: 'Allow', ...statement }] });
  const when = (condition: Record<string, unknown>) =>
    allow({ Action: ['ims:images:get'], Condition: condition });

  it('writes an Effect in its documented case', () => {
    const fixture = (effect: string) =>
      formatted({ Version: '5.0', Statement: [{ Effect: effect, Action: ['*'] }] }).replace(
        `"${effect}"`,
        `"${effect.slice(0, 2)}|${effect.slice(2)}"`,
      );
    expect(titles(fixture('allow'))).toEqual(['Replace with `Allow`']);
    expect(applying(fixture('allow'), 'Replace with `Allow`')).toContain('"Effect": "Allow"');
    expect(applying(fixture('ALLOW'), 'Replace with `Allow`')).toContain('"Effect": "Allow"');
    expect(applying(fixture('DENY'), 'Replace with `Deny`')).toContain('"Effect": "Deny"');
  });

  it('removes a Principal, which identity policies do not support', () => {
    const fixture = allow({ Principal: { IAM: ['x'] }, Action: ['*'] }).replace(
      '"Principal"',
      '"Prin|cipal"',
    );
    expect(
      JSON.parse(applying(fixture, 'Remove `Principal` (identity policies do not support it)')),
    ).toEqual({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['*'] }] });
  });

  it('wraps an Action given as a string in an array', () => {
    const fixture = allow({ Action: 'ims:images:list' }).replace('list"', 'li|st"');
    expect(applying(fixture, 'Wrap the value in an array')).toContain(
      '"Action": ["ims:images:list"]',
    );
  });

  it.each([
    ['NumericLessThan', 'NumberLessThan'],
    ['NumericGreaterThanEquals', 'NumberGreaterThanEquals'],
    ['NumericNotEqualsIfExists', 'NumberNotEqualsIfExists'],
  ])('writes the AWS operator %s as %s', (aws, huawei) => {
    const fixture = when({ [aws]: { 'g:MFAAge': '300' } }).replace(aws, `Nu|${aws.slice(2)}`);
    expect(applying(fixture, `Replace with \`${huawei}\``)).toContain(`"${huawei}": {`);
  });

  it('offers no Number operator that does not exist', () => {
    const fixture = when({ NumericFoo: { 'g:MFAAge': '300' } }).replace('Foo', 'F|oo');
    expect(titles(fixture)).toEqual([]);
  });

  it('writes an AWS key as its global g: equivalent', () => {
    const fixture = when({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } }).replace(
      'aws:',
      'aw|s:',
    );
    expect(titles(fixture)).toEqual(['Replace with `g:SourceIp`']);
    expect(applying(fixture, 'Replace with `g:SourceIp`')).toBe(
      when({ IpAddress: { 'g:SourceIp': ['10.0.0.0/8'] } }),
    );
  });

  it('offers nothing for an AWS key without a global equivalent', () => {
    const fixture = when({ Bool: { 'aws:ViaAWSService': 'true' } }).replace('aws:', 'aw|s:');
    expect(titles(fixture)).toEqual([]);
  });

  it('sets a Version written as the AWS date to 5.0', () => {
    const fixture = formatted({ Version: '2012-10-17', Statement: [] }).replace('2012', '20|12');
    expect(applying(fixture, 'Set `Version` to `5.0`')).toBe(
      formatted({ Version: '5.0', Statement: [] }),
    );
  });

  it('adds the set prefix a multi-valued key needs, ForAnyValue preferred', () => {
    const fixture = when({ StringEquals: { 'g:TagKeys': ['team'] } }).replace(
      'StringEquals',
      'String|Equals',
    );
    const { actions } = actionsAt(fixture);
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([
      ['Replace with `ForAnyValue:StringEquals`', true],
      ['Replace with `ForAllValues:StringEquals`', false],
    ]);
    expect(applying(fixture, 'Replace with `ForAllValues:StringEquals`')).toBe(
      when({ 'ForAllValues:StringEquals': { 'g:TagKeys': ['team'] } }),
    );
  });

  it('does not rename an operator onto one the condition already has', () => {
    const fixture = when({
      StringEquals: { 'g:TagKeys': ['team'] },
      'ForAnyValue:StringEquals': { 'g:TagKeys': ['env'] },
    }).replace('"StringEquals"', '"String|Equals"');
    expect(titles(fixture)).toEqual(['Replace with `ForAllValues:StringEquals`']);
  });

  it('offers the fixes that need no catalog before the catalogs load', () => {
    const { text, offset } = at(
      allow({ Action: ['*'] })
        .replace('"Allow"', '"allow"')
        .replace('"allow"', '"al|low"'),
    );
    const context = { policyType: 'identity' as const, catalogs: null };
    const found = codeActions(
      text,
      { offset, length: 0 },
      computeDiagnostics(text, context),
      context,
      formatting,
    );
    expect(found.map((a) => a.title)).toEqual(['Replace with `Allow`']);
  });
});

describe('format the document', () => {
  it('is offered when the document is not formatted, and formats it', () => {
    const fixture = '{"Version":"5.0",|"Statement":[{"Effect":"Allow","Action":["*"]}]}';
    expect(titles(fixture)).toContain('Format the document');
    expect(applying(fixture, 'Format the document')).toBe(
      formatted({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['*'] }] }),
    );
  });

  it('is not offered for a formatted document', () => {
    const fixture = formatted({ Version: '5.0', Statement: [] }).replace('{', '{|');
    expect(titles(fixture)).not.toContain('Format the document');
  });
});
