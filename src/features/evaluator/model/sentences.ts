import { statementLabel, type StatementRef } from '../../../engine';

/**
 * Small phrases shared by the explanations, the comparison and the report, so a statement or an
 * SCP level is named the same way everywhere.
 */

/** The level's name as the user gave it in the chain, or its position. */
export function levelName(level: number | null, levelNames: readonly string[]): string {
  if (level === null) return 'an SCP level';
  return levelNames[level] ?? `level ${level}`;
}

/** "statement `ReadImages` of draft `Image readers`", or "… of SCP `No sharing` at `OU`". */
export function describeRef(ref: StatementRef, levelNames: readonly string[]): string {
  return ref.layer === 'scp'
    ? `${statementLabel(ref)} of SCP \`${ref.policyName}\` at ${levelName(ref.scpLevel, levelNames)}`
    : `${statementLabel(ref)} of draft \`${ref.policyName}\``;
}

/** Rewrites the engine's "level 1" / "SCP level 1" into the level names of the user's chain. */
export function nameLevels(text: string, levelNames: readonly string[]): string {
  return text.replace(/(?:SCP )?level (\d+)/g, (whole, digits: string) => {
    const name = levelNames[Number(digits)];
    return name === undefined ? whole : `SCP level \`${name}\``;
  });
}

/** "a, b and c" */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
