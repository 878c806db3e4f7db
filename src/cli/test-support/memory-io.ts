import { posix } from 'node:path';
import type { CliIo } from '../cli-io';
import { main } from '../main';

/** What a caller of the CLI sees after one run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Files by path (relative paths resolve against `/work`), plus what standard input holds. */
export interface MemoryWorld {
  files?: Record<string, string>;
  /** Paths that exist but cannot be read (permission denied). */
  unreadable?: string[];
  stdin?: string;
  /** Default catalogs directory; tests that need catalogs write them under it. */
  catalogDir?: string;
}

/** Runs `main` in process against in-memory files and captures what it prints. */
export async function runCli(argv: string[], world: MemoryWorld = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const resolvePath = (...segments: string[]) => posix.resolve('/work', ...segments);
  const files = new Map(
    Object.entries(world.files ?? {}).map(([path, text]) => [resolvePath(path), text]),
  );
  const unreadable = new Set((world.unreadable ?? []).map((path) => resolvePath(path)));
  const readFile = async (path: string) => {
    if (unreadable.has(resolvePath(path))) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
        code: 'EACCES',
      });
    }
    const text = files.get(resolvePath(path));
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return text;
  };
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile,
    readStdin: async () => world.stdin ?? '',
    readLines: async function* (path) {
      const text = path === '-' ? (world.stdin ?? '') : await readFile(path);
      const lines = text.split(/\r?\n/);
      if (lines.at(-1) === '') lines.pop();
      yield* lines;
    },
    resolvePath,
    defaultCatalogDir: resolvePath(world.catalogDir ?? '/catalogs'),
    packageFile: resolvePath('/package.json'),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
