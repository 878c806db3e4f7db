/**
 * The builder's picture of a policy text: one card per statement with the elements it can edit,
 * the ones it shows read-only (and why), and the linter's findings for each card. Derived from
 * the text every time; the text stays the only copy of the policy.
 */
import type { PolicyModel } from '../../../catalog';
import { policyModelOf, STATEMENT_ELEMENTS, validatePolicy } from '../../../engine';
import type {
  Effect,
  ParsedCondition,
  ParsedStatement,
  PolicyIssue,
  PolicyType,
} from '../../../engine';
import type { PolicyCatalogs } from '../../../language';
import type { ListElement } from '../../../language/builder-edits';

/** A condition as the card lists it: operator, key and values as written. */
interface ConditionRow {
  operator: string;
  key: string;
  values: string[];
}

interface ListView {
  /** Which of the pair is written (`Action` or `NotAction`, ...); `null` when neither. */
  element: ListElement | null;
  entries: string[];
  /** The element cannot be edited here (wrong JSON type, written twice, or both of the pair). */
  readOnly: string | null;
}

export interface StatementView {
  index: number;
  offset: number;
  length: number;
  sid: string | null;
  effect: Effect | null;
  /** `Effect` is written but is not `Allow` or `Deny`. */
  effectInvalid: boolean;
  actions: ListView;
  resources: ListView;
  conditions: ConditionRow[];
  conditionsReadOnly: string | null;
  /** Keys the builder does not edit, kept as written (e.g. `Principal`, custom fields). */
  otherKeys: string[];
  /** Set when nothing of the statement can be edited here. */
  readOnly: string | null;
  findings: PolicyIssue[];
}

export type PolicyView =
  | {
      kind: 'unreadable';
      /** The first syntax error: where it is and what it says. */
      message: string;
      offset: number;
      length: number;
    }
  | { kind: 'single-statement'; findings: PolicyIssue[] }
  | {
      kind: 'policy';
      model: PolicyModel;
      version: string | null;
      statements: StatementView[];
      /** Findings that belong to no statement (Version, size, top-level keys). */
      policyFindings: PolicyIssue[];
      otherKeys: string[];
    };

const KNOWN_KEYS: ReadonlySet<string> = new Set(STATEMENT_ELEMENTS);
const SHAPE_CODES = new Set(['DATA_TYPE_MISMATCH', 'DUPLICATE_KEY', 'JSON_TOO_DEEP']);
const UNREADABLE_CODES = new Set(['JSON_SYNTAX_ERROR', 'JSON_TOO_DEEP']);

/** The statement-relative path of a finding, `null` when it is not inside statement `index`. */
function pathIn(issue: PolicyIssue, index: number): (string | number)[] | null {
  const [head, at, ...rest] = issue.range.path;
  return head === 'Statement' && at === index ? rest : null;
}

/** Why `key` of the statement cannot be edited: a shape finding on it, if any. */
function shapeProblem(issues: readonly PolicyIssue[], key: string): string | null {
  const problem = issues.find((issue) => SHAPE_CODES.has(issue.code));
  return problem ? `\`${key}\` cannot be edited here: ${problem.message}` : null;
}

const FIELDS = {
  Action: 'action',
  NotAction: 'notAction',
  Resource: 'resource',
  NotResource: 'notResource',
} as const satisfies Record<ListElement, keyof ParsedStatement>;

function listView(
  statement: ParsedStatement,
  findings: readonly PolicyIssue[],
  [positive, negative]: [ListElement, ListElement],
): ListView {
  const keys = (statement.keys ?? []).map((k) => k.value);
  const element = keys.includes(positive) ? positive : keys.includes(negative) ? negative : null;
  if (element === null) return { element, entries: [], readOnly: null };
  const onElement = findings.filter((issue) => pathIn(issue, statement.index)?.[0] === element);
  return {
    element,
    entries: (statement[FIELDS[element]] ?? []).map((entry) => entry.value),
    readOnly:
      keys.includes(negative) && keys.includes(positive)
        ? `both \`${positive}\` and \`${negative}\` are written; keep one in the JSON`
        : shapeProblem(onElement, element),
  };
}

function conditionRows(conditions: readonly ParsedCondition[] | null): ConditionRow[] {
  return (conditions ?? []).map((condition) => ({
    operator: condition.operator.value,
    key: condition.key.value,
    values: condition.values.map((value) => value.value),
  }));
}

function statementView(statement: ParsedStatement, issues: readonly PolicyIssue[]): StatementView {
  const findings = issues.filter((issue) => pathIn(issue, statement.index) !== null);
  const keys = (statement.keys ?? []).map((k) => k.value);
  const onKey = (key: string) =>
    findings.filter((issue) => pathIn(issue, statement.index)?.[0] === key);
  const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
  return {
    index: statement.index,
    offset: statement.range.offset,
    length: statement.range.length,
    sid: statement.sid?.value ?? null,
    effect: statement.effect?.value ?? null,
    effectInvalid: statement.effect === null && keys.includes('Effect'),
    actions: listView(statement, findings, ['Action', 'NotAction']),
    resources: listView(statement, findings, ['Resource', 'NotResource']),
    conditions: conditionRows(statement.conditions),
    conditionsReadOnly: keys.includes('Condition')
      ? shapeProblem(onKey('Condition'), 'Condition')
      : null,
    otherKeys: [...new Set(keys.filter((key) => !KNOWN_KEYS.has(key)))],
    readOnly:
      duplicate === undefined
        ? null
        : `\`${duplicate}\` is written twice in this statement; edit it in the JSON`,
    findings,
  };
}

/** Reads the text for the builder: the first syntax error, or one view per statement. */
export function readPolicyView(
  text: string,
  policyType: PolicyType,
  catalogs: PolicyCatalogs | null,
): PolicyView {
  const { issues, policy } = validatePolicy({
    text,
    policyType,
    ...(catalogs ? { lookup: catalogs.lookup } : {}),
  });
  const unreadable = issues.find((issue) => UNREADABLE_CODES.has(issue.code));
  if (unreadable || policy === null) {
    const first = unreadable ?? issues[0];
    return {
      kind: 'unreadable',
      message: first?.message ?? 'the text is not a JSON object',
      offset: first?.range.offset ?? 0,
      length: first?.range.length ?? 0,
    };
  }
  if (issues.some((issue) => issue.code === 'STATEMENT_NOT_ARRAY')) {
    return { kind: 'single-statement', findings: issues };
  }
  const statements = policy.statements.map((statement) => statementView(statement, issues));
  const inStatements = new Set(statements.flatMap((s) => s.findings));
  return {
    kind: 'policy',
    model: policyModelOf(policy),
    version: policy.version?.value ?? null,
    statements,
    policyFindings: issues.filter((issue) => !inStatements.has(issue)),
    otherKeys: policy.unknownKeys.map((key) => key.value),
  };
}
