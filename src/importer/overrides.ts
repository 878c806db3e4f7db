/**
 * Hand-made corrections to the captures (`catalogs/overrides/overrides.json`). Each correction
 * names the capture, the exact line content it replaces and why; the importer applies it before
 * parsing and records an `OVERRIDE_APPLIED` warning, so no fix is ever silent.
 */
import { isRecord } from '../catalog';
import type { ParseContext } from './parse-context';
import type { SourceLine } from './source-lines';

export interface LineCorrection {
  /** Capture file name, without directory. */
  file: string;
  /** The line's exact content (without indentation or bullet). */
  find: string;
  /** The content that replaces it: one line, or several when a cell runs values together. */
  replace: string[];
  reason: string;
}

interface ServiceName {
  name: string;
  reason: string;
}

export interface Overrides {
  lineCorrections: LineCorrection[];
  /** English service names for captures that print none, by service prefix. */
  serviceNames: Record<string, ServiceName>;
}

export type OverridesResult = { ok: true; value: Overrides } | { ok: false; errors: string[] };

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Checks the overrides file's shape; every entry must carry a non-empty reason. */
export function validateOverrides(data: unknown): OverridesResult {
  const errors: string[] = [];
  if (!isRecord(data)) return { ok: false, errors: ['(root): expected an object'] };
  const corrections = data['lineCorrections'];
  const names = data['serviceNames'];
  if (!Array.isArray(corrections)) errors.push('lineCorrections: expected an array');
  else {
    corrections.forEach((entry: unknown, index) => {
      const at = `lineCorrections[${index}]`;
      if (!isRecord(entry)) return void errors.push(`${at}: expected an object`);
      for (const key of ['file', 'find', 'reason']) {
        if (typeof entry[key] !== 'string' || entry[key] === '')
          errors.push(`${at}.${key}: expected a non-empty string`);
      }
      if (!isStringArray(entry['replace']) || entry['replace'].length === 0) {
        errors.push(`${at}.replace: expected a non-empty array of strings`);
      }
    });
  }
  if (!isRecord(names)) errors.push('serviceNames: expected an object');
  else {
    for (const [service, entry] of Object.entries(names)) {
      if (
        !isRecord(entry) ||
        typeof entry['name'] !== 'string' ||
        typeof entry['reason'] !== 'string' ||
        entry['reason'] === ''
      ) {
        errors.push(`serviceNames.${service}: expected { name, reason } strings`);
      }
    }
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: data as unknown as Overrides };
}

/**
 * Applies the corrections for `ctx.file` to its lines. Returns the corrected lines and the
 * corrections that matched, so the caller can report corrections that no longer match anything.
 */
export function applyLineCorrections(
  lines: readonly (SourceLine | null)[],
  corrections: readonly LineCorrection[],
  ctx: ParseContext,
): { lines: (SourceLine | null)[]; used: Set<LineCorrection> } {
  const mine = corrections.filter((correction) => correction.file === ctx.file);
  const used = new Set<LineCorrection>();
  const result: (SourceLine | null)[] = [];
  for (const line of lines) {
    const correction = line ? mine.find((candidate) => candidate.find === line.text) : undefined;
    if (!line || !correction) {
      result.push(line);
      continue;
    }
    used.add(correction);
    const replacement = correction.replace.map((text) => `\`${text}\``).join(', ');
    ctx.warn(
      'OVERRIDE_APPLIED',
      `printed \`${line.text}\`, read as ${replacement}: ${correction.reason}`,
      line.line,
      correction.replace[0],
    );
    result.push(...correction.replace.map((text) => ({ ...line, text })));
  }
  return { lines: result, used };
}
