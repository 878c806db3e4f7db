import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { main } from './main';
import { catalogFiles } from './testing/catalog-files';
import { runCli } from './testing/memory-io';

const catalogs = catalogFiles();

describe('help', () => {
  it('prints the command list for --help, -h and help, with exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: policy-workbench COMMAND [OPTIONS]');
      expect(result.stdout).toMatch(/^ {2}expand +list the catalog actions/m);
      expect(result.stderr).toBe('');
    }
  });

  it('prints one command help for `CMD --help` and `help CMD`', async () => {
    for (const argv of [
      ['expand', '--help'],
      ['help', 'expand'],
    ]) {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: policy-workbench expand PATTERN [--model 5.0|1.1]');
      expect(result.stdout).toMatch(/^ {2}--model 5\.0\|1\.1 +policy model/m);
    }
  });

  it('answers --help even when required options are missing', async () => {
    const result = await runCli(['actions', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--service S');
  });

  it('offers --catalogs on evaluate, whose actions answer to their catalog aliases', async () => {
    expect((await runCli(['matrix', '--help'])).stdout).toContain('--catalogs DIR');
    const help = (await runCli(['evaluate', '--help'])).stdout;
    expect(help).toContain('--catalogs DIR');
    expect(help).toContain('An action and its aliases are the same action');
    const result = await runCli(
      ['evaluate', '--catalogs', 'x', '--policy', 'p.json', '--action', 'a:b:c'],
      {
        files: { 'p.json': '{"Version":"5.0","Statement":[]}' },
      },
    );
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('catalog file `/work/x/index.json` not found');
    // Every command reads catalogs, so the overview lists `--catalogs` with the common options.
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}--catalogs DIR +read catalogs/m);
  });
});

describe('--version', () => {
  const files = { ...catalogs, '/package.json': JSON.stringify({ version: '1.2.3' }) };

  it("prints the package's version and the catalogs' version and date, as `version` does", async () => {
    for (const argv of [['--version'], ['-V'], ['version']]) {
      expect(await runCli(argv, { files })).toEqual({
        code: 0,
        stdout: 'policy-workbench 1.2.3\ncatalogs 1.20250101.0badc0de (sources up to 2025-01-01)\n',
        stderr: '',
      });
    }
  });

  it('says the same as JSON, and reads the catalogs --catalogs names', async () => {
    const elsewhere = catalogFiles('/other');
    const result = await runCli(['--version', '--json', '--catalogs', '/other'], {
      files: { ...elsewhere, '/package.json': JSON.stringify({ version: '1.2.3' }) },
    });
    expect(JSON.parse(result.stdout)).toEqual({
      version: '1.2.3',
      catalogs: { version: '1.20250101.0badc0de', date: '2025-01-01' },
    });
  });
});

describe('`-` for standard input', () => {
  const policy = JSON.stringify({
    Version: '5.0',
    Statement: [{ Effect: 'Allow', Action: ['ecs:cloudServers:gett'] }],
  });
  const files = { ...catalogs, 'p.json': policy, 'scp.json': policy };

  it('stands for standard input in every file argument, named <stdin> in what is printed', async () => {
    const validated = await runCli(['validate', '-'], { files, stdin: policy });
    expect(validated.stdout).toMatch(/^<stdin>:1:\d+ {2}ERROR {2}UNKNOWN_ACTION/m);
    for (const argv of [
      ['evaluate', '--policy', '-', '--action', 'ecs:cloudServers:gett'],
      ['evaluate', '--policy', 'p.json', '--scp-level', '-', '--action', 'ecs:cloudServers:gett'],
      ['matrix', '--policy', '-', '--format', 'csv'],
      ['diff', '--before', 'p.json', '--after', '-'],
    ]) {
      const result = await runCli(argv, { files, stdin: policy });
      expect(result.stderr, argv.join(' ')).toBe('');
    }
    const tested = await runCli(['test', '-'], { files, stdin: '{}' });
    expect(tested.stderr).toMatch(/^policy-workbench: `<stdin>` cannot be checked: /);
  });

  it('may be given once per command', async () => {
    const result = await runCli(['validate', '-', 'p.json', '-'], { files, stdin: policy });
    expect(result).toEqual({
      code: 64,
      stdout: '',
      stderr: 'policy-workbench: `-` (standard input) may be given only once\n',
    });
  });
});

describe('usage errors: one line on stderr, exit 64', () => {
  const cases: [string, string[], string][] = [
    ['no command', [], 'policy-workbench: missing command (see `policy-workbench --help`)'],
    [
      'unknown command',
      ['frob'],
      'policy-workbench: unknown command `frob` (see `policy-workbench --help`)',
    ],
    [
      'help for an unknown command',
      ['help', 'frob'],
      'policy-workbench: unknown command `frob` (see `policy-workbench --help`)',
    ],
    [
      'an option instead of a command',
      ['--json'],
      'policy-workbench: missing command before options (see `policy-workbench --help`)',
    ],
    [
      'unknown option',
      ['actions', '--servic', 'ecs'],
      'policy-workbench: unknown option `--servic` for `actions` (see `policy-workbench actions --help`)',
    ],
    [
      'missing required option',
      ['apis'],
      'policy-workbench: missing required option `--service` (see `policy-workbench apis --help`)',
    ],
    [
      'option without its value',
      ['actions', '--service'],
      'policy-workbench: option `--service` needs a value (see `policy-workbench actions --help`)',
    ],
    [
      'option followed by another option',
      ['actions', '--service', '--json'],
      'policy-workbench: option `--service` needs a value (see `policy-workbench actions --help`)',
    ],
    [
      'value on a flag',
      ['expand', 'x', '--json=yes'],
      'policy-workbench: option `--json` takes no value',
    ],
    [
      'single option given twice',
      ['actions', '--service', 'a', '--service', 'b'],
      'policy-workbench: option `--service` may be given only once',
    ],
    [
      'missing positional',
      ['expand'],
      'policy-workbench: missing PATTERN (see `policy-workbench expand --help`)',
    ],
    [
      'extra positional',
      ['expand', 'a', 'b'],
      'policy-workbench: unexpected argument `b` for `expand`',
    ],
    [
      'bad model',
      ['expand', 'ecs:*', '--model', '3'],
      'policy-workbench: `--model` must be 5.0 or 1.1, not `3`',
    ],
    [
      'unknown service',
      ['actions', '--service', 'ecss'],
      'policy-workbench: no 5.0 catalog for service `ecss` (did you mean `ecs`?)',
    ],
  ];
  it.each(cases)('%s', async (_name, argv, line) => {
    const result = await runCli(argv, { files: catalogs });
    expect(result).toEqual({ code: 64, stdout: '', stderr: `${line}\n` });
  });
});

describe('catalog loading', () => {
  it('names the missing index when the catalogs directory is empty', async () => {
    const result = await runCli(['expand', 'ecs:*', '--catalogs', 'nowhere']);
    expect(result.code).toBe(64);
    expect(result.stderr).toBe(
      'policy-workbench: catalog file `/work/nowhere/index.json` not found (point `--catalogs` at a catalogs directory)\n',
    );
  });

  it('reads catalogs from --catalogs DIR', async () => {
    const result = await runCli(['expand', 'ecs:*:list', '--catalogs', '/elsewhere', '--json'], {
      files: catalogFiles('/elsewhere'),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).actions).toEqual([
      { name: 'ecs:cloudServers:list', accessLevel: 'list' },
    ]);
  });

  it('reports a catalog file it cannot read, naming the file', async () => {
    const result = await runCli(['expand', 'ecs:*'], {
      files: catalogs,
      unreadable: ['/catalogs/ecs-5.0.json'],
    });
    expect(result).toEqual({
      code: 64,
      stdout: '',
      stderr: 'policy-workbench: cannot read `/catalogs/ecs-5.0.json`: permission denied\n',
    });
  });

  it('reports a catalog that is not JSON, naming the file', async () => {
    const files = { ...catalogs, '/catalogs/ecs-1.1.json': '{ nope' };
    const result = await runCli(['expand', 'ecs:*'], { files });
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(
      /^policy-workbench: catalog file `\/catalogs\/ecs-1\.1\.json` is not valid JSON: .+\n$/,
    );
  });

  it('reports a catalog that does not match the format, with the first problem', async () => {
    const broken = { ...JSON.parse(catalogs['/catalogs/ecs-5.0.json'] as string), model: '9.9' };
    const files = { ...catalogs, '/catalogs/ecs-5.0.json': JSON.stringify(broken) };
    const result = await runCli(['expand', 'ecs:*'], { files });
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(
      /^policy-workbench: catalog file `\/catalogs\/ecs-5\.0\.json` is malformed: model: .+\n$/,
    );
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('unexpected failures', () => {
  it('are one line marked as internal errors with exit 70, never a stack trace', async () => {
    let stderr = '';
    const io: CliIo = {
      stdout: () => {
        throw new Error('disk full\n    at somewhere (file.ts:1:1)');
      },
      stderr: (text) => void (stderr += text),
      readFile: async () => new Uint8Array(),
      readStdin: async () => new Uint8Array(),
      readLines: async function* () {},
      resolvePath: (...segments) => segments.join('/'),
      defaultCatalogDir: '/catalogs',
      packageFile: '/package.json',
    };
    expect(await main(['--help'], io)).toBe(70);
    expect(stderr).toBe('policy-workbench: internal error: disk full\n');
  });
});
