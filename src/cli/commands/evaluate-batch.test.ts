import { describe, expect, it } from 'vitest';
import { catalogFiles } from '../testing/catalog-files';
import { runCli as runInMemory, type MemoryWorld } from '../testing/memory-io';

/** `evaluate` reads the catalogs (for actions' aliases): the test catalogs are always there. */
const runCli = (argv: string[], world: MemoryWorld = {}) =>
  runInMemory(argv, { ...world, files: { ...catalogFiles(), ...world.files } });

const allowList = {
  Version: '5.0',
  Statement: [{ Sid: 'List', Effect: 'Allow', Action: ['ecs:*:list'] }],
};
const denyAll = { Version: '5.0', Statement: [{ Effect: 'Deny', Action: ['*'] }] };
const line = (value: object) => JSON.stringify(value);
const answers = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((text) => JSON.parse(text));

describe('evaluate --batch', () => {
  it('answers each line in order with id, decision and decisive statements', async () => {
    const input = [
      line({
        id: 'a',
        identityPolicies: [allowList],
        scps: [],
        request: { action: 'ecs:servers:list' },
      }),
      line({
        id: 2,
        identityPolicies: [allowList],
        scps: [[denyAll]],
        request: { action: 'ecs:servers:list', resource: '*', context: {} },
      }),
      line({ id: 'c', identityPolicies: [allowList], request: { action: 'ecs:servers:get' } }),
    ].join('\n');
    const result = await runCli(['evaluate', '--batch', 'requests.jsonl'], {
      files: { 'requests.jsonl': input },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const [first, second, third] = answers(result.stdout);
    expect(first).toMatchObject({
      id: 'a',
      decision: 'allow',
      decisive: ['identity[0].Statement[0]'],
    });
    expect(second).toMatchObject({
      id: 2,
      decision: 'denied-by-scp',
      decisive: ['scp[0][0].Statement[0]'],
    });
    expect(third).toMatchObject({ id: 'c', decision: 'implicit-deny', decisive: [] });
    expect(Object.keys(first)).toEqual([
      'id',
      'decision',
      'decisive',
      'summary',
      'residual',
      'assumptions',
      'problems',
    ]);
  });

  it('reads standard input for `-` and skips blank lines', async () => {
    const stdin = `\n${line({ id: 'x', identityPolicies: [], request: { action: 'a:b:c' } })}\r\n\n`;
    const result = await runCli(['evaluate', '--batch', '-'], { stdin });
    expect(result.code).toBe(0);
    expect(answers(result.stdout)).toEqual([
      expect.objectContaining({ id: 'x', decision: 'implicit-deny' }),
    ]);
  });

  it('passes per-line options: unknownContext makes the answer conditional with residuals', async () => {
    const policy = {
      Version: '5.0',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['*'],
          Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
        },
      ],
    };
    const input = line({
      id: 'p',
      identityPolicies: [policy],
      request: { action: 'ecs:servers:list' },
      options: { unknownContext: true },
    });
    const result = await runCli(['evaluate', '--batch', '-'], { stdin: input });
    expect(answers(result.stdout)[0]).toMatchObject({
      decision: 'conditional',
      residual: ['allowed only if g:EnterpriseProjectId is 0'],
    });
  });

  it('answers a malformed line or unreadable policy with an error and goes on; exit 64 at the end', async () => {
    const good = line({
      id: 'ok',
      identityPolicies: [allowList],
      request: { action: 'ecs:servers:list' },
    });
    const input = [
      good,
      '{"id": "broken", ',
      line({ id: 'no-request', identityPolicies: [] }),
      line({ id: 7, identityPolicies: {}, request: { action: 'a:b:c' } }),
      line({ identityPolicies: [], request: { action: 1 } }),
      '[1, 2]',
      line({ id: 'ctx', identityPolicies: [], request: { action: 'a:b:c', context: 'x' } }),
      line({ id: 'scps', identityPolicies: [], scps: [denyAll], request: { action: 'a:b:c' } }),
      line({ id: 'array', identityPolicies: [[]], request: { action: 'a:b:c' } }),
      line({
        id: 'text',
        identityPolicies: [],
        scps: [['{"Statement": [']],
        request: { action: 'a:b:c' },
      }),
      `{"id": "deep", "identityPolicies": [${'['.repeat(100_000)}`,
      good,
    ].join('\n');
    const result = await runCli(['evaluate', '--batch', '-'], { stdin: input });
    expect(result.code).toBe(64);
    expect(result.stderr).toBe(
      'policy-workbench: 10 of 12 batch lines could not be answered (each has an "error")\n',
    );
    const out = answers(result.stdout);
    expect(out).toHaveLength(12);
    expect(out[0]).toMatchObject({ id: 'ok', decision: 'allow' });
    expect(out[1]).toEqual({ id: null, error: expect.stringMatching(/^line 2: invalid JSON: /) });
    expect(out.slice(2, 11)).toEqual([
      { id: 'no-request', error: 'line 3: `request` must be an object' },
      { id: 7, error: 'line 4: `identityPolicies` must be an array of policies (`[]` for none)' },
      { id: null, error: 'line 5: `request.action` must be a string' },
      { id: null, error: 'line 6: a line must be a JSON object' },
      { id: 'ctx', error: 'line 7: `request.context` must be an object' },
      { id: 'scps', error: 'line 8: `scps` must be an array of levels, each an array of SCPs' },
      {
        id: 'array',
        error:
          'line 9: policy `identity[0]` was not evaluated: it is not valid JSON or not an object',
      },
      {
        id: 'text',
        error:
          'line 10: policy `scp[0][0]` was not evaluated: it is not valid JSON or not an object',
      },
      { id: null, error: 'line 11: the line nests deeper than 35 levels' },
    ]);
    expect(out[11]).toMatchObject({ id: 'ok', decision: 'allow' });
  });

  it('skips a line over the size limit with an error answer and answers the next', async () => {
    const good = line({
      id: 'ok',
      identityPolicies: [allowList],
      request: { action: 'ecs:servers:list' },
    });
    const huge = line({
      id: 'huge',
      identityPolicies: ['x'.repeat(15_000_000)],
      request: { action: 'a:b:c' },
    });
    const result = await runCli(['evaluate', '--batch', '-'], { stdin: [huge, good].join('\n') });
    expect(result.code).toBe(64);
    const out = answers(result.stdout);
    expect(out[0]).toEqual({ id: null, error: 'line 1: longer than 15,000,000 bytes' });
    expect(out[1]).toMatchObject({ id: 'ok', decision: 'allow' });
  });

  it('reports a missing batch file as one line with exit 64', async () => {
    const result = await runCli(['evaluate', '--batch', 'missing.jsonl']);
    expect(result).toEqual({
      code: 64,
      stdout: '',
      stderr: 'policy-workbench: cannot read `missing.jsonl`: no such file or directory\n',
    });
  });

  it('gives the same answers when the same policies repeat (compiled once) or change', async () => {
    const lines = [allowList, denyAll, allowList].map((policy, i) =>
      line({ id: i, identityPolicies: [policy], request: { action: 'ecs:servers:list' } }),
    );
    const result = await runCli(['evaluate', '--batch', '-'], { stdin: lines.join('\n') });
    expect(answers(result.stdout).map((answer) => answer.decision)).toEqual([
      'allow',
      'explicit-deny',
      'allow',
    ]);
  });
});

describe('evaluate --batch: aliases', () => {
  const denyAlias = {
    Version: '5.0',
    Statement: [
      { Effect: 'Allow', Action: ['*'] },
      { Effect: 'Deny', Action: ['ecs:cloudServers:remove'] },
    ],
  };
  const request = (id: string, extra: object) =>
    line({
      id,
      identityPolicies: [denyAlias],
      request: { action: 'ecs:cloudServers:delete', ...extra },
    });

  it("takes the action's aliases from the catalogs, or from the line when it lists them", async () => {
    const stdin = [request('catalogs', {}), request('none', { aliases: [] })].join('\n');
    const result = await runCli(['evaluate', '--batch', '-'], { stdin });
    expect(result.code).toBe(0);
    expect(answers(result.stdout).map((a) => [a.id, a.decision])).toEqual([
      ['catalogs', 'explicit-deny'],
      ['none', 'allow'],
    ]);
  });

  it('answers a line whose aliases are not strings with an error', async () => {
    const result = await runCli(['evaluate', '--batch', '-'], {
      stdin: request('bad', { aliases: 'ecs:cloudServers:remove' }),
    });
    expect(result.code).toBe(64);
    expect(answers(result.stdout)).toEqual([
      { id: 'bad', error: 'line 1: `request.aliases` must be an array of strings' },
    ]);
  });
});
