/**
 * The npm package as a user gets it: compiled (`npm run build:package`, which `prepack` runs),
 * packed with `npm pack`, installed offline into an empty folder outside the repository and used
 * from there: the command, the engine and catalog modules with their types, the catalog files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'policy-workbench-package-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(command: string, args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? folder,
    input: options.input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function mustRun(command: string, args: string[], cwd?: string): string {
  const result = run(command, args, { cwd });
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

const policy = JSON.stringify({
  Version: '5.0',
  Statement: [{ Effect: 'Allow', Action: ['ecs:cloudServers:showServer'], Resource: ['*'] }],
});
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
let packedFiles: string[] = [];
const installed = join(folder, 'node_modules', 'policy-workbench');
const cli = join(folder, 'node_modules', '.bin', 'policy-workbench');

beforeAll(() => {
  mustRun('npm', ['run', 'build:package'], root);
  const packed = JSON.parse(
    mustRun('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], root),
  ) as { filename: string; files: { path: string }[] }[];
  const [tarball] = packed;
  if (!tarball) throw new Error('npm pack made no tarball');
  packedFiles = tarball.files.map((file) => file.path).sort();
  writeFileSync(join(folder, 'package.json'), '{ "private": true, "type": "module" }\n');
  // Offline: the package bundles its dependencies, so installing it needs no registry.
  mustRun('npm', ['install', '--offline', '--no-audit', '--no-fund', `./${tarball.filename}`]);
  writeFileSync(join(folder, 'policy.json'), policy);
}, 300_000);

describe('the packed tarball', () => {
  it('holds the compiled code, the catalogs with their schema and the licence, nothing else', () => {
    expect(packedFiles.filter((path) => !/^(lib|catalogs)\//.test(path))).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
    ]);
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'lib/cli/bin.js',
        'lib/engine/index.js',
        'lib/engine/index.d.ts',
        'lib/catalog/index.js',
        'lib/catalog/index.d.ts',
        'lib/THIRD-PARTY-LICENSES.txt',
        'catalogs/index.json',
        'catalogs/catalog.schema.json',
        'catalogs/ims-5.0.json',
      ]),
    );
    expect(packedFiles.filter((path) => /^catalogs\/.*\//.test(path))).toEqual([]);
  });

  it('installs with no dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      dependencies?: object;
    };
    expect(manifest.dependencies ?? {}).toEqual({});
  });
});

describe('the installed command', () => {
  it("prints its version and the installed catalogs' version and date", () => {
    const index = JSON.parse(readFileSync(join(installed, 'catalogs/index.json'), 'utf8')) as {
      version: string;
      date: string;
    };
    expect(run(cli, ['--version'])).toEqual({
      code: 0,
      stdout: `policy-workbench ${version}\ncatalogs ${index.version} (sources up to ${index.date})\n`,
      stderr: '',
    });
  });

  it('validates and evaluates a policy with its bundled catalogs', () => {
    expect(run(cli, ['validate', 'policy.json'])).toMatchObject({
      code: 0,
      stdout: '1 file(s) checked: no findings\n',
    });
    expect(run(cli, ['validate', '-'], { input: '{' })).toMatchObject({
      code: 2,
      stdout: expect.stringMatching(/^<stdin>:1:2 {2}ERROR {2}JSON_SYNTAX_ERROR /m) as unknown,
    });
    const sarif = JSON.parse(run(cli, ['validate', 'policy.json', '--format', 'sarif']).stdout) as {
      version: string;
      runs: { tool: { driver: { version: string } } }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.version).toBe(version);
    const allowed = run(cli, [
      'evaluate',
      '--policy',
      'policy.json',
      '--action',
      'ecs:cloudServers:showServer',
    ]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/^decision: allow$/m);
  });
});

describe('the installed modules', () => {
  it('import as ESM: the engine, the catalog validators and the catalog files', () => {
    const script = `
      import { evaluateRequest } from 'policy-workbench/engine';
      import { validateCatalogIndex } from 'policy-workbench/catalog';
      import index from 'policy-workbench/catalogs/index.json' with { type: 'json' };
      import schema from 'policy-workbench/catalogs/catalog.schema.json' with { type: 'json' };
      const result = evaluateRequest({
        identityPolicies: [{ id: 'p', text: ${JSON.stringify(policy)} }],
        scps: [],
        request: { action: 'ecs:cloudServers:showServer' },
      });
      console.log(JSON.stringify([result.decision, validateCatalogIndex(index).ok, schema.$id]));
    `;
    const result = run(process.execPath, ['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(['allow', true, 'catalog.schema.json']);
  });

  it('are typed for a strict TypeScript consumer resolving as Node does', () => {
    writeFileSync(
      join(folder, 'consumer.ts'),
      `import { evaluateRequest, type EvaluationResult } from 'policy-workbench/engine';
import { validateServiceCatalog, type ServiceCatalog } from 'policy-workbench/catalog';
const result: EvaluationResult = evaluateRequest({ identityPolicies: [], scps: [], request: { action: 'a:b:c' } });
const decision: 'allow' | 'conditional' | 'implicit-deny' | 'explicit-deny' | 'denied-by-scp' = result.decision;
const checked = validateServiceCatalog({});
const catalog: ServiceCatalog | null = checked.ok ? checked.value : null;
// @ts-expect-error: the types are real, not \`any\`
const wrong: number = result.summary;
export { decision, catalog, wrong };
`,
    );
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          types: [],
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = run(process.execPath, [tsc, '-p', 'tsconfig.json']);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);
});
