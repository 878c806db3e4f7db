import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real command from source, as `npm run policy` starts it: node with tsx's loader, the real
 * files. The compiled command is tested from an installed tarball (`src/build/package.test.ts`).
 */
const bin = fileURLToPath(new URL('./bin.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const elsewhere = mkdtempSync(join(tmpdir(), 'policy-workbench-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

function run(argv: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, bin, ...argv], {
    cwd: elsewhere,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin.ts in a subprocess, from a directory outside the repo', () => {
  it('prints the help with exit 0', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: policy-workbench COMMAND [OPTIONS]');
    expect(result.stderr).toBe('');
  });

  it('accepts a documented action printed off the usual shape (`sms::getConfig`) as the catalog writes it', () => {
    writeFileSync(
      join(elsewhere, 'odd.json'),
      JSON.stringify({
        Version: '5.0',
        Statement: [{ Effect: 'Allow', Action: ['sms::getConfig', 'sms::nothing'] }],
      }),
    );
    const result = run(['validate', 'odd.json', '--json']);
    const output = JSON.parse(result.stdout) as {
      files: { issues: { code: string; message: string }[] }[];
    };
    const findings = output.files.flatMap((file) => file.issues);
    const formats = findings.filter((finding) => finding.code === 'INVALID_ACTION_FORMAT');
    expect(formats.map((finding) => finding.message)).toEqual([
      'action `sms::nothing` has an empty part',
    ]);
  });

  it('exits 0 on allow and 1 on deny, reading files relative to the working directory', () => {
    writeFileSync(
      join(elsewhere, 'p.json'),
      JSON.stringify({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['ecs:*:list*'] }] }),
    );
    expect(
      run(['evaluate', '--policy', 'p.json', '--action', 'ecs:cloudServers:listServersDetails'])
        .code,
    ).toBe(0);
    const denied = run([
      'evaluate',
      '--policy',
      'p.json',
      '--action',
      'ecs:cloudServers:deleteServers',
    ]);
    expect(denied.code).toBe(1);
    expect(denied.stdout).toMatch(/^decision: implicit-deny$/m);
  });

  it('reports bad input as one line on stderr with exit 64, never a stack trace', () => {
    const result = run(['evaluate', '--policy', 'missing.json', '--action', 'a:b:c']);
    expect(result).toEqual({
      code: 64,
      stdout: '',
      stderr: 'policy-workbench: cannot read `missing.json`: no such file or directory\n',
    });
  });

  it("streams --batch answers from standard input and finds the repo's catalogs from anywhere", () => {
    const line = {
      id: 1,
      identityPolicies: [],
      scps: [],
      request: { action: 'ecs:cloudServers:list' },
    };
    const batch = run(['evaluate', '--batch', '-'], JSON.stringify(line) + '\n');
    expect(batch.code).toBe(0);
    expect(JSON.parse(batch.stdout)).toMatchObject({ id: 1, decision: 'implicit-deny' });
    const expand = run(['expand', 'ecs:*', '--json']);
    expect(expand.code).toBe(0);
    expect(JSON.parse(expand.stdout).actions.length).toBeGreaterThan(0);
  });

  it('denies through an alias in evaluate, matrix and --batch alike (bundled SMS catalog)', () => {
    // Allow everything, Deny a legacy name: 19 SMS actions answer to it as their alias.
    const policy = {
      Version: '5.0',
      Statement: [
        { Effect: 'Allow', Action: ['*'] },
        { Effect: 'Deny', Action: ['sms:server:migrationServer'] },
      ],
    };
    writeFileSync(join(elsewhere, 'alias.json'), JSON.stringify(policy));
    const evaluated = run([
      'evaluate',
      '--policy',
      'alias.json',
      '--action',
      'sms:template:create',
    ]);
    expect(evaluated.code).toBe(1);
    expect(evaluated.stdout).toMatch(/^decision: explicit-deny$/m);
    expect(evaluated.stdout).toContain('matched through alias `sms:server:migrationServer`');

    const matrix = run(['matrix', '--policy', 'alias.json', '--service', 'sms', '--json']);
    expect(matrix.code).toBe(0);
    const table = JSON.parse(matrix.stdout) as {
      rows: { action: string; status: string; actionDecision: string }[];
    };
    const row = table.rows.find((r) => r.action === 'sms:template:create');
    expect(row?.status).toBe('explicit-deny');

    // Every SMS row's action verdict is the one evaluate gives that action.
    const actions = [...new Set(table.rows.map((r) => r.action))];
    const lines = actions.map((action) =>
      JSON.stringify({ id: action, identityPolicies: [policy], scps: [], request: { action } }),
    );
    const batch = run(['evaluate', '--batch', '-'], lines.join('\n') + '\n');
    expect(batch.code).toBe(0);
    const decisions = Object.fromEntries(
      batch.stdout
        .trimEnd()
        .split('\n')
        .map((text) => JSON.parse(text) as { id: string; decision: string })
        .map((answer) => [answer.id, answer.decision]),
    );
    expect(Object.values(decisions).filter((d) => d === 'explicit-deny').length).toBeGreaterThan(
      10,
    );
    for (const r of table.rows)
      expect([r.action, decisions[r.action]]).toEqual([r.action, r.actionDecision]);
  });
});
