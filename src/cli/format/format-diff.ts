import type { ChangeGroups, MatrixChange, PolicySetDiff } from '../../engine/index';

const groupTitles: [keyof ChangeGroups, string][] = [
  ['newlyAllowed', 'newly allowed'],
  ['newlyDenied', 'newly denied'],
  ['changed', 'changed'],
];

/** The diff as text: APIs, then actions, each grouped by kind of change, with the reason. */
export function formatDiff(diff: PolicySetDiff): string {
  const lines: string[] = [];
  for (const [subject, groups] of [
    ['APIs', diff.apis],
    ['actions', diff.actions],
  ] as const) {
    for (const [key, title] of groupTitles) {
      const changes = groups[key];
      if (changes.length === 0) continue;
      lines.push(`${subject} ${title} (${changes.length}):`);
      for (const change of changes) lines.push(`  ${label(change)}  ${change.reason}`);
      lines.push('');
    }
  }
  if (lines.length === 0) return 'no API or action changes its outcome\n';
  return lines.join('\n');
}

function label(change: MatrixChange): string {
  if (!change.catalogId) return change.id;
  const action = change.beforeAction ? `${change.beforeAction} → ${change.action}` : change.action;
  return `${change.catalogId} ${change.id} (${action})`;
}

/** Whether anything changed at all. */
export function hasChanges(diff: PolicySetDiff): boolean {
  return [diff.apis, diff.actions].some((groups) =>
    groupTitles.some(([key]) => groups[key].length > 0),
  );
}
