/**
 * Turns v5 action rows from one or more captures into catalog actions. A name listed twice is
 * one action: within one capture that is a duplicated row (SMS), across captures the same action
 * seen on two pages (ECS identity-policy and SCP pages). Differences become warnings and notes.
 */
import type { ActionResourceType, CatalogAction, DataWarning } from '../catalog/index';
import type { ParsedActionRow } from './parsed-types';

export interface SourcedActionRow {
  file: string;
  row: ParsedActionRow;
  /** Resource types the row's cells name, already resolved from URNs where needed. */
  resourceTypes: ActionResourceType[];
}

function union(into: string[], more: readonly string[]): void {
  for (const item of more) if (!into.includes(item)) into.push(item);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

function toAction({ file, row, resourceTypes }: SourcedActionRow): CatalogAction {
  return {
    name: row.name,
    description: row.description,
    accessLevel: row.accessLevel,
    resourceTypes: resourceTypes.map((type) => ({ ...type })),
    conditionKeys: [...row.conditionKeys],
    aliases: [...row.aliases],
    notes: [],
    source: { file, line: row.line },
  };
}

export function mergeActionRows(rows: readonly SourcedActionRow[]): {
  actions: CatalogAction[];
  warnings: DataWarning[];
} {
  const byName = new Map<string, CatalogAction>();
  const pages = new Map<string, string | undefined>();
  const warnings: DataWarning[] = [];
  for (const sourced of rows) {
    const { file, row } = sourced;
    const existing = byName.get(row.name);
    if (!existing) {
      byName.set(row.name, toAction(sourced));
      pages.set(row.name, row.page);
      continue;
    }
    const where = `${existing.source.file}:${existing.source.line}`;
    const source = { file, line: row.line };
    const differences = describeDifferences(existing, sourced);
    // Per-API blocks in one capture come from different pages, so they are separate sources.
    if (existing.source.file === file && pages.get(row.name) === row.page) {
      const also = differences.length > 0 ? `; this row differs: ${differences.join('; ')}` : '';
      warnings.push({
        code: 'DUPLICATE_ACTION_ROW',
        message: `\`${row.name}\` is listed again (first at line ${existing.source.line}); the rows are merged into one action${also}`,
        subject: row.name,
        source,
      });
      existing.notes.push(
        `listed twice in the source (lines ${existing.source.line} and ${row.line})`,
      );
    } else {
      existing.notes.push(`also listed in ${file}:${row.line}`);
      if (differences.length > 0) {
        warnings.push({
          code: 'SOURCES_DISAGREE',
          message: `\`${row.name}\` differs from ${where}: ${differences.join('; ')}; values were merged`,
          subject: row.name,
          source,
        });
      }
    }
    if (row.description && row.description !== existing.description) {
      if (existing.description) existing.notes.push(`also described as: ${row.description}`);
      else existing.description = row.description;
    }
    existing.accessLevel ??= row.accessLevel;
    for (const type of sourced.resourceTypes) {
      const known = existing.resourceTypes.find((candidate) => candidate.type === type.type);
      if (known) known.required ||= type.required;
      else existing.resourceTypes.push({ ...type });
    }
    union(existing.conditionKeys, row.conditionKeys);
    union(existing.aliases, row.aliases);
  }
  return { actions: [...byName.values()], warnings };
}

function describeDifferences(
  existing: CatalogAction,
  { row, resourceTypes }: SourcedActionRow,
): string[] {
  const differences: string[] = [];
  if (existing.accessLevel && row.accessLevel && existing.accessLevel !== row.accessLevel) {
    differences.push(`access level \`${row.accessLevel}\` vs \`${existing.accessLevel}\``);
  }
  const types = resourceTypes.map((type) => `${type.type}${type.required ? ' *' : ''}`);
  const knownTypes = existing.resourceTypes.map(
    (type) => `${type.type}${type.required ? ' *' : ''}`,
  );
  if (!sameSet(types, knownTypes))
    differences.push(`resource types [${types.join(', ')}] vs [${knownTypes.join(', ')}]`);
  if (!sameSet(row.conditionKeys, existing.conditionKeys)) {
    differences.push(
      `condition keys [${row.conditionKeys.join(', ')}] vs [${existing.conditionKeys.join(', ')}]`,
    );
  }
  // Pages without an Alias column list none, so an empty side is no disagreement.
  const bothHaveAliases = row.aliases.length > 0 && existing.aliases.length > 0;
  if (bothHaveAliases && !sameSet(row.aliases, existing.aliases)) {
    differences.push(`aliases [${row.aliases.join(', ')}] vs [${existing.aliases.join(', ')}]`);
  }
  return differences;
}
