import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyIssue } from '../policy/policy-types';
import { CHECK_REGISTRY, listChecks } from './check-registry';
import { FIXTURE_LOOKUP } from './lint-case';
import { validatePolicy } from './validate-policy';

const engineDir = fileURLToPath(new URL('..', import.meta.url));
const CODE_LITERAL = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g;

/** Code-like string literals in the TypeScript files of these engine folders. */
function codesIn(folders: string[], tests: boolean): Set<string> {
  const codes = new Set<string>();
  for (const folder of folders) {
    for (const file of readdirSync(join(engineDir, folder))) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') !== tests) continue;
      // The registry defines the codes; the policy types name the severities.
      if (file === 'check-registry.ts' || file === 'policy-types.ts') continue;
      const source = readFileSync(join(engineDir, folder, file), 'utf8');
      for (const match of source.matchAll(CODE_LITERAL)) codes.add(match[1] ?? '');
    }
  }
  return codes;
}

describe('check registry', () => {
  const registered = new Set(Object.keys(CHECK_REGISTRY));
  const emitted = codesIn(['policy', 'validate'], false);

  it('lists every code the parser and the validator can emit, and no other', () => {
    expect([...emitted].filter((code) => !registered.has(code))).toEqual([]);
    expect([...registered].filter((code) => !emitted.has(code))).toEqual([]);
  });

  it('has a test case for every code', () => {
    const tested = codesIn(['policy', 'validate'], true);
    expect([...registered].filter((code) => !tested.has(code))).toEqual([]);
  });

  it('has at least 40 checks, each with a one-line lower-case summary', () => {
    const checks = listChecks();
    expect(checks.length).toBeGreaterThanOrEqual(40);
    for (const check of checks) {
      expect(check.summary).not.toMatch(/\n|\.$/);
      expect(check.summary.charAt(0)).not.toMatch(/[A-Z]/);
    }
  });
});

describe('validatePolicy', () => {
  it('finds nothing in a tidy policy', () => {
    const text = JSON.stringify({
      Version: '5.0',
      Statement: [
        {
          Sid: 'ReadImages',
          Effect: 'Allow',
          Action: ['ims:images:get', 'ims:images:list'],
          Resource: ['*'],
          Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
        },
        {
          Sid: 'NoUnencryptedSharing',
          Effect: 'Deny',
          Action: ['ims:images:share'],
          Resource: ['ims:*:*:image:*'],
          Condition: { Bool: { 'ims:Encrypted': ['false'] } },
        },
      ],
    });
    expect(validatePolicy({ text, policyType: 'identity', lookup: FIXTURE_LOOKUP }).issues).toEqual(
      [],
    );
  });

  it('returns parse issues and no policy for text that is not an object', () => {
    const result = validatePolicy({ text: '[]', policyType: 'scp' });
    expect(result.policy).toBeNull();
    expect(result.issues.map((issue) => issue.code)).toEqual(['DATA_TYPE_MISMATCH']);
  });

  // Generous timeout: the CPU is shared, and the point is that it finishes, not how fast.
  it('reads a multi-megabyte policy and reports its size alone', { timeout: 60_000 }, () => {
    const actions = Array.from({ length: 100_000 }, (_, i) => `ims:images:op${i}`);
    actions.push('ims:images:*');
    const text = JSON.stringify({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: actions }],
    });
    const { issues } = validatePolicy({ text, policyType: 'identity' });
    const count = (code: string): number => issues.filter((issue) => issue.code === code).length;
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(issues.map((issue) => issue.code)).toEqual(['POLICY_SIZE_EXCEEDED']);
    expect(count('REDUNDANT_ACTION')).toBe(0);
  });

  it('orders issues by position in the text', () => {
    const text =
      '{"Statement":[{"Effect":"allow","Action":["nova:x:y","ims:images:shar"],"Principal":"*"}]}';
    const offsets = validatePolicy({
      text,
      policyType: 'identity',
      lookup: FIXTURE_LOOKUP,
    }).issues.map((issue) => issue.range.offset);
    expect(offsets.length).toBeGreaterThan(3);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});

describe('validatePolicy properties', () => {
  const wellFormed = (text: string, issues: PolicyIssue[]): boolean =>
    issues.every(
      (issue) =>
        issue.range.offset >= 0 &&
        issue.range.length >= 0 &&
        issue.range.offset + issue.range.length <= text.length &&
        issue.severity === CHECK_REGISTRY[issue.code as keyof typeof CHECK_REGISTRY]?.severity &&
        !issue.message.includes('\n') &&
        !/^[A-Z]/.test(issue.message) &&
        !issue.message.endsWith('.'),
    );
  const policyType = fc.constantFrom('identity' as const, 'scp' as const);

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), policyType, (text, type) => {
        const { issues } = validatePolicy({ text, policyType: type, lookup: FIXTURE_LOOKUP });
        expect(wellFormed(text, issues)).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), policyType, (text, type) => {
        const { issues } = validatePolicy({ text, policyType: type, lookup: FIXTURE_LOOKUP });
        expect(wellFormed(text, issues)).toBe(true);
      }),
    );
  });

  const word = fc.oneof(
    fc.constantFrom(
      '*',
      'ims:images:get',
      'ims:images:*',
      'IMS:*:list',
      'nova:a:b',
      'vpc:publicIps:create',
      'ims:*:*:image:*',
      'bms:*:*:server:x',
      '5.0',
      '1.1',
      'Allow',
      'Deny',
      'true',
      '10.0.0.0/8',
      '2025-01-01',
      '${g:UserName}',
    ),
    fc.string({ maxLength: 12 }),
  );
  const values = fc.oneof(word, fc.array(word, { maxLength: 4 }), fc.integer(), fc.boolean());
  const condition = fc.dictionary(
    fc.constantFrom(
      'StringEquals',
      'ForAllValues:StringMatch',
      'Bool',
      'Null',
      'IpAddress',
      'NumberLessThan',
      'DateGreaterThan',
      'IsNull',
      'NumericEquals',
      'x:y',
    ),
    fc.dictionary(
      fc.constantFrom(
        'g:UserName',
        'g:TagKeys',
        'g:SourceIp',
        'g:MFAAge',
        'ims:Encrypted',
        'g:ResourceTag/a',
        'bad key',
      ),
      values,
    ),
  );
  const statementArb = fc.record(
    {
      Sid: word,
      Effect: word,
      Action: values,
      NotAction: values,
      Resource: values,
      NotResource: values,
      Condition: condition,
      Principal: word,
    },
    { requiredKeys: [] },
  );
  const policyArb = fc.record(
    { Version: word, Statement: fc.oneof(fc.array(statementArb, { maxLength: 4 }), statementArb) },
    { requiredKeys: [] },
  );

  it('never throws on policy-shaped documents, however wrong', () => {
    fc.assert(
      fc.property(policyArb, policyType, fc.constantFrom(0, 2), (policy, type, indent) => {
        const text = JSON.stringify(policy, null, indent);
        const { issues } = validatePolicy({ text, policyType: type, lookup: FIXTURE_LOOKUP });
        expect(wellFormed(text, issues)).toBe(true);
      }),
    );
  });
});
