import { open, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './cli-io';

/**
 * The real world: the process's streams and the file system. `packageRoot` holds package.json
 * and the bundled `catalogs/`.
 */
export function createProcessIo(packageRoot: URL): CliIo {
  // A closed pipe (`... | head`) is a normal way for a reader to stop: end quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: createCoalescingWriter((text) => void process.stdout.write(text)),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: () => text(process.stdin),
    readLines,
    resolvePath: (...segments) => resolve(...segments),
    defaultCatalogDir: fileURLToPath(new URL('catalogs', packageRoot)),
    packageFile: fileURLToPath(new URL('package.json', packageRoot)),
  };
}

/**
 * Collects writes made in one turn of the event loop into one write. A batch run answers many
 * lines between two reads; writing them together saves a system call per line, and the flush at
 * the end of the turn still sends each answer as soon as the CLI waits for more input.
 */
function createCoalescingWriter(write: (text: string) => void): (text: string) => void {
  let pending = '';
  return (text) => {
    if (pending === '') {
      setImmediate(() => {
        const chunk = pending;
        pending = '';
        write(chunk);
      });
    }
    pending += text;
  };
}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function* readLines(path: string): AsyncIterable<string> {
  if (path === '-') {
    yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
    return;
  }
  // Opening first turns a missing file into a rejected read rather than a stream error event.
  const handle = await open(path, 'r');
  try {
    yield* handle.readLines({ encoding: 'utf8' });
  } finally {
    await handle.close();
  }
}
