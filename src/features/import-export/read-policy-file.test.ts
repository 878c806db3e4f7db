import { describe, expect, it } from 'vitest';
import { readPolicyFile } from './read-policy-file';
import { draftFileName, workspaceExport } from './workspace-export';

const identityText =
  '{\n  "Version": "5.0",\n  "Statement": [{ "Effect": "Allow", "Action": ["ims:images:list"] }]\n}\n';
const denyText =
  '{"Version":"5.0","Statement":[{"Effect":"Deny","Action":["ims:images:share"],"Resource":["*"]}]}';

describe('readPolicyFile', () => {
  it('reads a policy document as a draft named after the file, keeping its text as written', () => {
    expect(readPolicyFile('read-only-ims.json', identityText)).toEqual({
      kind: 'draft',
      draft: { name: 'read-only-ims', policyType: 'identity', text: identityText },
      typeReason: 'it is not marked as an SCP',
    });
  });

  it('guesses SCP from the file name or from deny-only statements', () => {
    expect(readPolicyFile('org-scp.json', identityText)).toMatchObject({
      draft: { policyType: 'scp' },
      typeReason: 'its file name says SCP',
    });
    expect(readPolicyFile('guardrail.json', denyText)).toMatchObject({
      draft: { policyType: 'scp' },
      typeReason: 'all its statements deny',
    });
    expect(readPolicyFile('scope.json', identityText)).toMatchObject({
      draft: { policyType: 'identity' },
    });
  });

  it('reads a catalog-style entry with its own name and type', () => {
    const entry = {
      name: 'IMS ReadOnlyAccess',
      policyType: 'identity',
      document: JSON.parse(identityText),
    };
    expect(readPolicyFile('entry.json', JSON.stringify(entry))).toMatchObject({
      kind: 'draft',
      draft: { name: 'IMS ReadOnlyAccess', policyType: 'identity' },
    });
  });

  it.each([
    ['empty.json', '  \n', 'the file is empty'],
    [
      'broken.json',
      '{\n  "Version": "5.0",\n  "Statement": [\n',
      'the file is not valid JSON: close bracket expected on line 4',
    ],
    ['list.json', '[1, 2]', 'the file is not a policy: it has no `Statement`'],
    ['other.json', '{"name": "package"}', 'the file is not a policy: it has no `Statement`'],
    [
      'huge.json',
      `{"Statement": "${'x'.repeat(1_000_001)}"}`,
      'the policy is longer than 1,000,000 characters, the most a draft holds',
    ],
    [
      'enormous.json',
      `{"Statement": "${'x'.repeat(5_000_001)}"}`,
      'the file is longer than 5,000,000 characters',
    ],
    [
      'deep.json',
      `{"Statement": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      'the file nests deeper than 64 levels (line 1)',
    ],
  ])('refuses %s with a message', (name, text, message) => {
    expect(readPolicyFile(name, text)).toEqual({ kind: 'error', message });
  });
});

describe('the largest draft', () => {
  it('is accepted at exactly the limit a draft holds, so an exported draft imports again', () => {
    const head = '{"Version": "5.0", "Statement": [], "Padding": "';
    const text = `${head}${'x'.repeat(1_000_000 - head.length - 2)}"}`;
    expect(text).toHaveLength(1_000_000);
    expect(readPolicyFile('big.json', text)).toMatchObject({ kind: 'draft', draft: { text } });
  });
});

describe('workspace export', () => {
  const drafts = [
    { id: 'a', name: 'Read-only IMS', policyType: 'identity' as const, text: identityText },
    { id: 'b', name: 'Deny sharing', policyType: 'scp' as const, text: denyText },
  ];
  const scenario = {
    scpChain: { governed: true, levels: [{ name: 'Account', scpIds: ['b'] }] },
    context: { 'g:RequestedRegion': 'cn-north-4' },
  };
  const deleteDenied = {
    id: 'e1',
    target: { kind: 'action' as const, action: 'ims:images:delete' },
    expect: 'denied' as const,
  };
  // Expectations of drafts not exported (and empty lists) stay out of the file.
  const expectations = { a: [deleteDenied], b: [], gone: [deleteDenied] };
  const evaluation = {
    activeDraftId: 'b',
    lastIdentityDraftId: 'a',
    identityDraftIds: null,
    unknownContext: false,
    services: ['ims'],
    resourceScope: { region: 'cn-north-4', accountId: 'acct1', resourceId: '' },
  };

  it('is versioned and reads back as the same drafts, expectations, SCP chain, context and evaluator settings', () => {
    const file = workspaceExport(
      drafts,
      expectations,
      scenario,
      evaluation,
      new Date('2025-01-02T03:04:05Z'),
    );
    expect(file).toMatchObject({
      app: 'policy-workbench',
      kind: 'workspace',
      version: 1,
      exportedAt: '2025-01-02T03:04:05.000Z',
    });
    expect(readPolicyFile('workspace.json', JSON.stringify(file))).toEqual({
      kind: 'workspace',
      bundle: { drafts, expectations: { a: [deleteDenied] }, ...scenario, evaluation },
    });
  });

  it('refuses a workspace file with a bad draft, saying which', () => {
    const file = workspaceExport(drafts, expectations, scenario, evaluation, new Date());
    const damaged = { ...file, drafts: [file.drafts[0], { ...file.drafts[1], text: 42 }] };
    expect(readPolicyFile('workspace.json', JSON.stringify(damaged))).toEqual({
      kind: 'error',
      message: 'draft 2 (`Deny sharing`) has no policy text',
    });
  });

  const named = (names: string[]) => drafts.map((draft, i) => ({ ...draft, name: names[i] ?? '' }));
  const governedBy = (level: string) => ({
    ...scenario,
    scpChain: { governed: true, levels: [{ name: level, scpIds: ['b'] }] },
  });
  it.each([
    [
      'a draft name with markup',
      named(['Read-only IMS', '<img src=x onerror=alert(1)>']),
      scenario,
      'draft 2 has a name that looks like markup or script',
    ],
    [
      'a draft name with a bidi override',
      named(['Read\u202eSMI', 'Deny sharing']),
      scenario,
      'draft 1 has a name that looks like markup or script',
    ],
    [
      'an SCP level name with markup',
      drafts,
      governedBy('<svg onload=x>'),
      'SCP level 1 has a name that looks like markup or script',
    ],
  ])('refuses a workspace file with %s, as a shared link is refused', (_case, d, s, message) => {
    const file = workspaceExport(d, expectations, s, evaluation, new Date());
    expect(readPolicyFile('workspace.json', JSON.stringify(file))).toEqual({
      kind: 'error',
      message,
    });
  });

  it('names draft files safely', () => {
    expect(draftFileName('Deny: sharing / outside?')).toBe('Deny_ sharing _ outside.json');
    expect(draftFileName('只读 IMS')).toBe('只读 IMS.json');
    expect(draftFileName('///')).toBe('policy.json');
  });
});
