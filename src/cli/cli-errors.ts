/** Exit codes; 64 is sysexits' EX_USAGE, 70 its EX_SOFTWARE. */
export const EXIT = {
  ok: 0,
  /** `evaluate`: the request is not (unconditionally) allowed. */
  denied: 1,
  /** `diff`: some API or action changes its outcome (as diff(1) exits 1 on differences). */
  differences: 1,
  /** `validate`: at least one finding of severity ERROR. */
  findings: 2,
  usage: 64,
  internal: 70,
} as const;

/**
 * A mistake in what the user gave us (arguments, files, catalogs): reported as one line on
 * stderr with exit 64, never as a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Node's file-system error codes, in words a user understands. */
const fsReasons: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
};

/** `3,000,000 bytes`, for help and messages. */
export const formatBytes = (bytes: number) => `${bytes.toLocaleString('en-US')} bytes`;

/**
 * The error a `CliIo` read rejects with when a file or standard input holds more than `maxBytes`;
 * `EFBIG` is the system's own "file too large".
 */
export function fileTooLarge(maxBytes: number): Error {
  return Object.assign(new Error(`larger than ${formatBytes(maxBytes)}, the most read for it`), {
    code: 'EFBIG',
  });
}

/** Turns a failed read into a one-line usage error naming the file. */
export function readFailure(path: string, error: unknown): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    typeof code === 'string' && code in fsReasons
      ? fsReasons[code]
      : error instanceof Error
        ? error.message
        : String(error);
  return new UsageError(`cannot read \`${path}\`: ${reason}`);
}
