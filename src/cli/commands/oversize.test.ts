import { describe, expect, it } from 'vitest';
import { catalogFiles } from '../testing/catalog-files';
import { runCli } from '../testing/memory-io';

const allowAll = (count: number) =>
  JSON.stringify({
    Version: '5.0',
    Statement: Array.from({ length: count }, () => ({ Effect: 'Allow', Action: ['*'] })),
  });
/** 123,437 `Allow *` statements: 4 MB, the policy that once overflowed the stack (exit 70). */
const huge = allowAll(123_437);
/** 60,000 of them: under the CLI's 3,000,000-byte read limit, far past what the engine reads. */
const large = allowAll(60_000);
/** A condition value nested 100,000 arrays deep: far past the parser's depth. */
const deep = `{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["*"],"Condition":{"StringEquals":{"g:UserName":${'['.repeat(100_000)}${']'.repeat(100_000)}}}}]}`;
const small = JSON.stringify({
  Version: '5.0',
  Statement: [{ Effect: 'Allow', Action: ['ecs:cloudServers:list'] }],
});
const files = {
  ...catalogFiles(),
  '/package.json': JSON.stringify({ version: '1.2.3' }),
  'huge.json': huge,
  'large.json': large,
  'deep.json': deep,
  'small.json': small,
};
const run = (...argv: string[]) => runCli(argv, { files });

describe('policies too large or too deep to read', () => {
  it('the 123,437-statement file is refused before it is read (exit 64)', async () => {
    const result = await run('validate', 'huge.json');
    expect(result).toMatchObject({ code: 64, stdout: '' });
    expect(result.stderr).toBe(
      'policy-workbench: cannot read `huge.json`: larger than 3,000,000 bytes, the most read for it\n',
    );
  });

  it('validate: one size finding, exit 2', async () => {
    const started = performance.now();
    const result = await run('validate', 'large.json');
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      /^large\.json:1:6145 {2}ERROR {2}POLICY_SIZE_EXCEEDED {2}the policy is 2040031 characters long; identity policies allow 6144 .*it is not read\n/,
    );
    expect(result.stdout).toMatch(/1 file\(s\) checked: 1 finding\(s\) \(1 ERROR\)\n$/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('validate: a value nested too deep is one finding, exit 2', async () => {
    const result = await run('validate', 'deep.json', '--format', 'sarif');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('"ruleId": "JSON_TOO_DEEP"');
  });

  it.each([
    ['evaluate', '--policy', 'large.json', '--action', 'ecs:cloudServers:list'],
    [
      'evaluate',
      '--policy',
      'small.json',
      '--scp-level',
      'large.json',
      '--action',
      'ecs:cloudServers:list',
    ],
    ['matrix', '--policy', 'large.json'],
    ['diff', '--before', 'small.json', '--after', 'large.json'],
  ])(
    '%s … large.json: bad input (exit 64) with the size, not an internal error',
    async (...argv) => {
      const result = await run(...argv);
      expect(result).toMatchObject({ code: 64, stdout: '' });
      expect(result.stderr).toMatch(
        /^policy-workbench: `large\.json` is not evaluated: the policy is 2040031 characters long; (identity policies|SCPs) allow \d+.*it is not read\n$/,
      );
    },
  );

  it('evaluate: a policy nested too deep is bad input (exit 64)', async () => {
    const result = await run(
      'evaluate',
      '--policy',
      'deep.json',
      '--action',
      'ecs:cloudServers:list',
    );
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(
      /`deep\.json` is not a policy document \(1:\d+: json nests deeper than 32 levels\)/,
    );
  });

  it('evaluate --batch: a line nested too deep is an error answer for that line (exit 64)', async () => {
    const line = (id: string, statement: string) =>
      `{"id":"${id}","identityPolicies":[{"Version":"5.0","Statement":${statement}}],"request":{"action":"ecs:cloudServers:list"}}`;
    const result = await runCli(['evaluate', '--batch', '-'], {
      files,
      stdin: [
        line('deep', '['.repeat(100_000) + ']'.repeat(100_000)),
        line('fine', '[{"Effect":"Allow","Action":["*"]}]'),
      ].join('\n'),
    });
    expect(result.code).toBe(64);
    const answers = result.stdout
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text) as { id: string });
    expect(answers[0]).toEqual({
      id: null,
      error: 'line 1: the line nests deeper than 35 levels',
    });
    expect(answers[1]).toMatchObject({ id: 'fine', decision: 'allow' });
  });
});
