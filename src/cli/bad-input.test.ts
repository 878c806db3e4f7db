import { describe, expect, it } from 'vitest';
import { catalogFiles } from './testing/catalog-files';
import { runCli, type MemoryWorld } from './testing/memory-io';

const good = JSON.stringify({
  Version: '5.0',
  Statement: [{ Effect: 'Allow', Action: ['ecs:cloudServers:list'] }],
});
const files: MemoryWorld['files'] = {
  ...catalogFiles(),
  'good.json': good,
  'array.json': '[]',
  'number.json': '5',
  'deep.json': '['.repeat(10_000),
  'not-json.json': '{"Version": "5.0", "Statement": [',
  'nul.json': `{"Version": "5.0",\u0000"Statement": []}`,
  'latin1.json': new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
  'big.json': `{"Sid": "${'x'.repeat(3_000_000)}"}`,
  'huge.json': `{"suites": "${'x'.repeat(15_000_000)}"}`,
  'esc\u001b[2J.json': '[]',
  'line\nbreak.json': '[]',
  'expectations-array.json': '[]',
  'requests.jsonl': '',
  'bad-catalogs/index.json': new Uint8Array([0x00, 0x01, 0x02]),
};

type Case = [name: string, argv: string[], message: string, world?: Partial<MemoryWorld>];

const evaluate = (policy: string) => ['evaluate', '--policy', policy, '--action', 'ecs:a:b'];
const notPolicy = (file: string, problem: string) =>
  `\`${file}\` is not a policy document (${problem})`;

const cases: Case[] = [
  [
    'policy `[]`',
    evaluate('array.json'),
    notPolicy('array.json', '1:1: the policy must be a JSON object, not an array'),
  ],
  [
    'policy `5`',
    evaluate('number.json'),
    notPolicy('number.json', '1:1: the policy must be a JSON object, not a number'),
  ],
  [
    'policy nested 10,000 deep',
    evaluate('deep.json'),
    notPolicy('deep.json', '1:33: json nests deeper than 32 levels'),
  ],
  [
    'policy not JSON',
    evaluate('not-json.json'),
    notPolicy('not-json.json', '1:34: json syntax error: `]` expected'),
  ],
  [
    'policy with a NUL byte',
    evaluate('nul.json'),
    '`nul.json` is not text: control character U+0000 at 1:19',
  ],
  ['policy not UTF-8', evaluate('latin1.json'), '`latin1.json` is not UTF-8 text'],
  [
    'policy over the size limit',
    evaluate('big.json'),
    'cannot read `big.json`: larger than 3,000,000 bytes, the most read for it',
  ],
  ['policy missing', evaluate('gone.json'), 'cannot read `gone.json`: no such file or directory'],
  [
    'policy on stdin over the limit',
    evaluate('-'),
    'cannot read `<stdin>`: larger than 3,000,000 bytes, the most read for it',
    { stdin: 'x'.repeat(3_000_001) },
  ],
  [
    'policy on stdin `[]`',
    evaluate('-'),
    notPolicy('<stdin>', '1:1: the policy must be a JSON object, not an array'),
    { stdin: '[]' },
  ],
  [
    'file name with ESC',
    evaluate('esc\u001b[2J.json'),
    notPolicy('esc\\u001b[2J.json', '1:1: the policy must be a JSON object, not an array'),
  ],
  [
    'file name with a line break',
    evaluate('line\nbreak.json'),
    notPolicy('line\\u000abreak.json', '1:1: the policy must be a JSON object, not an array'),
  ],
  [
    'evaluate --scp-level `[]`',
    [...evaluate('good.json'), '--scp-level', 'good.json,array.json'],
    notPolicy('array.json', '1:1: the policy must be a JSON object, not an array'),
  ],
  [
    'matrix --policy binary',
    ['matrix', '--policy', 'nul.json'],
    '`nul.json` is not text: control character U+0000 at 1:19',
  ],
  [
    'matrix --scp-level nested too deep',
    ['matrix', '--policy', 'good.json', '--scp-level', 'deep.json'],
    notPolicy('deep.json', '1:33: json nests deeper than 32 levels'),
  ],
  [
    'diff --before `5`',
    ['diff', '--before', 'number.json', '--after', 'good.json'],
    notPolicy('number.json', '1:1: the policy must be a JSON object, not a number'),
  ],
  [
    'diff --after not UTF-8',
    ['diff', '--before', 'good.json', '--after', 'latin1.json'],
    '`latin1.json` is not UTF-8 text',
  ],
  [
    'diff --scp-level missing',
    ['diff', '--before', 'good.json', '--after', 'good.json', '--scp-level', 'gone.json'],
    'cannot read `gone.json`: no such file or directory',
  ],
  [
    'validate binary',
    ['validate', 'nul.json'],
    '`nul.json` is not text: control character U+0000 at 1:19',
  ],
  [
    'validate over the size limit',
    ['validate', 'big.json'],
    'cannot read `big.json`: larger than 3,000,000 bytes, the most read for it',
  ],
  [
    'validate missing',
    ['validate', 'gone.json'],
    'cannot read `gone.json`: no such file or directory',
  ],
  [
    'test `[]`',
    ['test', 'expectations-array.json'],
    '`expectations-array.json` cannot be checked: ',
  ],
  ['test not UTF-8', ['test', 'latin1.json'], '`latin1.json` is not UTF-8 text'],
  [
    'test over the size limit',
    ['test', 'huge.json'],
    'cannot read `huge.json`: larger than 15,000,000 bytes, the most read for it',
  ],
  [
    'evaluate --batch missing',
    ['evaluate', '--batch', 'gone.jsonl'],
    'cannot read `gone.jsonl`: no such file or directory',
  ],
  [
    '--catalogs missing',
    ['system-policies', '--catalogs', 'nowhere'],
    'catalog file `/work/nowhere/index.json` not found (point `--catalogs` at a catalogs directory)',
  ],
  [
    '--catalogs binary index',
    ['system-policies', '--catalogs', 'bad-catalogs'],
    '`/work/bad-catalogs/index.json` is not text: control character U+0000 at 1:1',
  ],
  [
    'actions --catalogs binary index',
    ['actions', '--service', 'ecs', '--catalogs', 'bad-catalogs'],
    '`/work/bad-catalogs/index.json` is not text: control character U+0000 at 1:1',
  ],
];

describe('bad input: exit 64, one line on stderr naming the file, nothing on stdout', () => {
  it.each(cases)('%s', async (_name, argv, message, world) => {
    const result = await runCli(argv, { files, ...world });
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^[^\n]*\n$/);
    expect(result.stderr.startsWith(`policy-workbench: ${message}`)).toBe(true);
    expect(result.code).toBe(64);
  });
});

describe('input the CLI accepts', () => {
  it('reads a policy that starts with a UTF-8 byte order mark', async () => {
    const result = await runCli(
      ['evaluate', '--policy', 'bom.json', '--action', 'ecs:cloudServers:list'],
      { files: { ...files, 'bom.json': `\ufeff${good}` } },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('escapes control characters from policy text on the terminal and keeps JSON equal', async () => {
    const raw = ['\u001b', '\u009b', '\u202e'];
    const sid = `a${raw[0]}[31mred${raw[1]}2J${raw[2]}evil`;
    const policy = JSON.stringify({
      Version: '5.0',
      Statement: [{ Sid: sid, Effect: 'Allow', Action: ['ecs:cloudServers:list'] }],
    });
    const world = { files: { ...files, 'sid.json': policy } };
    const argv = ['evaluate', '--policy', 'sid.json', '--action', 'ecs:cloudServers:list'];
    const text = await runCli(argv, world);
    expect(text.stdout).toContain('`a\\u001b[31mred\\u009b2J\\u202eevil`');
    expect([...text.stdout].filter((c) => raw.includes(c))).toEqual([]);
    const json = await runCli([...argv, '--json'], world);
    expect([...json.stdout].filter((c) => raw.includes(c))).toEqual([]);
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain(JSON.stringify(sid).slice(1, -1));
  });
});
