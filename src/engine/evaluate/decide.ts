/**
 * The decision from four three-valued facts (reference §10): does an SCP deny, does an identity
 * policy deny, does every SCP level allow, does an identity policy allow. Any deny wins over any
 * allow as in §10; the *label* follows issue 3's precedence, which puts every SCP denial (an SCP
 * Deny, or a level that allows nothing matching) before an identity Deny (assumption
 * `scp-deny-label-wins`), then an Allow, else implicit deny.
 */
import type { TriState } from '../conditions/condition-types';
import type { Decision } from './evaluation-types';

export interface DecisionTerms {
  scpDeny: TriState;
  identityDeny: TriState;
  /** Whether each SCP level (root first) allows; empty when the principal is not governed. */
  scpLevelAllows: readonly TriState[];
  identityAllow: TriState;
}

type DefiniteDecision = Exclude<Decision, 'conditional'>;

function label(
  scpDeny: boolean,
  identityDeny: boolean,
  levelsAllow: boolean,
  identityAllow: boolean,
): DefiniteDecision {
  if (scpDeny || !levelsAllow) return 'denied-by-scp';
  if (identityDeny) return 'explicit-deny';
  return identityAllow ? 'allow' : 'implicit-deny';
}

/** AND over the levels. */
function allLevelsAllow(levels: readonly TriState[]): TriState {
  let result: TriState = 'true';
  for (const level of levels) {
    if (level === 'false') return 'false';
    if (level === 'unknown') result = 'unknown';
  }
  return result;
}

const choices = (value: TriState): boolean[] =>
  value === 'unknown' ? [false, true] : [value === 'true'];

/**
 * `conditional` when the unknowns can still make the request allowed or denied. When every
 * resolution denies but the label differs, the label is the one reached with unknown denies
 * resolved false and unknown allows true — the deny that holds for sure.
 */
export function decide(terms: DecisionTerms): Decision {
  const levels = allLevelsAllow(terms.scpLevelAllows);
  const { scpDeny, identityDeny, identityAllow } = terms;
  if (
    scpDeny !== 'unknown' &&
    identityDeny !== 'unknown' &&
    levels !== 'unknown' &&
    identityAllow !== 'unknown'
  ) {
    return label(
      scpDeny === 'true',
      identityDeny === 'true',
      levels === 'true',
      identityAllow === 'true',
    );
  }
  const possible = new Set<DefiniteDecision>();
  for (const scpDeny of choices(terms.scpDeny)) {
    for (const identityDeny of choices(terms.identityDeny)) {
      for (const levelsAllow of choices(levels)) {
        for (const identityAllow of choices(terms.identityAllow)) {
          possible.add(label(scpDeny, identityDeny, levelsAllow, identityAllow));
        }
      }
    }
  }
  if (possible.size === 1) return [...possible][0] as DefiniteDecision;
  if (possible.has('allow')) return 'conditional';
  return label(
    terms.scpDeny === 'true',
    terms.identityDeny === 'true',
    levels !== 'false',
    terms.identityAllow !== 'false',
  );
}
