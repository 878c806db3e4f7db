import { posix } from 'node:path';
import type { CliIo } from '../cli-io';
import { fileTooLarge } from '../cli-errors';
import { main } from '../main';

/** What a caller of the CLI sees after one run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Files by path (relative paths resolve against `/work`), plus what standard input holds; text is
 * stored as UTF-8, bytes as given.
 */
export interface MemoryWorld {
  files?: Record<string, string | Uint8Array>;
  /** Paths that exist but cannot be read (permission denied). */
  unreadable?: string[];
  stdin?: string | Uint8Array;
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
  const bytesOf = (content: string | Uint8Array) =>
    typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const capped = (bytes: Uint8Array, maxBytes: number) => {
    if (bytes.length > maxBytes) throw fileTooLarge(maxBytes);
    return bytes;
  };
  const readFile = async (path: string, maxBytes = Infinity) => {
    if (unreadable.has(resolvePath(path))) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
        code: 'EACCES',
      });
    }
    const content = files.get(resolvePath(path));
    if (content === undefined) {
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    }
    return capped(bytesOf(content), maxBytes);
  };
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile,
    readStdin: async (maxBytes) => capped(bytesOf(world.stdin ?? ''), maxBytes),
    readLines: async function* (path, maxLineBytes) {
      const bytes = path === '-' ? bytesOf(world.stdin ?? '') : await readFile(path);
      const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
      if (lines.at(-1) === '') lines.pop();
      for (const line of lines) yield bytesOf(line).length > maxLineBytes ? null : line;
    },
    resolvePath,
    defaultCatalogDir: resolvePath(world.catalogDir ?? '/catalogs'),
    packageFile: resolvePath('/package.json'),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
