import type { CliIo } from './cli-io';
import { readFailure, UsageError } from './cli-errors';

/** A file the user named, with the name as they wrote it (for messages) and its text. */
export interface InputFile {
  path: string;
  text: string;
}

/** The file argument that stands for standard input, and the name messages give it. */
const STDIN_ARG = '-';
export const STDIN_NAME = '<stdin>';

/**
 * Reads the files the user named, `-` being standard input; the first unreadable one is a
 * one-line usage error.
 */
export async function readInputFiles(io: CliIo, paths: string[]): Promise<InputFile[]> {
  return Promise.all(
    paths.map(async (path) => {
      if (path === STDIN_ARG) return { path: STDIN_NAME, text: await io.readStdin() };
      try {
        return { path, text: await io.readFile(path) };
      } catch (error) {
        throw readFailure(path, error);
      }
    }),
  );
}

/**
 * `io` whose standard input may be read once: a second `-` in one command would find it empty,
 * so it is a usage error instead.
 */
export function readStdinOnce(io: CliIo): CliIo {
  let read = false;
  return {
    ...io,
    readStdin: () => {
      if (read)
        return Promise.reject(new UsageError('`-` (standard input) may be given only once'));
      read = true;
      return io.readStdin();
    },
  };
}
