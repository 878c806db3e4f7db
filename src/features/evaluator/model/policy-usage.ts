import { visit } from 'jsonc-parser';
import type { PolicyModel } from '../../../catalog';
import { compileWildcard, resolveOperator } from '../../../engine';

/**
 * What a set of policy texts refers to: the services their actions name (the matrix's default
 * services) and the condition keys their conditions test (the context inputs to offer).
 */

export interface KeyUsage {
  /** The key as first written. */
  key: string;
  /** Some condition tests it with `ForAnyValue`/`ForAllValues`: the request may carry a list. */
  setOperator: boolean;
  /** The value type the operators expect, when an operator says (`null`: unknown operator). */
  operatorType: 'string' | 'number' | 'date' | 'boolean' | 'ip_address' | null;
}

export interface PolicyUsage {
  /** Lower-case service prefixes named by actions, or every available one for `*` and NotAction. */
  services: string[];
  keys: KeyUsage[];
}

function actionServices(action: string, available: readonly string[]): string[] {
  const prefix = action.split(':', 1)[0] ?? '';
  if (!/[*?]/.test(prefix)) return [prefix.toLowerCase()];
  const matcher = compileWildcard(prefix, { ignoreCase: true });
  return available.filter((service) => matcher.test(service));
}

interface Mentions {
  /** The document's own `Version` (the last one, as the engine reads duplicate keys). */
  version: string | null;
  actions: string[];
  /** Some statement has `NotAction`. */
  notAction: boolean;
  conditions: { operator: string; key: string }[];
}

/** How deep a statement's own elements sit: `Statement[i].Action` or `Statement.Action`. */
const statementDepth = (path: readonly (string | number)[]) =>
  path[0] !== 'Statement' ? 0 : typeof path[1] === 'number' ? 2 : 1;

/**
 * The action names, `NotAction`s and condition keys a policy text mentions. A streaming read,
 * not the engine's located parse: this runs on every edit while the user types, and it needs
 * only names, so it builds no tree (a 500-statement policy is read in a few milliseconds).
 */
function readMentions(text: string): Mentions {
  const mentions: Mentions = { version: null, actions: [], notAction: false, conditions: [] };
  try {
    visit(text, {
      onObjectProperty(property, _offset, _length, _line, _column, pathSupplier) {
        const path = pathSupplier();
        const depth = statementDepth(path);
        if (depth === 0) return;
        if (path.length === depth && property === 'NotAction') mentions.notAction = true;
        if (path.length === depth + 2 && path[depth] === 'Condition') {
          mentions.conditions.push({ operator: String(path[depth + 1]), key: property });
        }
      },
      onLiteralValue(value, _offset, _length, _line, _column, pathSupplier) {
        if (typeof value !== 'string') return;
        const path = pathSupplier();
        if (path.length === 1 && path[0] === 'Version') mentions.version = value;
        const depth = statementDepth(path);
        const inAction =
          depth > 0 &&
          path[depth] === 'Action' &&
          (path.length === depth + 1 ||
            (path.length === depth + 2 && typeof path[depth + 1] === 'number'));
        if (inAction) mentions.actions.push(value);
      },
    });
  } catch {
    // Nesting deep enough to exhaust the stack: such a text is no policy and mentions nothing.
  }
  return mentions;
}

function readOperator(operator: string): Pick<KeyUsage, 'setOperator' | 'operatorType'> {
  const resolved = resolveOperator(operator);
  if (!resolved.ok) return { setOperator: false, operatorType: null };
  const type = resolved.definition.valueType;
  return {
    setOperator: resolved.setPrefix !== null,
    operatorType: type === 'existence' ? null : type,
  };
}

/** How many recent texts `mentionsIn` remembers: the evaluated drafts and the SCPs in play. */
const REMEMBERED = 8;
const remembered = new Map<string, Mentions>();

/**
 * The mentions of `text`, remembered: each edit re-derives the evaluator's inputs from every
 * evaluated draft and SCP, and all but the edited one are unchanged (results are read-only).
 */
function mentionsIn(text: string): Mentions {
  const known = remembered.get(text);
  if (known !== undefined) {
    remembered.delete(text);
    remembered.set(text, known);
    return known;
  }
  const mentions = readMentions(text);
  remembered.set(text, mentions);
  if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  return mentions;
}

/** Services and condition keys of the policies; `available` are the services with a catalog. */
export function policyUsage(texts: readonly string[], available: readonly string[]): PolicyUsage {
  const services = new Set<string>();
  const keys = new Map<string, KeyUsage>();
  for (const text of texts) {
    const { actions, notAction, conditions } = mentionsIn(text);
    // NotAction grants everything it does not name: every service is concerned.
    if (notAction) for (const service of available) services.add(service);
    for (const action of actions) {
      for (const service of actionServices(action, available)) services.add(service);
    }
    for (const { operator, key } of conditions) {
      const lower = key.toLowerCase();
      const { setOperator, operatorType } = readOperator(operator);
      const known = keys.get(lower);
      keys.set(lower, {
        key: known?.key ?? key,
        setOperator: (known?.setOperator ?? false) || setOperator,
        operatorType: known?.operatorType ?? operatorType,
      });
    }
  }
  const availableSet = new Set(available);
  return {
    services: [...services].filter((s) => availableSet.has(s)).sort(),
    keys: [...keys.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/**
 * The model a policy text is evaluated in, from its top-level `Version` as the engine reads it (a
 * `"Version"` inside a condition does not count): `1.1`, else `5.0`.
 */
export function policyModelIn(text: string): PolicyModel {
  return mentionsIn(text).version === '1.1' ? '1.1' : '5.0';
}
