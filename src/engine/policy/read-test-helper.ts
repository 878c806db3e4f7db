/** Test helper: what the readers receive for one JSON object of a policy, as `parsePolicy` builds it. */
import { parseTree } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import { readMembers } from './json-node';
import type { Member, ReadContext } from './json-node';
import type { JsonPath, PolicyIssue } from './policy-types';

/**
 * The JSON object `text` as if it sat at `path` in a policy: its node, its members (`member()` is
 * the only one), and an empty context in which the reader under test reports. The text may be cut
 * short (`{"Action":}`); jsonc-parser's own syntax errors are not in `context.issues`.
 */
export function objectAt(
  text: string,
  path: JsonPath,
): { context: ReadContext; node: Node; member: (name?: string) => Member } {
  const node = parseTree(text);
  if (node?.type !== 'object') throw new Error(`not a JSON object: ${text}`);
  const { all, byName } = readMembers({ text, issues: [] }, node, path);
  const member = (name?: string): Member => {
    const found = name === undefined ? (all.length === 1 ? all[0] : undefined) : byName.get(name);
    if (found === undefined) throw new Error(`no member ${name ?? '(only one)'} in ${text}`);
    return found;
  };
  return { context: { text, issues: [] }, node, member };
}

/** Issues as the tests write them out: severity belongs to the check registry, not to the readers. */
export function reported(issues: readonly PolicyIssue[]): Omit<PolicyIssue, 'severity'>[] {
  return issues.map(({ severity: _severity, ...issue }) => issue);
}
