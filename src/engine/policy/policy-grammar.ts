/** The elements of the policy grammar, in one place for the reader, the checks and the builder. */

/** The top-level elements of a policy document. */
export const POLICY_ELEMENTS: readonly string[] = ['Version', 'Statement'];

/**
 * The elements a statement may have, in the order policies are usually written: the builder
 * places new elements in this order and completion offers them in it.
 */
export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;

export type StatementElement = (typeof STATEMENT_ELEMENTS)[number];
