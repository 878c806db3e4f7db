/**
 * The ECS permissions page (seed 003): the system-defined policies and role with their
 * descriptions (Tables 1–2), the common operations each supports (Table 3), and each policy's
 * full JSON document, printed after a `<name> Policy Content` / `<name> Role Content` heading.
 */
import type { DataWarning, OperationSupport, PolicyModel } from '../catalog/index';
import { createParseContext, type ParseContext } from './parse-context';
import { singleText, toCells, toNumberedLines, type Cell } from './source-lines';

export interface ParsedSystemPolicy {
  name: string;
  kind: 'policy' | 'role';
  description: string;
  document: unknown;
  model: PolicyModel | null;
  /** The policy's column of Table 3. */
  operationSupport: OperationSupport[];
  line: number;
  /** Line of each string in the document's Action lists (first occurrence). */
  actionLines: Map<string, number>;
  /** Warnings about this policy alone (those about the capture go to the context). */
  warnings: DataWarning[];
}

/** A row of Table 3: the operation and the line it is printed on. */
export interface OperationRow {
  operation: string;
  line: number;
}

export interface ParsedSystemPolicies {
  policies: ParsedSystemPolicy[];
  operations: OperationRow[];
}

const CONTENT_RE = /^(.+) (Policy|Role) Content$/;

/** True when the capture prints policy documents after `... Policy Content` headings. */
export function isSystemPoliciesCapture(text: string): boolean {
  return /^.+ (Policy|Role) Content\r?\n\r?\n\{/m.test(text);
}

export function parseSystemPolicies(text: string, ctx: ParseContext): ParsedSystemPolicies {
  const cells = toCells(toNumberedLines(text));
  const descriptions = readDescriptions(cells);
  const table = readOperations(cells);
  const policies: ParsedSystemPolicy[] = [];
  cells.forEach((cell, index) => {
    const heading = CONTENT_RE.exec(singleText(cell) ?? '');
    const body = cells[index + 1];
    if (!heading?.[1] || body?.lines[0]?.text !== '{') return;
    const name = heading[1];
    const parsed = parseDocument(body, ctx);
    if (parsed === undefined) return;
    const own = createParseContext(ctx.file);
    const version = (parsed as { Version?: unknown }).Version;
    const model = version === '1.1' || version === '5.0' ? version : null;
    if (model === null) {
      own.warn(
        'POLICY_VERSION_UNKNOWN',
        `the document of \`${name}\` has Version \`${String(version)}\``,
        body.line,
        name,
      );
    }
    const description = descriptions.get(name);
    if (description === undefined) {
      own.warn(
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
      operationSupport: table.support.get(name) ?? [],
      line: body.line,
      actionLines: actionLinesOf(body),
      warnings: own.warnings,
    });
  });
  return { policies, operations: table.rows };
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

const CELL_RE = /^(Supported|Not supported)\b\s*(.*)$/;

/** A Table 3 cell: `Supported` or `Not supported`, then perhaps words in parentheses. */
function readSupport(operation: string, text: string | null): OperationSupport | null {
  const match = CELL_RE.exec(text ?? '');
  if (!match) return null;
  const support: OperationSupport = { operation, supported: match[1] === 'Supported' };
  const note = (match[2] ?? '').replace(/^\((.*)\)$/, '$1').trim();
  if (note !== '') support.note = note;
  return support;
}

/**
 * Table 3: `Operation` then one column per policy; rows are an operation and one cell per policy.
 * The table ends at the first row whose cells are not all Supported / Not supported.
 */
function readOperations(cells: readonly Cell[]): {
  rows: OperationRow[];
  support: Map<string, OperationSupport[]>;
} {
  const rows: OperationRow[] = [];
  const support = new Map<string, OperationSupport[]>();
  const start = cells.findIndex((cell) => singleText(cell) === 'Operation');
  if (start < 0) return { rows, support };
  const columns: string[] = [];
  let index = start + 1;
  for (; index < cells.length && !CELL_RE.test(singleText(cells[index + 1]) ?? ''); index += 1) {
    columns.push(singleText(cells[index]) ?? '');
  }
  for (; index + columns.length < cells.length; index += columns.length + 1) {
    const cell = cells[index];
    const operation = singleText(cell);
    if (operation === null || cell === undefined) break;
    const values = cells
      .slice(index + 1, index + 1 + columns.length)
      .map((value) => readSupport(operation, singleText(value)));
    if (!values.every((value) => value !== null)) break;
    rows.push({ operation, line: cell.line });
    values.forEach((value, column) => {
      const policy = columns[column] ?? '';
      support.set(policy, [...(support.get(policy) ?? []), value]);
    });
  }
  return { rows, support };
}
