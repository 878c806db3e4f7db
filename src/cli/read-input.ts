import { POLICY_TEXT_MAX_LENGTH, utf8ByteLimit, WORKSPACE_TEXT_MAX_LENGTH } from '../engine/index';
import type { CliIo } from './cli-io';
import { readFailure, UsageError } from './cli-errors';
import { lineLocator } from '../text-formats/line-locator';

/** A file the user named, with the name as they wrote it (for messages) and its text. */
export interface InputFile {
  path: string;
  text: string;
}

/** The file argument that stands for standard input, and the name messages give it. */
const STDIN_ARG = '-';
export const STDIN_NAME = '<stdin>';

/** The largest policy file read: one that can hold as many characters as an app draft. */
export const POLICY_FILE_MAX_BYTES = utf8ByteLimit(POLICY_TEXT_MAX_LENGTH);
/** The largest file of many policies read (expectations, catalogs): as large as a workspace. */
export const BUNDLE_FILE_MAX_BYTES = utf8ByteLimit(WORKSPACE_TEXT_MAX_LENGTH);

/**
 * Reads the files the user named, `-` being standard input, each up to `maxBytes`; the first
 * unreadable one is a one-line usage error.
 */
export async function readInputFiles(
  io: CliIo,
  paths: string[],
  maxBytes: number,
): Promise<InputFile[]> {
  return Promise.all(paths.map((path) => readInputFile(io, path, maxBytes)));
}

/** One file, or standard input for `-`, as text (see `decodeText`). */
export async function readInputFile(io: CliIo, path: string, maxBytes: number): Promise<InputFile> {
  const name = path === STDIN_ARG ? STDIN_NAME : path;
  let bytes: Uint8Array;
  try {
    bytes = path === STDIN_ARG ? await io.readStdin(maxBytes) : await io.readFile(path, maxBytes);
  } catch (error) {
    // `-` given twice is already a usage error (readStdinOnce).
    throw error instanceof UsageError ? error : readFailure(name, error);
  }
  return { path: name, text: decodeText(name, bytes) };
}

// `fatal`: a byte sequence that is not UTF-8 is an error rather than silently U+FFFD. The decoder
// drops a leading byte order mark, as the app's file import does.
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** C0 controls other than JSON's whitespace (tab, line feed, carriage return). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * A file's bytes as text, or a usage error naming the file when they are not UTF-8 or hold a
 * control character that no JSON text may hold (a NUL byte: a binary file).
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UsageError(`\`${name}\` is not UTF-8 text`);
  }
  const control = BINARY_CONTROL.exec(text);
  if (control) {
    const { line, column } = lineLocator(text)(control.index);
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase();
    throw new UsageError(
      `\`${name}\` is not text: control character U+${code} at ${line}:${column}`,
    );
  }
  return text;
}

/**
 * `io` whose standard input may be read once: a second `-` in one command would find it empty,
 * so it is a usage error instead.
 */
export function readStdinOnce(io: CliIo): CliIo {
  let read = false;
  return {
    ...io,
    readStdin: (maxBytes) => {
      if (read)
        return Promise.reject(new UsageError('`-` (standard input) may be given only once'));
      read = true;
      return io.readStdin(maxBytes);
    },
  };
}
