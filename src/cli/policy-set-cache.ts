import { compilePolicySet, type CompiledPolicySet, type PolicySetInput } from '../engine/index';

/**
 * Compiled policy sets by content, so that batch lines that repeat the same policies (the usual
 * case: many requests against one policy set) compile them once. Bounded: when full, the oldest
 * entry goes.
 */
export function createPolicySetCache(capacity: number) {
  const sets = new Map<string, CompiledPolicySet>();
  return (key: string, input: () => PolicySetInput): CompiledPolicySet => {
    let set = sets.get(key);
    if (!set) {
      set = compilePolicySet(input());
      if (sets.size >= capacity) sets.delete(sets.keys().next().value as string);
      sets.set(key, set);
    }
    return set;
  };
}
