/**
 * Everything the CLI needs from the outside world, injected so that tests can drive `main` in
 * process with in-memory files and captured output.
 */
export interface CliIo {
  /** Writes text to standard output as is (callers add the newlines). */
  stdout: (text: string) => void;
  /** Writes text to standard error as is. */
  stderr: (text: string) => void;
  /**
   * Reads a whole file as bytes; rejects with a Node-style error (with `code`) when it cannot, and
   * with code `EFBIG` when the file holds more than `maxBytes`, without reading it all.
   */
  readFile: (path: string, maxBytes: number) => Promise<Uint8Array>;
  /** All of standard input as bytes; `EFBIG` as soon as more than `maxBytes` arrived. */
  readStdin: (maxBytes: number) => Promise<Uint8Array>;
  /**
   * The lines of a file, or of standard input when `path` is `-`, read as they arrive; `null` for
   * a line longer than `maxLineBytes` (skipped, never held in memory).
   */
  readLines: (path: string, maxLineBytes: number) => AsyncIterable<string | null>;
  /** Resolves a path relative to another (`resolvePath(dir, file)`), as `path.resolve` does. */
  resolvePath: (...segments: string[]) => string;
  /** The `catalogs/` directory used when `--catalogs` is not given. */
  defaultCatalogDir: string;
  /** The CLI's own package.json, for `--version`. */
  packageFile: string;
}
