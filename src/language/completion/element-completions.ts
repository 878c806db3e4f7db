import type { PolicyDocument, PolicyType } from '../../engine';
import type { CursorContext } from '../cursor-context';
import { nodeAt, objectKeys } from '../json-document';
import type { CompletionItem } from '../language-types';
import { statementBase } from '../statement-actions';
import { keyItem, valueItem } from './completion-item';
import type { KeySpec } from './completion-item';

/** The versions a policy type accepts, the usual one first. */
function versionsFor(policyType: PolicyType): string[] {
  return policyType === 'scp' ? ['5.0'] : ['5.0', '1.1'];
}

// The Action slot is the final tab stop: reaching it ends the snippet, so what is typed there is
// completed at once (the editor holds quick suggestions back inside a snippet's tab stops).
const NEW_STATEMENT = '{\n\t"Effect": "${1|Allow,Deny|}",\n\t"Action": ["$0"]\n}';

function topLevelKeys(policyType: PolicyType): KeySpec[] {
  return [
    {
      key: 'Version',
      kind: 'property',
      detail: 'policy language version',
      documentation:
        policyType === 'scp'
          ? 'SCPs are written in version 5.0.'
          : '5.0 for identity policies; 1.1 for legacy fine-grained (role/policy) policies.',
      // The usual version, caret after it: a choice would leave the caret inside the quotes.
      // The value's own completion offers the others.
      value: `"${versionsFor(policyType)[0] ?? ''}"`,
    },
    {
      key: 'Statement',
      kind: 'property',
      detail: 'list of statements',
      value: `[\n\t${NEW_STATEMENT.replaceAll('\n', '\n\t')}\n]`,
    },
  ];
}

const STATEMENT_KEYS: (KeySpec & { legacy: boolean })[] = [
  { key: 'Sid', kind: 'property', detail: 'statement id', value: '"$1"', legacy: false },
  {
    key: 'Effect',
    kind: 'property',
    detail: 'Allow or Deny',
    value: '"${1|Allow,Deny|}"',
    legacy: true,
  },
  {
    key: 'Action',
    kind: 'property',
    detail: 'actions the statement applies to',
    value: '["$0"]',
    retrigger: true,
    legacy: true,
  },
  {
    key: 'NotAction',
    kind: 'property',
    detail: 'actions the statement does not apply to',
    value: '["$0"]',
    retrigger: true,
    legacy: false,
  },
  {
    key: 'Resource',
    kind: 'property',
    detail: 'resources (URNs) the statement applies to',
    value: '["$0"]',
    retrigger: true,
    legacy: true,
  },
  {
    key: 'NotResource',
    kind: 'property',
    detail: 'resources the statement does not apply to',
    value: '["$0"]',
    retrigger: true,
    legacy: false,
  },
  {
    key: 'Condition',
    kind: 'property',
    detail: 'conditions on the request',
    value: '{\n\t$0\n}',
    retrigger: true,
    legacy: true,
  },
];

/** Keys that cannot sit beside a present key. */
const EXCLUSIVE: Record<string, string> = {
  Action: 'NotAction',
  NotAction: 'Action',
  Resource: 'NotResource',
  NotResource: 'Resource',
};

function statementKeys(
  document: PolicyDocument,
  policyType: PolicyType,
  index: number | null,
): KeySpec[] {
  const statement = nodeAt(document, statementBase(index));
  const present = new Set(objectKeys(statement));
  const effect = nodeAt(document, [...statementBase(index), 'Effect'])?.value;
  return STATEMENT_KEYS.filter((spec) => {
    if (present.has(spec.key)) return false;
    const rival = EXCLUSIVE[spec.key];
    if (rival !== undefined && present.has(rival)) return false;
    if (document.model === '1.1' && !spec.legacy) return false;
    // An SCP Allow statement must not have a condition (reference §4).
    return !(spec.key === 'Condition' && policyType === 'scp' && effect === 'Allow');
  });
}

/** Keys of the policy object or of a statement; `null` when the cursor is in neither. */
export function elementKeyCompletions(
  context: CursorContext,
  document: PolicyDocument,
  policyType: PolicyType,
): CompletionItem[] | null {
  const { path } = context;
  let specs: KeySpec[];
  if (path.length === 0) {
    const present = new Set(objectKeys(document.root));
    specs = topLevelKeys(policyType).filter((spec) => !present.has(spec.key));
  } else if (
    path[0] === 'Statement' &&
    path.length <= 2 &&
    (path.length === 1 || typeof path[1] === 'number')
  ) {
    specs = statementKeys(document, policyType, path.length === 2 ? (path[1] as number) : null);
  } else {
    return null;
  }
  return specs.map((spec, order) => keyItem(context, spec, order));
}

/** Values of `Version` and `Effect`, and a new statement inside the `Statement` list. */
export function elementValueCompletions(
  context: CursorContext,
  policyType: PolicyType,
): CompletionItem[] | null {
  const { path } = context;
  if (path.length === 1 && path[0] === 'Version' && !context.inArray) {
    return versionsFor(policyType).map((version, order) =>
      valueItem(context, { label: version, kind: 'value', value: version }, order),
    );
  }
  const last = path.at(-1);
  if (last === 'Effect' && path[0] === 'Statement' && !context.inArray) {
    return ['Allow', 'Deny'].map((effect, order) =>
      valueItem(context, { label: effect, kind: 'value', value: effect }, order),
    );
  }
  if (path.length === 1 && path[0] === 'Statement' && context.inArray && !context.quoted) {
    return [
      {
        label: 'New statement',
        kind: 'snippet',
        detail: 'Effect and Action',
        insertText: NEW_STATEMENT,
        snippet: true,
        range: context.range,
        filterText: context.prefix,
        sortText: '00000',
        retrigger: false,
      },
    ];
  }
  return null;
}
