/** Why a catalog file could not be used; `retryable` only for failures a second try may fix. */
export type CatalogFileProblem = 'network' | 'http' | 'json' | 'shape';

/**
 * A catalog file that could not be loaded, with a one-line message a user can act on and the
 * validator's findings (if any) as details.
 */
export class CatalogFileError extends Error {
  override readonly name = 'CatalogFileError';

  constructor(
    readonly file: string,
    readonly problem: CatalogFileProblem,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }

  /** A network hiccup or a server error may pass; a 404 or a corrupt file will not. */
  get retryable(): boolean {
    return (
      this.problem === 'network' || (this.problem === 'http' && /\b5\d\d\b/.test(this.message))
    );
  }
}

/** Retry once, and only when trying again can help. */
export function retryCatalogFetch(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && error instanceof CatalogFileError && error.retryable;
}
