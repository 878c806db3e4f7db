import type { AccessLevel, PolicyModel } from '../../catalog';

export const modelLabels: Record<PolicyModel, string> = {
  '5.0': 'Identity policy / SCP (5.0)',
  '1.1': 'Legacy fine-grained (1.1)',
};

export const accessLevelLabels: Record<AccessLevel, string> = {
  list: 'List',
  read: 'Read',
  write: 'Write',
  permission_management: 'Permission management',
  tagging: 'Tagging',
};

export const multiValuedLabel = (multiValued: boolean | null) =>
  multiValued === null ? 'single/multi not stated' : multiValued ? 'multi-valued' : 'single-valued';

/** `1 API`, `2 APIs`: a count with its noun. */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
