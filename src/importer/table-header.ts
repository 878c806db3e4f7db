/**
 * Recognises table header rows (one header cell per paragraph) in English and Chinese, and from
 * the columns decides which kind of table follows.
 */
import type { Cell } from './source-lines';
import { singleText } from './source-lines';

export type Column =
  | 'permission'
  | 'api'
  | 'action'
  | 'dependencies'
  | 'description'
  | 'accessLevel'
  | 'resourceType'
  | 'conditionKey'
  | 'alias'
  | 'urn'
  | 'serviceConditionKey'
  | 'keyType'
  | 'cardinality'
  | 'scopeIamProject'
  | 'scopeEnterpriseProject'
  | 'scopeInstance'
  | 'scopeTag'
  | 'policyName'
  | 'policyContent'
  | 'explanation';

type TableKind =
  | 'v5-actions'
  | 'v5-apis'
  | 'auth-block'
  | 'resource-types'
  | 'condition-keys'
  | 'legacy'
  | 'unsupported';

export interface TableHeader {
  kind: TableKind;
  columns: Column[];
  /** Line of the first header cell. */
  line: number;
  /** Index of the first cell after the header. */
  next: number;
}

const HEADER_WORDS: Readonly<Record<string, Column>> = {
  权限: 'permission',
  permission: 'permission',
  对应的api接口: 'api',
  对应api接口: 'api',
  api: 'api',
  '授权项(action)': 'action',
  授权项: 'action',
  action: 'action',
  依赖的授权项: 'dependencies',
  '依赖的授权项(action)': 'dependencies',
  dependencies: 'dependencies',
  description: 'description',
  描述: 'description',
  accesslevel: 'accessLevel',
  访问级别: 'accessLevel',
  'resourcetype(*:required)': 'resourceType',
  'resourcetype(*required)': 'resourceType',
  '资源类型(*为必须)': 'resourceType',
  resourcetype: 'resourceType',
  资源类型: 'resourceType',
  conditionkey: 'conditionKey',
  条件键: 'conditionKey',
  alias: 'alias',
  别名: 'alias',
  urn: 'urn',
  权限策略中的资源唯一标识: 'urn',
  'service-specificconditionkey': 'serviceConditionKey',
  type: 'keyType',
  'single-valued/multivalued': 'cardinality',
  'iam项目(project)': 'scopeIamProject',
  iamproject: 'scopeIamProject',
  '企业项目(enterpriseproject)': 'scopeEnterpriseProject',
  enterpriseproject: 'scopeEnterpriseProject',
  实例授权: 'scopeInstance',
  authorizationbyinstance: 'scopeInstance',
  标签授权: 'scopeTag',
  authorizationbytag: 'scopeTag',
  权限策略: 'policyName',
  策略内容: 'policyContent',
  说明: 'explanation',
};

/** Lower case, no spaces, full-width parentheses and colons as ASCII. */
function normalise(text: string): string {
  return text
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function headerColumn(cell: Cell | undefined): Column | null {
  const text = singleText(cell);
  if (text === null || cell?.lines[0]?.bullet) return null;
  return HEADER_WORDS[normalise(text)] ?? null;
}

function kindOf(columns: readonly Column[]): TableKind {
  const has = (column: Column) => columns.includes(column);
  if (has('permission') && has('action')) return 'legacy';
  if (has('action') && has('accessLevel')) return has('description') ? 'v5-actions' : 'auth-block';
  if (has('api') && has('action')) return 'v5-apis';
  if (has('resourceType') && has('urn')) return 'resource-types';
  if (has('serviceConditionKey')) return 'condition-keys';
  return 'unsupported';
}

/** The header starting at `cells[index]`, if at least two header cells follow each other there. */
export function readHeader(cells: readonly Cell[], index: number): TableHeader | null {
  const columns: Column[] = [];
  let next = index;
  for (let column = headerColumn(cells[next]); column; column = headerColumn(cells[next])) {
    columns.push(column);
    next += 1;
  }
  const first = cells[index];
  if (columns.length < 2 || !first) return null;
  const kind = kindOf(columns);
  if (kind === 'unsupported' && !columns.includes('policyName')) return null;
  return { kind, columns, line: first.line, next };
}
