/**
 * Operator names that are not evaluated as written: the 1.1 `…AnyOf` spellings (aliases of their
 * base operator), the 2021 `IsNull` family (documented without a value format, so not evaluated)
 * and AWS spellings no Huawei source documents (assumption `unconfirmed-operators-not-evaluated`).
 */

/** Legacy 1.1 `…AnyOf` names and the operator each one means (reference §7.2). */
export const ANY_OF_ALIASES: ReadonlyMap<string, string> = new Map([
  ['StringEqualsAnyOf', 'StringEquals'],
  ['StringNotEqualsAnyOf', 'StringNotEquals'],
  ['StringEqualsIgnoreCaseAnyOf', 'StringEqualsIgnoreCase'],
  ['StringNotEqualsIgnoreCaseAnyOf', 'StringNotEqualsIgnoreCase'],
  ['StringLikeAnyOf', 'StringLike'],
  ['StringNotLikeAnyOf', 'StringNotLike'],
  ['StringStartWithAnyOf', 'StringStartWith'],
  ['StringEndWithAnyOf', 'StringEndWith'],
  ['StringNotStartWithAnyOf', 'StringNotStartWith'],
  ['StringNotEndWithAnyOf', 'StringNotEndWith'],
  ['NumberEqualsAnyOf', 'NumberEquals'],
  ['NumberNotEqualsAnyOf', 'NumberNotEquals'],
]);

/** The 2021 existence operators, replaced by `Null`; reported, never evaluated. */
export const LEGACY_NULL_OPERATORS: ReadonlySet<string> = new Set([
  'IsNullOrEmpty',
  'IsNull',
  'IsNotNull',
]);

const UNCONFIRMED = /^(?:Numeric\w*|DateEquals|DateNotEquals|Binary\w*|Arn\w*)$/;

/** An operator other clouds have but no Huawei source documents (reference §7.2). */
export function isUnconfirmedOperator(baseName: string): boolean {
  return UNCONFIRMED.test(baseName);
}
