import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './cli-io';
import { fileTooLarge } from './cli-errors';

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
    readFile: async (path, maxBytes) => {
      // The size on disk refuses a large file before any of it is read; the capped read still
      // guards files whose size says nothing (devices, pipes, a file that grows meanwhile).
      if ((await stat(path)).size > maxBytes) throw fileTooLarge(maxBytes);
      return readCapped(createReadStream(path), maxBytes);
    },
    readStdin: (maxBytes) => readCapped(process.stdin, maxBytes),
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

/** Reads a stream to its end, or stops (and destroys it) once it gave more than `maxBytes`. */
async function readCapped(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) throw fileTooLarge(maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The lines of a file or of standard input as they arrive, without their line ends; a line longer
 * than `maxLineBytes` is not kept in memory but skipped to its end and given as `null`.
 */
async function* readLines(path: string, maxLineBytes: number): AsyncIterable<string | null> {
  let parts: Buffer[] = [];
  let size = 0;
  const add = (part: Buffer) => {
    size += part.length;
    if (size <= maxLineBytes) parts.push(part);
    else parts = [];
  };
  const take = () => {
    const line = size > maxLineBytes ? null : decodeLine(parts);
    parts = [];
    size = 0;
    return line;
  };
  const input = path === '-' ? process.stdin : createReadStream(path);
  for await (const chunk of input) {
    const buffer = Buffer.from(chunk as Uint8Array);
    let start = 0;
    for (let end = buffer.indexOf(10); end !== -1; end = buffer.indexOf(10, start)) {
      add(buffer.subarray(start, end));
      yield take();
      start = end + 1;
    }
    add(buffer.subarray(start));
  }
  if (size > 0) yield take();
}

/** One line's bytes as text, without the CR of a CRLF line end. */
function decodeLine(parts: Buffer[]): string {
  const text = (parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)).toString('utf8');
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
