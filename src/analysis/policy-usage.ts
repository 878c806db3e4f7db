import { compileWildcard, readPolicyDocument, resolveOperator } from '../engine';

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

function readOperator(operator: string): Pick<KeyUsage, 'setOperator' | 'operatorType'> {
  const resolved = resolveOperator(operator);
  if (!resolved.ok) return { setOperator: false, operatorType: null };
  const type = resolved.definition.valueType;
  return {
    setOperator: resolved.setPrefix !== null,
    operatorType: type === 'existence' ? null : type,
  };
}

/** Services and condition keys of the policies; `available` are the services with a catalog. */
export function policyUsage(texts: readonly string[], available: readonly string[]): PolicyUsage {
  const services = new Set<string>();
  const keys = new Map<string, KeyUsage>();
  for (const text of texts) {
    const { actions, notAction, conditions } = readPolicyDocument(text).mentions;
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
