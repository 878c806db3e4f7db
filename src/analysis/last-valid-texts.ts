import { unreadablePolicy } from '../engine';
import type { PolicyInput, PolicyLayer } from '../engine';
import { lineLocator } from '../text-formats/line-locator';

/** A policy evaluated as it last parsed, because its current text does not. */
export interface StalePolicy {
  id: string;
  name: string;
  /** Why the current text is not evaluated (the engine's words). */
  reason: string;
  /** 1-based line where the current text first breaks. */
  line: number;
}

/**
 * Each policy's last text that the engine would evaluate, so that while the user types (a
 * half-typed value, a missing comma) the matrix shows the last valid version instead of turning
 * every API "not allowed" between two keys. Lives in the worker: the check parses the text, which
 * must not cost the editor frames.
 */
export class LastValidTexts {
  private readonly valid = new Map<string, string>();

  /** The policies to evaluate, and which of them stand in for a text that does not parse. */
  steady(
    policies: readonly PolicyInput[],
    layer: PolicyLayer,
    stale: StalePolicy[],
  ): PolicyInput[] {
    return policies.map((policy) => {
      const broken = unreadablePolicy(policy.text, layer);
      if (broken === null) {
        this.valid.set(policy.id, policy.text);
        return policy;
      }
      const last = this.valid.get(policy.id);
      if (last === undefined || last === policy.text) return policy;
      if (!stale.some((s) => s.id === policy.id)) {
        const line = lineLocator(policy.text)(broken.offset).line;
        stale.push({ id: policy.id, name: policy.name ?? policy.id, reason: broken.message, line });
      }
      return { ...policy, text: last };
    });
  }
}
