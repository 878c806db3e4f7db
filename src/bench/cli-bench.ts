/**
 * `npm run bench:cli` (after `npm run build:package`): the compiled command's start-up and
 * `evaluate --batch` throughput. Not part of `npm test`.
 *
 * Start-up: `validate` on a small policy against `node -e 0`, run alternately so that a busy
 * machine slows both alike; medians of wall time and of the child's CPU time (user + system, from
 * the shell's `times`). Exits 1 when the compiled command's wall median is over 3× `node -e 0`'s.
 *
 * Batch: lines of the bundled 5.0 catalogs' actions against a realistic 100-statement policy, in
 * process (the indexed decision alone; the decision with the assumptions that `--batch` prints;
 * the whole `--batch` command over in-memory lines) and end to end (the compiled command reading a
 * JSONL file, writing to /dev/null).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceCatalog } from '../catalog/index';
import { runCli } from '../cli/testing/memory-io';
import {
  compilePolicySet,
  decideRequest,
  decideWithAssumptions,
  type EvaluationRequest,
} from '../engine/index';
import { bundledPolicy } from './bundled-policy';
import { SYNTHETIC_CONTEXT } from './synthetic-policies';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'lib/cli/bin.js');
const work = mkdtempSync(join(tmpdir(), 'policy-workbench-bench-'));
const STARTUP_ROUNDS = 21;
const STARTUP_LIMIT = 3;

/** A figure measured on the wall clock and in CPU time (user + system). */
interface WallAndCpu {
  wall: number;
  cpu: number;
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Wall and child CPU milliseconds of one run of `node ARGS`, through sh for its `times`. */
function timeNode(args: readonly string[]): WallAndCpu {
  const quoted = [process.execPath, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`);
  const start = performance.now();
  const output = execFileSync('sh', ['-c', `${quoted.join(' ')} >/dev/null; times`], {
    cwd: work,
    encoding: 'utf8',
  });
  const wall = performance.now() - start;
  // The second line of `times` is the children's user and system time, e.g. `0m0.120s 0m0.030s`.
  const seconds = (output.trim().split('\n')[1] ?? '')
    .split(/\s+/)
    .map((field) => /^(\d+)m([\d.]+)s$/.exec(field))
    .reduce((sum, match) => sum + (match ? Number(match[1]) * 60 + Number(match[2]) : 0), 0);
  return { wall, cpu: seconds * 1000 };
}

function startup(): boolean {
  writeFileSync(
    join(work, 'small.json'),
    JSON.stringify({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: ['ecs:cloudServers:list*'], Resource: ['*'] }],
    }),
  );
  const commands = {
    'node -e 0': ['-e', '0'],
    'policy-workbench validate small.json': [bin, 'validate', 'small.json'],
  };
  const samples = Object.fromEntries(
    Object.keys(commands).map((name) => [name, { wall: [] as number[], cpu: [] as number[] }]),
  );
  for (let round = -2; round < STARTUP_ROUNDS; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const { wall, cpu } = timeNode(args);
      // The first two rounds warm the file cache and are not counted.
      if (round < 0) continue;
      samples[name]?.wall.push(wall);
      samples[name]?.cpu.push(cpu);
    }
  }
  const base = samples['node -e 0'];
  const cli = samples['policy-workbench validate small.json'];
  const ratio = (pick: 'wall' | 'cpu') => median(cli?.[pick] ?? []) / median(base?.[pick] ?? []);
  console.log(`Start-up, medians of ${STARTUP_ROUNDS} alternating runs`);
  for (const [name, { wall, cpu }] of Object.entries(samples)) {
    console.log(
      `  ${name.padEnd(38)} wall ${median(wall).toFixed(0).padStart(5)} ms   cpu ${median(cpu).toFixed(0).padStart(5)} ms`,
    );
  }
  console.log(
    `  ratio to node -e 0: wall ${ratio('wall').toFixed(2)}x, cpu ${ratio('cpu').toFixed(2)}x (limit ${STARTUP_LIMIT}x on wall)\n`,
  );
  return ratio('wall') <= STARTUP_LIMIT;
}

/** Every file of catalogs/, by the path the in-memory CLI reads it from. */
function catalogFiles(): Record<string, string> {
  const folder = join(root, 'catalogs');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [`/catalogs/${file}`, readFileSync(join(folder, file), 'utf8')]),
  );
}

const RATE_RUNS = 5;

/** Lines per second of `run`, wall and CPU (this process), medians of runs after a warm-up. */
async function inProcessRate(count: number, run: () => unknown): Promise<WallAndCpu> {
  await run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RATE_RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: (count * 1000) / median(walls), cpu: (count * 1000) / median(cpus) };
}

async function batch(): Promise<void> {
  const files = catalogFiles();
  const catalogs = Object.entries(files)
    .filter(([path]) => path.endsWith('-5.0.json'))
    .map(([, text]) => JSON.parse(text) as ServiceCatalog);
  const policy = JSON.parse(bundledPolicy(catalogs, 100).text) as object;
  const actions = catalogs.flatMap((catalog) => catalog.actions.map((action) => action.name));
  const requests: EvaluationRequest[] = Array.from({ length: 20_000 }, (_, i) => ({
    action: actions[i % actions.length] ?? '',
    context: SYNTHETIC_CONTEXT,
  }));
  // With the catalogs, as the CLI compiles a line's policies: requests answer to their aliases.
  const set = compilePolicySet({
    identityPolicies: [{ id: 'identity[0]', text: JSON.stringify(policy) }],
    scps: [],
    catalogs,
  });
  const jsonl =
    requests
      .map((request, id) => JSON.stringify({ id, identityPolicies: [policy], scps: [], request }))
      .join('\n') + '\n';
  const file = join(work, 'batch.jsonl');
  writeFileSync(file, jsonl);

  const decided = await inProcessRate(requests.length, () =>
    requests.forEach((request) => decideRequest(set, request)),
  );
  const answered = await inProcessRate(requests.length, () =>
    requests.forEach((request) => decideWithAssumptions(set, request)),
  );
  const command = await inProcessRate(requests.length, async () => {
    const { code, stderr } = await runCli(['evaluate', '--batch', '-'], { stdin: jsonl, files });
    if (code !== 0) throw new Error(`evaluate --batch failed: ${stderr}`);
  });
  const runs = Array.from({ length: 3 }, () => timeNode([bin, 'evaluate', '--batch', file]));
  const endToEnd: WallAndCpu = {
    wall: (requests.length * 1000) / median(runs.map((r) => r.wall)),
    cpu: (requests.length * 1000) / median(runs.map((r) => r.cpu)),
  };

  const bytes = (jsonl.length / requests.length / 1000).toFixed(1);
  console.log(
    `evaluate --batch: ${requests.length} lines of ${bytes} kB (the 100-statement policy inline)`,
  );
  const lines = (rate: number) => Math.round(rate).toLocaleString('en').padStart(9);
  const row = (name: string, rate: WallAndCpu) =>
    console.log(`  ${name.padEnd(60)} ${lines(rate.wall)} ${lines(rate.cpu)}`);
  console.log(`  ${''.padEnd(60)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)}  (lines/s)`);
  row('in process: indexed decision (decideRequest)', decided);
  row('in process: decision + assumptions (decideWithAssumptions)', answered);
  row('in process: the whole --batch command (parse, answer, JSON)', command);
  row('end to end: compiled CLI, JSONL file to /dev/null', endToEnd);
  console.log(
    `  decision + assumptions takes ${(decided.cpu / answered.cpu).toFixed(2)}x the indexed decision's CPU time`,
  );
}

console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}\n`,
);
try {
  const fastEnough = startup();
  await batch();
  if (!fastEnough) {
    console.error(`start-up is over ${STARTUP_LIMIT}x node -e 0`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
