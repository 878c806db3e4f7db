/**
 * Builds `global-condition-keys.json` from the hand-kept list (policy-language.md §8.1, kept in
 * `catalogs/overrides/global-condition-keys.source.json`) and merges the keys a capture of the
 * global-key page states (`g:PrincipalUrn` with 数据类型 – 字符串 / 值类型 – 单值 ...). Every change the
 * capture makes to the hand-kept data is reported.
 */
import type {
  CatalogSource,
  DataWarning,
  GlobalConditionKey,
  GlobalConditionKeysFile,
} from '../catalog/index';
import { CATALOG_SCHEMA_VERSION } from '../catalog/index';
import { reportCaptureNotes } from './capture-meta';
import { classifyLine } from './classify-line';
import { createParseContext, type ParseContext } from './parse-context';
import { keyTypeOf, multiValuedOf } from './parse-condition-keys';
import { compareText, sortWarnings } from './sort-catalog';
import { singleText, toCells, toNumberedLines } from './source-lines';

interface CapturedKey {
  name: string;
  type: GlobalConditionKey['type'] | null;
  multiValued: boolean | null;
  facts: string;
  line: number;
}

/** True for a capture of the global condition-key page (keys followed by 数据类型 lines). */
export function isGlobalKeyCapture(text: string): boolean {
  return /^g:[A-Za-z]+\r?\n\r?\n数据类型/m.test(text);
}

function readCapturedKeys(text: string, ctx: ParseContext): CapturedKey[] {
  const cells = toCells(toNumberedLines(text));
  for (const cell of cells) reportCaptureNotes(cell, ctx);
  const keys: CapturedKey[] = [];
  cells.forEach((cell, index) => {
    const name = singleText(cell);
    const details = cells[index + 1];
    if (
      name === null ||
      !name.startsWith('g:') ||
      classifyLine(name).kind !== 'condition-key' ||
      !details
    )
      return;
    const value = (label: string) =>
      details.lines
        .find((line) => line.text.startsWith(label))
        ?.text.split(/[–-]/)
        .slice(1)
        .join('-')
        .trim() ?? '';
    const printedType = value('数据类型');
    const type = keyTypeOf(printedType);
    if (type === null)
      ctx.warn(
        'UNKNOWN_KEY_TYPE',
        `\`${name}\` has data type \`${printedType}\``,
        details.line,
        name,
      );
    const facts =
      details.lines
        .find((line) => line.text.startsWith('Facts stated:'))
        ?.text.replace(/^Facts stated:\s*/, '') ?? '';
    keys.push({ name, type, multiValued: multiValuedOf(value('值类型')), facts, line: cell.line });
  });
  return keys;
}

export interface GlobalKeyCapture {
  file: string;
  text: string;
  source: CatalogSource;
}

export function buildGlobalConditionKeys(
  handKept: readonly GlobalConditionKey[],
  captures: readonly GlobalKeyCapture[],
): GlobalConditionKeysFile {
  const keys = new Map(
    handKept.map((key) => [
      key.name,
      { ...key, models: [...key.models], sources: [...key.sources] },
    ]),
  );
  const warnings: DataWarning[] = [];
  for (const capture of captures) {
    const ctx = createParseContext(capture.file);
    for (const captured of readCapturedKeys(capture.text, ctx)) mergeKey(keys, captured, ctx);
    warnings.push(...ctx.warnings);
  }
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    handKept: true,
    keys: [...keys.values()].sort((a, b) => compareText(a.name, b.name)),
    sources: captures.map((capture) => capture.source).sort((a, b) => compareText(a.file, b.file)),
    warnings: sortWarnings(warnings),
  };
}

function mergeKey(
  keys: Map<string, GlobalConditionKey>,
  captured: CapturedKey,
  ctx: ParseContext,
): void {
  const source = `${ctx.file}:${captured.line}`;
  const known = keys.get(captured.name);
  if (!known) {
    keys.set(captured.name, {
      name: captured.name,
      type: captured.type ?? 'string',
      multiValued: captured.multiValued,
      description: captured.facts,
      confidence: 'H',
      models: ['5.0'],
      sources: [source],
    });
    ctx.warn(
      'GLOBAL_KEY_ADDED',
      `\`${captured.name}\` is not in the hand-kept list; added from the capture`,
      captured.line,
      captured.name,
    );
    return;
  }
  const changes: string[] = [];
  if (captured.type !== null && captured.type !== known.type) {
    changes.push(`type \`${known.type}\` → \`${captured.type}\``);
    known.type = captured.type;
  }
  if (captured.multiValued !== null && captured.multiValued !== known.multiValued) {
    changes.push(
      `multi-valued \`${String(known.multiValued)}\` → \`${String(captured.multiValued)}\``,
    );
    known.multiValued = captured.multiValued;
  }
  if (known.confidence !== 'H') {
    changes.push(`confidence \`${known.confidence}\` → \`H\` (stated by the page)`);
    known.confidence = 'H';
  }
  if (!known.models.includes('5.0')) known.models.push('5.0');
  if (!known.sources.includes(source)) known.sources.push(source);
  if (changes.length > 0) {
    ctx.warn(
      'GLOBAL_KEY_UPDATED',
      `the capture updates the hand-kept \`${captured.name}\`: ${changes.join(', ')}`,
      captured.line,
      captured.name,
    );
  }
}
