import { describe, expect, it } from 'vitest';
import { catalogFiles } from '../testing/catalog-files';
import { runCli } from '../testing/memory-io';

const policy = (statements: object[]) =>
  JSON.stringify({ Version: '5.0', Statement: statements }, null, 2);

const files = {
  ...catalogFiles(),
  'read.json': policy([
    {
      Sid: 'ReadServers',
      Effect: 'Allow',
      Action: ['ecs:cloudServers:get', 'ecs:cloudServers:list'],
    },
    {
      Effect: 'Allow',
      Action: ['ecs:cloudServers:create'],
      Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
    },
    {
      Effect: 'Allow',
      Action: ['ecs:cloudServers:tag'],
      Condition: { 'ForAllValues:StringEquals': { 'g:TagKeys': ['env', 'team'] } },
    },
  ]),
  'deny.json': JSON.stringify({
    Version: '5.0',
    Statement: [{ Sid: 'NoDelete', Effect: 'Deny', Action: ['ecs:*:delete*'] }],
  }),
  'full.json': policy([{ Effect: 'Allow', Action: ['*'] }]),
  'obs-only.json': policy([{ Effect: 'Allow', Action: ['obs:*:*'] }]),
  'not-json.json': '{ "Version": "5.0", ',
  'deny-alias.json': policy([
    { Effect: 'Allow', Action: ['*'] },
    { Effect: 'Deny', Action: ['ecs:cloudServers:remove'] },
  ]),
};

const evaluate = (...argv: string[]) =>
  runCli(['evaluate', ...argv], { files, unreadable: ['locked.json'] });

describe('evaluate: decisions and exit codes', () => {
  it('allows with exit 0 and names the decisive statement with file:line:column', async () => {
    const result = await evaluate(
      '--policy',
      'read.json',
      'deny.json',
      '--action',
      'ecs:cloudServers:get',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'decision: allow',
      'why: allowed by statement 1 (`ReadServers`) of policy `read.json`',
      '',
      'decisive statements:',
      '  read.json:4:5  statement 1 (`ReadServers`), Allow',
    ]);
    expect(lines).toContain('  deny.json (Version 5.0)');
    expect(lines).toContain('SCPs: none (the principal is not governed by SCPs)');
  });

  it('denies explicitly with exit 1, the Deny statement being decisive', async () => {
    const result = await evaluate(
      '--policy',
      'read.json',
      '--policy',
      'deny.json',
      '--action',
      'ecs:cloudServers:delete',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^decision: explicit-deny$/m);
    expect(result.stdout).toMatch(/^ {2}deny\.json:1:31 {2}statement 1 \(`NoDelete`\), Deny$/m);
  });

  it('denies implicitly with exit 1 when no statement allows', async () => {
    const result = await evaluate('--policy', 'read.json', '--action', 'obs:bucket:list');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^decision: implicit-deny$/m);
    expect(result.stdout).not.toContain('decisive statements:');
  });

  it('shows each condition with policy values, request values and result', async () => {
    const result = await evaluate(
      '--policy',
      'read.json',
      '--action',
      'ecs:cloudServers:create',
      '--context',
      'g:EnterpriseProjectId=0',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^ {6}read\.json:\d+:\d+ {2}StringEquals g:EnterpriseProjectId \["0"\] vs request \["0"\]: true \(value-matched\)/m,
    );
  });

  it('reads repeated --context keys as one multi-valued key', async () => {
    const args = ['--policy', 'read.json', '--action', 'ecs:cloudServers:tag', '--json'];
    const within = await evaluate(
      ...args,
      '--context',
      'g:TagKeys=env',
      '--context',
      'g:TagKeys=team',
    );
    expect(within.code).toBe(0);
    const condition = JSON.parse(within.stdout).identity[0].statements[2].conditions[0];
    expect(condition.requestValues).toEqual(['env', 'team']);
    const outside = await evaluate(
      ...args,
      '--context',
      'g:TagKeys=env',
      '--context',
      'g:TagKeys=cost',
    );
    expect(outside.code).toBe(1);
  });

  it('applies SCP levels in order: a level that allows nothing matching denies', async () => {
    const result = await evaluate(
      '--policy',
      'read.json',
      '--scp-level',
      'full.json',
      '--scp-level',
      'obs-only.json',
      '--action',
      'ecs:cloudServers:get',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^decision: denied-by-scp$/m);
    expect(result.stdout).toMatch(/^why: no SCP at level 1 allows `ecs:cloudServers:get`$/m);
    expect(result.stdout).toMatch(/^SCP level 0 \(root\): allows the request$/m);
    expect(result.stdout).toMatch(
      /^SCP level 1 \(account\): allows nothing matching the request$/m,
    );
  });

  it('words a level whose own Deny decided as denying, never as allowing', async () => {
    const result = await evaluate(
      '--policy',
      'read.json',
      '--scp-level',
      'full.json,deny.json',
      '--scp-level',
      'full.json',
      '--action',
      'ecs:cloudServers:delete',
    );
    expect(result.stdout).toMatch(/^decision: denied-by-scp$/m);
    expect(result.stdout).toMatch(
      /^SCP level 0 \(root\): denies the request \(a Deny at this level applies\)$/m,
    );
    expect(result.stdout).toMatch(/^SCP level 1 \(account\): allows the request$/m);
    expect(result.stdout).not.toMatch(/^SCP level 0 .*allows/m);
  });

  it('words a level whose Deny is left open by unknown context', async () => {
    const result = await runCli(
      [
        'evaluate',
        '--policy',
        'full.json',
        '--scp-level',
        'full.json,regional-deny.json',
        '--action',
        'ecs:cloudServers:get',
        '--unknown-context',
      ],
      {
        files: {
          ...files,
          'regional-deny.json': policy([
            {
              Effect: 'Deny',
              Action: ['*'],
              Condition: { StringEquals: { 'g:RequestedRegion': ['cn-north-4'] } },
            },
          ]),
        },
      },
    );
    expect(result.stdout).toMatch(/^decision: conditional$/m);
    expect(result.stdout).toMatch(
      /^SCP level 0 \(root\): allows the request, and denies it if the open conditions hold$/m,
    );
  });

  it('takes several SCPs of one level separated by commas (any Allow at the level suffices)', async () => {
    const result = await evaluate(
      '--policy',
      'read.json',
      '--scp-level',
      'obs-only.json,full.json',
      '--action',
      'ecs:cloudServers:get',
      '--json',
    );
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.scpLevels[0].policies.map((p: { policyId: string }) => p.policyId)).toEqual([
      'obs-only.json',
      'full.json',
    ]);
    expect(parsed.assumptions).toContain('scp-level-union');
  });

  it('is conditional (exit 1) with --unknown-context, listing what is left open', async () => {
    const result = await evaluate(
      '--policy',
      'read.json',
      '--action',
      'ecs:cloudServers:create',
      '--unknown-context',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^decision: conditional$/m);
    expect(result.stdout).toContain(
      'open conditions (unknown context):\n  allowed only if g:EnterpriseProjectId is 0\n',
    );
  });

  it('lists the assumptions the answer used, with their meaning', async () => {
    const result = await evaluate('--policy', 'read.json', '--action', 'ecs:cloudServers:create');
    expect(result.stdout).toContain(
      '\nassumptions used (Huawei documentation is silent or conflicts):\n',
    );
    expect(result.stdout).toContain(
      '\n  missing-key-plain-operator: an absent key makes a positive operator false and a negated operator true\n',
    );
  });

  it('prints the engine result as JSON with --json', async () => {
    const result = await evaluate(
      '--policy',
      'deny.json',
      '--action',
      'ecs:servers:delete',
      '--resource',
      'ecs:cn-north-4:1:instance:i-1',
      '--json',
    );
    const parsed = JSON.parse(result.stdout);
    expect(parsed.decision).toBe('explicit-deny');
    expect(parsed.decisive[0]).toMatchObject({
      policyId: 'deny.json',
      statementIndex: 0,
      sid: 'NoDelete',
    });
  });
});

describe('evaluate --unknown-context under an SCP Allow limited to one image', () => {
  const world = {
    files: {
      ...files,
      'images.json': policy([{ Effect: 'Allow', Action: ['ims:*'] }]),
      'one-image.json': policy([
        { Effect: 'Allow', Action: ['ims:*'], Resource: ['ims:*:*:image:img-1'] },
      ]),
    },
  };
  const run = (...more: string[]) =>
    runCli(
      [
        'evaluate',
        '--policy',
        'images.json',
        '--scp-level',
        'full.json',
        '--scp-level',
        'one-image.json',
        '--action',
        'ims:images:get',
        ...more,
      ],
      world,
    );

  it('is conditional while the image is unknown: a level whose Allow is open does not allow', async () => {
    const result = await run('--unknown-context');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^decision: conditional$/m);
    expect(result.stdout).toContain(
      'open conditions (unknown context):\n  SCP level 1 allows only if the resource matches ims:*:*:image:img-1\n',
    );
    expect(result.stdout).toMatch(
      /^SCP level 1 \(account\): allows the request only if the open conditions hold$/m,
    );
  });

  it('decides once the image is named', async () => {
    expect((await run('--unknown-context', '--resource', 'ims:r:a:image:img-1')).code).toBe(0);
    const other = await run('--unknown-context', '--resource', 'ims:r:a:image:img-2');
    expect(other.stdout).toMatch(/^decision: denied-by-scp$/m);
  });
});

describe('evaluate without --resource asks what the API matrix asks', () => {
  const world = {
    files: {
      ...files,
      'typed.json': policy([
        { Effect: 'Allow', Action: ['ecs:cloudServers:get'], Resource: ['ecs:*:*:instance:*'] },
        {
          Effect: 'Allow',
          Action: ['ecs:cloudServers:delete'],
          Resource: ['ecs:cn-north-4:*:instance:*'],
        },
      ]),
    },
  };
  const evaluateJson = async (action: string, ...more: string[]) => {
    const result = await runCli(
      ['evaluate', '--policy', 'typed.json', '--action', action, '--json', ...more],
      world,
    );
    return JSON.parse(result.stdout) as { decision: string; assumptions: string[] };
  };
  const matrixRow = async (action: string) => {
    const result = await runCli(['matrix', '--policy', 'typed.json', '--json'], world);
    const table = JSON.parse(result.stdout) as {
      rows: { action: string; actionDecision: string }[];
      actions: { action: string; decision: string }[];
      assumptions: string[];
    };
    return {
      row: table.rows.find((row) => row.action === action),
      verdict: table.actions.find((verdict) => verdict.action === action),
      assumptions: table.assumptions,
    };
  };

  it('decides an action with a required resource type as its matrix row does', async () => {
    const { row, assumptions } = await matrixRow('ecs:cloudServers:get');
    const evaluated = await evaluateJson('ecs:cloudServers:get');
    expect(row?.actionDecision).toBe('allow');
    expect(evaluated.decision).toBe(row?.actionDecision);
    // Both say what they assumed about the resource nobody named.
    expect(assumptions).toContain('unnamed-resource-of-action-types');
    expect(evaluated.assumptions).toContain('unnamed-resource-of-action-types');
  });

  it('leaves a pattern narrower than the type open, as the matrix does', async () => {
    // No API of the fixture catalog needs the action: the matrix's verdict for it is compared.
    const { verdict } = await matrixRow('ecs:cloudServers:delete');
    const evaluated = await evaluateJson('ecs:cloudServers:delete');
    expect(verdict?.decision).toBe('conditional');
    expect(evaluated.decision).toBe('conditional');
  });

  it('says which resource it asked about, and asks about `*` only when told to', async () => {
    const text = await runCli(
      ['evaluate', '--policy', 'typed.json', '--action', 'ecs:cloudServers:get'],
      world,
    );
    expect(text.stdout).toContain(
      '\nrequest: `ecs:cloudServers:get` on some `instance` resource (no resource named: as the API matrix asks)\n',
    );
    expect(text.stdout).toMatch(/^ {2}unnamed-resource-of-action-types: a request that names/m);
    const star = await evaluateJson('ecs:cloudServers:get', '--resource', '*');
    expect(star.decision).toBe('implicit-deny');
    expect(star.assumptions).not.toContain('unnamed-resource-of-action-types');
  });

  it('requests an action without resource types on `*`, listing no resource assumption', async () => {
    const evaluated = await evaluateJson('ecs:cloudServers:list');
    expect(evaluated.decision).toBe('implicit-deny');
    expect(evaluated.assumptions).not.toContain('unnamed-resource-of-action-types');
  });
});

describe('evaluate: bad input (exit 64, one line)', () => {
  const cases: [string, string[], string][] = [
    [
      'missing --policy',
      ['--action', 'a:b:c'],
      'missing required option `--policy` (see `policy-workbench evaluate --help`)',
    ],
    [
      'missing --action',
      ['--policy', 'read.json'],
      'missing required option `--action` (see `policy-workbench evaluate --help`)',
    ],
    [
      'missing policy file',
      ['--policy', 'nope.json', '--action', 'a:b:c'],
      'cannot read `nope.json`: no such file or directory',
    ],
    [
      'missing SCP file',
      ['--policy', 'read.json', '--scp-level', 'full.json,gone.json', '--action', 'a:b:c'],
      'cannot read `gone.json`: no such file or directory',
    ],
    [
      'policy that is not JSON',
      ['--policy', 'not-json.json', '--action', 'a:b:c'],
      '`not-json.json` is not a policy document (1:21: json syntax error: ',
    ],
    [
      'context without =',
      ['--policy', 'read.json', '--action', 'a:b:c', '--context', 'g:Key'],
      'context `g:Key` is not KEY=VALUE',
    ],
    [
      'empty SCP level',
      ['--policy', 'read.json', '--action', 'a:b:c', '--scp-level', ','],
      '`--scp-level` needs at least one file',
    ],
    [
      'unreadable policy file',
      ['--policy', 'locked.json', '--action', 'a:b:c'],
      'cannot read `locked.json`: permission denied',
    ],
    [
      '--batch with --action',
      ['--batch', 'x.jsonl', '--action', 'a:b:c'],
      '`--batch` takes its policies and requests from the file, not `--action`',
    ],
    [
      '--batch with --unknown-context',
      ['--batch', 'x.jsonl', '--unknown-context'],
      '`--batch` takes its policies and requests from the file, not `--unknown-context`',
    ],
  ];
  it.each(cases)('%s', async (_name, argv, message) => {
    const result = await evaluate(...argv);
    expect(result.code).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`policy-workbench: ${message}`)).toBe(true);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('evaluate: an action and its catalog aliases are the same action', () => {
  it('denies the action whose alias a Deny names, and says through which alias', async () => {
    const result = await evaluate(
      '--policy',
      'deny-alias.json',
      '--action',
      'ecs:cloudServers:delete',
    );
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'decision: explicit-deny',
      'why: denied by statement 2 of policy `deny-alias.json`, matched through alias `ecs:cloudServers:remove`',
    ]);
    expect(result.stdout).toContain(
      'action and resource match (matched through alias `ecs:cloudServers:remove`)',
    );
  });

  it('leaves an action without that alias allowed', async () => {
    const result = await evaluate(
      '--policy',
      'deny-alias.json',
      '--action',
      'ecs:cloudServers:get',
    );
    expect(result.code).toBe(0);
  });
});
