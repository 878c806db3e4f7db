import type { Node } from 'jsonc-parser';
import type { CatalogAction } from '../../catalog';
import { matchAction, type PolicyDocument } from '../../engine';
import { nodeAt, stringNodes } from '../json-document';
import type { CodeAction, FormattingOptions, TextSpan } from '../language-types';
import type { PolicyCatalogs } from '../policy-catalogs';
import { addDependencyActions } from '../add-dependencies';
import { diffEdit } from '../text-edits';

/** Every `Action` entry of the policy's `Allow` statements: what the policy already grants. */
function allowedPatterns(document: PolicyDocument): string[] {
  const statements = nodeAt(document, ['Statement']);
  const objects =
    statements?.type === 'array' ? (statements.children ?? []) : statements ? [statements] : [];
  return objects.flatMap((statement) => {
    const effect = statement.children?.find((p) => p.children?.[0]?.value === 'Effect');
    if (effect?.children?.[1]?.value !== 'Allow') return [];
    const action = statement.children?.find((p) => p.children?.[0]?.value === 'Action');
    return stringNodes(action?.children?.[1]).map((node) => String(node.value));
  });
}

interface Missing {
  action: string;
  condition?: string;
}

function missingDependencies(
  catalogs: PolicyCatalogs,
  document: PolicyDocument,
  action: CatalogAction,
): Missing[] {
  const granted = allowedPatterns(document);
  const seen = new Set<string>();
  const missing: Missing[] = [];
  for (const api of catalogs.apisOf(action, document.model)) {
    for (const dependency of api.dependencies) {
      const name = dependency.action;
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      // A dependency granted under one of its aliases is granted (reference §5 rule 6).
      const aliases = catalogs.lookup.action(name, document.model)?.aliases ?? [];
      if (granted.some((pattern) => matchAction(pattern, name, aliases))) continue;
      missing.push(
        dependency.condition === undefined
          ? { action: name }
          : { action: name, condition: dependency.condition },
      );
    }
  }
  // Unconditional dependencies first: the first fix adds only those.
  return [
    ...missing.filter((m) => m.condition === undefined),
    ...missing.filter((m) => m.condition !== undefined),
  ];
}

function covers(node: Node, span: TextSpan): boolean {
  return node.offset <= span.offset + span.length && span.offset <= node.offset + node.length;
}

/**
 * "Add the dependencies of `x`" for an action (under the cursor) of an `Allow` statement whose
 * APIs need other actions the policy does not grant yet: first the unconditional ones, then all.
 */
export function dependencyFixes(
  catalogs: PolicyCatalogs,
  document: PolicyDocument,
  span: TextSpan,
  formatting: FormattingOptions,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const seenStatements = new Set<string>();
  for (const node of findActionNodes(document, span)) {
    const { base } = node;
    if (nodeAt(document, [...base, 'Effect'])?.value !== 'Allow') continue;
    const [action] = catalogs.lookup.matchActions(node.value, document.model);
    if (!action || /[*?]/.test(node.value)) continue;
    const missing = missingDependencies(catalogs, document, action);
    if (missing.length === 0 || seenStatements.has(`${base.join('/')} ${action.name}`)) continue;
    seenStatements.add(`${base.join('/')} ${action.name}`);
    const unconditional = missing.filter((m) => m.condition === undefined);
    const named = (items: Missing[]) => items.map((m) => `\`${m.action}\``).join(', ');
    // The same edit as the evaluator's fix: the actions go to the dependency statement.
    const add = (items: Missing[]) => {
      const result = addDependencyActions(
        document.text,
        items.map((item) => item.action),
        formatting,
      );
      return result.ok ? [diffEdit(document.text, result.text)] : null;
    };
    const some = unconditional.length > 0 ? add(unconditional) : null;
    if (some) {
      actions.push({
        title: `Add the dependencies of \`${action.name}\`: ${named(unconditional)}`,
        edits: some,
      });
    }
    const all = unconditional.length < missing.length ? add(missing) : null;
    if (all) {
      const conditional = missing.filter((m) => m.condition !== undefined);
      actions.push({
        title: `Add all dependencies of \`${action.name}\`, including ${named(conditional)} (${conditional.map((m) => m.condition).join('; ')})`,
        edits: all,
      });
    }
  }
  return actions;
}

interface ActionNode {
  value: string;
  /** Path of the statement the entry belongs to. */
  base: (string | number)[];
}

/** The `Action` entries the span touches, with their paths. */
function findActionNodes(document: PolicyDocument, span: TextSpan): ActionNode[] {
  const statements = nodeAt(document, ['Statement']);
  if (!statements) return [];
  const list = statements.type === 'array' ? (statements.children ?? []) : [statements];
  const found: ActionNode[] = [];
  list.forEach((statement, index) => {
    if (statement.type !== 'object' || !covers(statement, span)) return;
    const base = statements.type === 'array' ? ['Statement', index] : ['Statement'];
    const property = statement.children?.find((p) => p.children?.[0]?.value === 'Action');
    for (const node of stringNodes(property?.children?.[1])) {
      if (covers(node, span)) found.push({ value: String(node.value), base });
    }
  });
  return found;
}
