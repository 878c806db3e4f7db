/**
 * Tiny structural checkers for catalog JSON. Each checker appends messages of the form
 * `<json path>: expected ...` to `errors` and never throws, so one pass reports every problem.
 * Hand-written rather than ajv so the app bundle does not carry a schema compiler.
 */

import { isRecord } from './is-record';

export type Checker = (value: unknown, path: string, errors: string[]) => void;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function fail(errors: string[], path: string, expected: string, value: unknown): void {
  errors.push(`${path || '(root)'}: expected ${expected}, got ${describe(value)}`);
}

export const isString: Checker = (value, path, errors) => {
  if (typeof value !== 'string') fail(errors, path, 'a string', value);
};

export function stringMatching(pattern: RegExp, what: string): Checker {
  return (value, path, errors) => {
    if (typeof value !== 'string' || !pattern.test(value)) fail(errors, path, what, value);
  };
}

export const isNonNegativeInteger: Checker = (value, path, errors) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(errors, path, 'a non-negative integer', value);
  }
};

export const isPositiveInteger: Checker = (value, path, errors) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    fail(errors, path, 'a positive integer', value);
  }
};

export const isBoolean: Checker = (value, path, errors) => {
  if (typeof value !== 'boolean') fail(errors, path, 'a boolean', value);
};

export const isAnything: Checker = () => {};

export function oneOf(...allowed: readonly (string | number | boolean | null)[]): Checker {
  const expected = `one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  return (value, path, errors) => {
    if (!allowed.includes(value as string | number | boolean | null)) {
      fail(errors, path, expected, value);
    }
  };
}

export function nullable(check: Checker): Checker {
  return (value, path, errors) => {
    if (value !== null) check(value, path, errors);
  };
}

export function arrayOf(check: Checker): Checker {
  return (value, path, errors) => {
    if (!Array.isArray(value)) {
      fail(errors, path, 'an array', value);
      return;
    }
    value.forEach((item, index) => check(item, `${path}[${index}]`, errors));
  };
}

export function recordOf(check: Checker): Checker {
  return (value, path, errors) => {
    if (!isRecord(value)) {
      fail(errors, path, 'an object', value);
      return;
    }
    for (const [key, item] of Object.entries(value)) check(item, join(path, key), errors);
  };
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * An object with the given required and optional properties and no others: an unknown property
 * is reported, so a misspelt field cannot slip through as "optional and absent".
 */
export function objectOf(
  required: Record<string, Checker>,
  optional: Record<string, Checker> = {},
): Checker {
  return (value, path, errors) => {
    if (!isRecord(value)) {
      fail(errors, path, 'an object', value);
      return;
    }
    for (const [key, check] of Object.entries(required)) {
      if (!(key in value)) errors.push(`${join(path, key)}: missing required property`);
      else check(value[key], join(path, key), errors);
    }
    for (const [key, check] of Object.entries(optional)) {
      if (key in value) check(value[key], join(path, key), errors);
    }
    for (const key of Object.keys(value)) {
      if (!(key in required) && !(key in optional)) {
        errors.push(`${join(path, key)}: unexpected property`);
      }
    }
  };
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Runs a checker over untrusted data; the cast is sound only because the checker passed. */
export function runCheck<T>(check: Checker, data: unknown): ValidationResult<T> {
  const errors: string[] = [];
  check(data, '', errors);
  return errors.length === 0 ? { ok: true, value: data as T } : { ok: false, errors };
}
