import { describe, expect, it } from 'vitest';
import { catalogFiles } from '../testing/catalog-files';
import { runCli } from '../testing/memory-io';

const policy = (statements: object[]) => JSON.stringify({ Version: '5.0', Statement: statements });

const files = {
  ...catalogFiles(),
  'create.json': policy([
    {
      Effect: 'Allow',
      Action: ['ecs:cloudServers:create', 'ecs:cloudServers:list', 'vpc:publicIps:create'],
    },
  ]),
  'create-only.json': policy([{ Effect: 'Allow', Action: ['ecs:cloudServers:create'] }]),
  'read.json': policy([{ Effect: 'Allow', Action: ['ecs:*:get', 'ecs:*:list'] }]),
  'tagged.json': policy([
    {
      Effect: 'Allow',
      Action: ['ecs:*:get'],
      Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
    },
  ]),
  'deny-get.json': policy([{ Effect: 'Deny', Action: ['ecs:cloudServers:get'] }]),
  'full.json': policy([{ Effect: 'Allow', Action: ['*'] }]),
  'vpc-only.json': policy([{ Effect: 'Allow', Action: ['vpc:*:*'] }]),
  'north-4.json': policy([
    {
      Effect: 'Allow',
      Action: ['ecs:cloudServers:get'],
      Resource: ['ecs:cn-north-4:acct1:instance:*'],
    },
  ]),
};

const run = (...argv: string[]) => runCli(argv, { files });
const rowOf = (stdout: string, path: string) =>
  stdout
    .split('\n')
    .find((line) => line.includes(` ${path} `))
    ?.split(/ {2,}/);

describe('matrix', () => {
  it('gives each API a status, with the dependencies it misses', async () => {
    const result = await run('matrix', '--policy', 'create-only.json');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(
      /^SERVICE +METHOD +API +ACTION +STATUS +MISSING DEPENDENCIES +REASON$/,
    );
    const create = rowOf(result.stdout, '/v1/{project_id}/cloudservers');
    expect(create?.slice(0, 6)).toEqual([
      'ecs',
      'POST',
      '/v1/{project_id}/cloudservers',
      'ecs:cloudServers:create',
      'allowed-missing-dependencies',
      'ecs:cloudServers:list, vpc:publicIps:create (only when: creating an EIP with the server)',
    ]);
    expect(rowOf(result.stdout, '/v1/{project_id}/cloudservers/{server_id}')?.[4]).toBe(
      'implicit-deny',
    );
    expect(result.stdout).toMatch(
      /^2 API\(s\) of ecs-5\.0 \(model 5\.0\): 1 allowed-missing-dependencies, 1 implicit-deny$/m,
    );
    expect(result.stdout).toMatch(/^assumed: a request that names no resource \(the API matrix;/m);
  });

  it('builds request URNs from --region, --account-id and --resource-id', async () => {
    const get = '/v1/{project_id}/cloudservers/{server_id}';
    const statusWith = async (...scope: string[]) =>
      rowOf((await run('matrix', '--policy', 'north-4.json', ...scope)).stdout, get)?.[4];
    expect(await statusWith()).toBe('conditional');
    expect(await statusWith('--region', 'cn-north-4')).toBe('conditional');
    expect(await statusWith('--region', 'cn-north-4', '--account-id', 'acct1')).toBe('allowed');
    expect(await statusWith('--region', 'cn-south-1')).toBe('implicit-deny');
    const json = await run(
      'matrix',
      '--policy',
      'north-4.json',
      '--region',
      'cn-north-4',
      '--resource-id',
      'instance=i-1',
      '--json',
    );
    const row = (JSON.parse(json.stdout) as { rows: { path: string; reason: string }[] }).rows.find(
      (r) => r.path === get,
    );
    expect(row?.reason).toContain('(the account ID of ecs:cn-north-4:*:instance:i-1 is not given)');
  });

  it('lists the resource scope options in its help', async () => {
    const result = await run('matrix', '--help');
    expect(result.stdout).toMatch(/--region R/);
    expect(result.stdout).toMatch(/--account-id A/);
    expect(result.stdout).toMatch(/--resource-id \[TYPE=\]ID/);
  });

  it('applies the SCP chain', async () => {
    const result = await run(
      'matrix',
      '--policy',
      'read.json',
      '--scp-level',
      'full.json',
      '--scp-level',
      'vpc-only.json',
    );
    expect(rowOf(result.stdout, '/v1/{project_id}/cloudservers/{server_id}')?.[4]).toBe(
      'denied-by-scp',
    );
  });

  it('evaluates with the given context, or leaves it open with --unknown-context', async () => {
    const known = await run(
      'matrix',
      '--policy',
      'tagged.json',
      '--context',
      'g:EnterpriseProjectId=0',
      '--json',
    );
    const get = (stdout: string) =>
      JSON.parse(stdout).rows.find(
        (row: { action: string }) => row.action === 'ecs:cloudServers:get',
      ).status;
    expect(get(known.stdout)).toBe('allowed');
    const open = await run('matrix', '--policy', 'tagged.json', '--unknown-context', '--json');
    expect(get(open.stdout)).toBe('conditional');
  });

  it('writes CSV and Markdown', async () => {
    const csv = await run('matrix', '--policy', 'read.json', '--format', 'csv');
    expect(csv.stdout.split('\r\n')).toEqual([
      'SERVICE,METHOD,API,ACTION,STATUS,MISSING DEPENDENCIES,REASON',
      'ecs,POST,/v1/{project_id}/cloudservers,ecs:cloudServers:create,implicit-deny,,no statement allows ecs:cloudServers:create',
      expect.stringMatching(
        /^ecs,GET,\/v1\/\{project_id\}\/cloudservers\/\{server_id\},ecs:cloudServers:get,allowed,,/,
      ),
      '',
    ]);
    const md = await run('matrix', '--policy', 'read.json', '--format', 'md');
    expect(md.stdout.split('\n').slice(0, 2)).toEqual([
      '| SERVICE | METHOD | API | ACTION | STATUS | MISSING DEPENDENCIES | REASON |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    ]);
    expect(md.stdout).toContain('\ncatalogs 1.20250101.0badc0de (sources up to 2025-01-01)\n');
  });

  it('gives the whole matrix as JSON with --json or --format json', async () => {
    for (const flags of [['--json'], ['--format', 'json']]) {
      const result = await run('matrix', '--policy', 'read.json', ...flags);
      const matrix = JSON.parse(result.stdout);
      expect(matrix.catalogIds).toEqual(['ecs-5.0']);
      expect(matrix.counts.allowed).toBe(1);
      expect(matrix.catalogs).toEqual({ version: '1.20250101.0badc0de', date: '2025-01-01' });
    }
  });

  it('keeps only the services asked for, and rejects unknown ones', async () => {
    const result = await run('matrix', '--policy', 'read.json', '--service', 'ECS', '--json');
    expect(JSON.parse(result.stdout).rows).toHaveLength(2);
    const unknown = await run('matrix', '--policy', 'read.json', '--service', 'ecz');
    expect(unknown).toEqual({
      code: 64,
      stdout: '',
      stderr: 'policy-workbench: no 5.0 catalog for service `ecz` (did you mean `ecs`?)\n',
    });
  });

  it.each([
    [
      ['--policy', 'read.json', '--format', 'xml'],
      '`--format` must be table, json, csv or md, not `xml`',
    ],
    [['--policy', 'read.json', '--format', 'csv', '--json'], '`--json` contradicts `--format csv`'],
    [
      ['--format', 'csv'],
      'missing required option `--policy` (see `policy-workbench matrix --help`)',
    ],
    [['--policy', 'gone.json'], 'cannot read `gone.json`: no such file or directory'],
  ])('bad input %j: one line, exit 64', async (argv, message) => {
    expect(await run('matrix', ...argv)).toEqual({
      code: 64,
      stdout: '',
      stderr: `policy-workbench: ${message}\n`,
    });
  });
});

describe('diff', () => {
  it('lists APIs and actions newly allowed, with the reason; exit 1 on changes', async () => {
    const result = await run('diff', '--before', 'create-only.json', '--after', 'create.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'APIs newly allowed (1):\n  ecs-5.0 POST /v1/{project_id}/cloudservers (ecs:cloudServers:create)  allowed-missing-dependencies → allowed: ',
    );
    expect(result.stdout).toContain(
      'actions newly allowed (2):\n  ecs:cloudServers:list  implicit-deny → allow: allowed by statement 1 of policy `create.json`\n',
    );
  });

  it('lists newly denied APIs when a Deny is added', async () => {
    const result = await run(
      'diff',
      '--before',
      'read.json',
      '--after',
      'read.json',
      'deny-get.json',
      '--json',
    );
    expect(result.code).toBe(1);
    const diff = JSON.parse(result.stdout);
    expect(diff.apis.newlyDenied).toEqual([
      expect.objectContaining({
        action: 'ecs:cloudServers:get',
        before: 'allowed',
        after: 'explicit-deny',
      }),
    ]);
  });

  it('compares one policy set under two SCP chains with --after-scp-level', async () => {
    const result = await run(
      'diff',
      '--before',
      'read.json',
      '--scp-level',
      'full.json',
      '--after-scp-level',
      'vpc-only.json',
      '--json',
    );
    const diff = JSON.parse(result.stdout);
    expect(diff.apis.newlyDenied.map((change: { after: string }) => change.after)).toEqual([
      'denied-by-scp',
    ]);
  });

  it('says nothing changes, with exit 0, for identical sets', async () => {
    const result = await run('diff', '--before', 'read.json', '--after', 'read.json');
    expect(result).toEqual({
      code: 0,
      stdout: 'no API or action changes its outcome\n',
      stderr: '',
    });
  });

  it.each([
    [
      ['--after', 'read.json'],
      'missing required option `--before` (see `policy-workbench diff --help`)',
    ],
    [
      ['--before', 'read.json'],
      'give `--after` or `--after-scp-level` (see `policy-workbench diff --help`)',
    ],
    [
      ['--before', 'read.json', '--after', 'nope.json'],
      'cannot read `nope.json`: no such file or directory',
    ],
  ])('bad input %j: one line, exit 64', async (argv, message) => {
    expect(await run('diff', ...argv)).toEqual({
      code: 64,
      stdout: '',
      stderr: `policy-workbench: ${message}\n`,
    });
  });
});
