/**
 * The ECS permissions page (seed 003): the system-defined policies and role with their
 * descriptions (Tables 1–2), the common operations each supports (Table 3), and each policy's
 * full JSON document, printed after a `<name> Policy Content` / `<name> Role Content` heading.
 */
import type { PolicyModel } from '../catalog/index';
import type { ParseContext } from './parse-context';
import { singleText, toCells, toNumberedLines, type Cell } from './source-lines';

export interface ParsedSystemPolicy {
  name: string;
  kind: 'policy' | 'role';
  description: string;
  document: unknown;
  model: PolicyModel | null;
  commonOperations: string[];
  line: number;
  /** Line of each string in the document's Action lists (first occurrence). */
  actionLines: Map<string, number>;
}

const CONTENT_RE = /^(.+) (Policy|Role) Content$/;

/** True when the capture prints policy documents after `... Policy Content` headings. */
export function isSystemPoliciesCapture(text: string): boolean {
  return /^.+ (Policy|Role) Content\r?\n\r?\n\{/m.test(text);
}

export function parseSystemPolicies(text: string, ctx: ParseContext): ParsedSystemPolicy[] {
  const cells = toCells(toNumberedLines(text));
  const descriptions = readDescriptions(cells);
  const operations = readOperations(cells);
  const policies: ParsedSystemPolicy[] = [];
  cells.forEach((cell, index) => {
    const heading = CONTENT_RE.exec(singleText(cell) ?? '');
    const body = cells[index + 1];
    if (!heading?.[1] || body?.lines[0]?.text !== '{') return;
    const name = heading[1];
    const parsed = parseDocument(body, ctx);
    if (parsed === undefined) return;
    const version = (parsed as { Version?: unknown }).Version;
    const model = version === '1.1' || version === '5.0' ? version : null;
    if (model === null) {
      ctx.warn(
        'POLICY_VERSION_UNKNOWN',
        `the document of \`${name}\` has Version \`${String(version)}\``,
        body.line,
        name,
      );
    }
    const description = descriptions.get(name);
    if (description === undefined) {
      ctx.warn(
        'POLICY_DESCRIPTION_MISSING',
        `\`${name}\` has a document but no row in the policy tables`,
        cell.line,
        name,
      );
    }
    policies.push({
      name,
      kind: heading[2] === 'Role' ? 'role' : 'policy',
      description: description ?? '',
      document: parsed,
      model,
      commonOperations: operations.get(name) ?? [],
      line: body.line,
      actionLines: actionLinesOf(body),
    });
  });
  return policies;
}

function parseDocument(body: Cell, ctx: ParseContext): unknown {
  try {
    return JSON.parse(body.lines.map((line) => line.text).join('\n')) as unknown;
  } catch (error) {
    ctx.warn(
      'POLICY_JSON_INVALID',
      `the policy document is not valid JSON (${String(error)}); not imported`,
      body.line,
    );
    return undefined;
  }
}

function actionLinesOf(body: Cell): Map<string, number> {
  const lines = new Map<string, number>();
  for (const line of body.lines) {
    const value = /^"([^"]+)",?$/.exec(line.text)?.[1];
    if (value !== undefined && !lines.has(value)) lines.set(value, line.line);
  }
  return lines;
}

/** Tables 1–2: the name cell, its description paragraphs, then the `... Content` cell. */
function readDescriptions(cells: readonly Cell[]): Map<string, string> {
  const descriptions = new Map<string, string>();
  cells.forEach((cell, index) => {
    const name = CONTENT_RE.exec(singleText(cell) ?? '')?.[1];
    if (!name || cells[index + 1]?.lines[0]?.text === '{' || descriptions.has(name)) return;
    const start = cells.findIndex((candidate, at) => at < index && singleText(candidate) === name);
    if (start < 0) return;
    const paragraphs = cells
      .slice(start + 1, index)
      .map((part) => part.lines.map((line) => line.text).join(' '));
    descriptions.set(name, paragraphs.join('\n'));
  });
  return descriptions;
}

/** Table 3: `Operation` then one column per policy; rows are an operation and `Supported` cells. */
function readOperations(cells: readonly Cell[]): Map<string, string[]> {
  const operations = new Map<string, string[]>();
  const start = cells.findIndex((cell) => singleText(cell) === 'Operation');
  if (start < 0) return operations;
  const columns: string[] = [];
  let index = start + 1;
  for (
    ;
    index < cells.length && !/^(Supported|Not supported)/.test(singleText(cells[index + 1]) ?? '');
    index += 1
  ) {
    columns.push(singleText(cells[index]) ?? '');
  }
  for (; index + columns.length < cells.length; index += columns.length + 1) {
    const operation = singleText(cells[index]);
    const values = cells
      .slice(index + 1, index + 1 + columns.length)
      .map((cell) => singleText(cell) ?? '');
    if (operation === null || !values.every((value) => /^(Supported|Not supported)/.test(value)))
      break;
    values.forEach((value, column) => {
      const policy = columns[column] ?? '';
      if (value === 'Supported')
        operations.set(policy, [...(operations.get(policy) ?? []), operation]);
    });
  }
  return operations;
}
