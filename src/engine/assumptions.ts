/**
 * Every rule the reference (`policy-language.md`) marks [L] — Huawei's documentation is silent and
 * we chose, usually as AWS IAM behaves — and every conflict between sources (§12) we resolved is
 * decided here and nowhere else. Code that applies one names its id, and explanations list the
 * ids a decision depended on, so a user can see which answers rest on an assumption rather than
 * on documentation.
 */

export type AssumptionId =
  | 'action-case-insensitive'
  | 'scp-action-aliases'
  | 'question-mark-wildcard'
  | 'urn-case-sensitive-segments'
  | 'not-resource-complement'
  | 'missing-key-plain-operator'
  | 'missing-key-for-all-values'
  | 'if-exists-before-set-prefix'
  | 'if-exists-absent-key-in-5.0-deny'
  | 'multi-valued-without-prefix'
  | 'unparseable-value-false'
  | 'date-without-zone-utc'
  | 'condition-key-case-insensitive'
  | 'tag-key-case-insensitive'
  | 'operator-name-case-sensitive'
  | 'legacy-string-operators-in-v5'
  | 'unconfirmed-operators-not-evaluated'
  | 'policy-variables-literal'
  | 'scp-deny-label-wins'
  | 'scp-level-union'
  | 'empty-scp-level-denies'
  | 'full-access-scp-shape'
  | 'scoped-urn-unknown-segment'
  | 'scoped-urn-template'
  | 'unnamed-resource-of-action-types';

export interface Assumption {
  id: AssumptionId;
  /** What the evaluator does, in one line. */
  statement: string;
  /** Where the reference discusses it. */
  reference: string;
}

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'action-case-insensitive',
    statement: 'action names match case-insensitively in 5.0 policies as they do in 1.1',
    reference: '§5 rule 1, §11.4',
  },
  {
    id: 'scp-action-aliases',
    statement:
      "in SCPs, as in identity policies, an `Action` or `NotAction` pattern matching one of an action's aliases applies to the action",
    reference: '§5 rule 6 (documented for identity policies only)',
  },
  {
    id: 'question-mark-wildcard',
    statement: '`?` in actions and resources matches exactly one character',
    reference: '§5 rule 3, §11.5',
  },
  {
    id: 'urn-case-sensitive-segments',
    statement: 'URN region, account and resource path compare case-sensitively',
    reference: '§6, §11.6',
  },
  {
    id: 'not-resource-complement',
    statement: '`NotResource` applies when the resource matches none of its patterns',
    reference: '§6',
  },
  {
    id: 'missing-key-plain-operator',
    statement: 'an absent key makes a positive operator false and a negated operator true',
    reference: '§7.3, §11.2',
  },
  {
    id: 'missing-key-for-all-values',
    statement: '`ForAllValues:` is true when the key is absent or has no values',
    reference: '§7.2, §7.3, §11.3',
  },
  {
    id: 'if-exists-before-set-prefix',
    statement: '`IfExists` is checked before a set prefix: an absent key makes the condition true',
    reference: '§7.3, §12',
  },
  {
    id: 'if-exists-absent-key-in-5.0-deny',
    statement:
      'in a 5.0 Deny, an `…IfExists` condition whose key is absent holds, so the Deny applies, as the official 1.1 page says; a practitioner note claims 5.0 skips such a Deny instead',
    reference: '§7.3, §12 (sources conflict)',
  },
  {
    id: 'multi-valued-without-prefix',
    statement:
      'without a set prefix a positive operator needs any request value to match, a negated one needs none to',
    reference: '§7.3',
  },
  {
    id: 'unparseable-value-false',
    statement:
      'a request value that is not a valid number, date, IP address or boolean fails the test',
    reference: '§7.3',
  },
  {
    id: 'date-without-zone-utc',
    statement:
      'an ISO 8601 date or date-time written without a time zone (`2026-01-01`, `2026-01-01T00:00:00`) is read as UTC',
    reference: '§7.2 (the only documented example carries `Z`; §11 lists no rule)',
  },
  {
    id: 'condition-key-case-insensitive',
    statement: 'condition key names are looked up case-insensitively',
    reference: '§7.3, §11.12',
  },
  {
    id: 'tag-key-case-insensitive',
    statement:
      'the tag-key part of `g:ResourceTag/`, `g:RequestTag/`, `g:PrincipalTag/` keys is case-insensitive',
    reference: '§7.3',
  },
  {
    id: 'operator-name-case-sensitive',
    statement: 'operator names are recognised only with their documented spelling and case',
    reference: '§7.3',
  },
  {
    id: 'legacy-string-operators-in-v5',
    statement:
      'StringLike (substring), StringNotLike, StringNotStartWith and StringNotEndWith keep their 1.1 meaning in 5.0',
    reference: '§7.2, §11.11',
  },
  {
    id: 'unconfirmed-operators-not-evaluated',
    statement:
      'operators no Huawei source documents (Numeric*, DateEquals, Arn*, ...) are not evaluated; the statement is skipped',
    reference: '§7.2',
  },
  {
    id: 'policy-variables-literal',
    statement: '`${...}` policy variables are not substituted; they compare literally',
    reference: '§9, §11.10',
  },
  {
    id: 'scp-deny-label-wins',
    statement:
      'when an SCP denies (or a level allows nothing matching) and an identity policy also denies, the label is denied-by-scp',
    reference: '§10, §11.8, issue 3',
  },
  {
    id: 'scp-level-union',
    statement: 'within one SCP level an Allow in any attached SCP is enough',
    reference: '§10, §11.7',
  },
  {
    id: 'empty-scp-level-denies',
    statement: 'an SCP level with no SCPs allows nothing',
    reference: '§11.9',
  },
  {
    id: 'full-access-scp-shape',
    statement: 'the FullAccess SCP is modelled as Allow `*` on `*`',
    reference: '§4',
  },
  {
    id: 'scoped-urn-unknown-segment',
    statement:
      'a part of a request URN that the resource scope leaves empty (API matrix, evaluator) may hold any text, so only a `*` segment covers it for sure',
    reference: '§6',
  },
  {
    id: 'scoped-urn-template',
    statement:
      'the API matrix and the evaluator build a resource type request URN from the first URN pattern its catalog lists, scope values filling the placeholder segments; with an empty scope only the resource type is compared',
    reference: '§6, §10.1',
  },
  {
    id: 'unnamed-resource-of-action-types',
    statement:
      "a request that names no resource (the API matrix; `evaluate` without `--resource`) is about some resource of the action's required resource types, or of any of its types when none is marked required: a `Resource` pattern covering the whole type applies, a narrower one leaves the answer open; an action without resource types is requested on `*`, one the catalogs do not list on an unknown resource",
    reference: '§6, §10.1',
  },
];

const BY_ID = new Map(ASSUMPTIONS.map((assumption) => [assumption.id, assumption]));

/** The assumption with this id (every id has one: the list above is exhaustive). */
export function describeAssumption(id: AssumptionId): Assumption {
  return BY_ID.get(id) as Assumption;
}
