import type { CliIo } from './cli-io';
import { readFailure } from './cli-errors';

/** A file the user named, with the name as they wrote it (for messages) and its text. */
export interface InputFile {
  path: string;
  text: string;
}

/** Reads the files the user named; the first unreadable one is a one-line usage error. */
export async function readInputFiles(io: CliIo, paths: string[]): Promise<InputFile[]> {
  return Promise.all(
    paths.map(async (path) => {
      try {
        return { path, text: await io.readFile(path) };
      } catch (error) {
        throw readFailure(path, error);
      }
    }),
  );
}
