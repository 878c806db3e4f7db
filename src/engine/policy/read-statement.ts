import type { Node } from 'jsonc-parser';
import { createIssue } from '../validate/check-registry';
import { rangeOf, readMembers } from './json-node';
import type { Member, ReadContext } from './json-node';
import type { Effect, JsonPath, Located, ParsedStatement } from './policy-types';
import { readConditions } from './read-conditions';
import { readString, readStringList } from './read-values';

const EFFECTS: readonly Effect[] = ['Allow', 'Deny'];

function isEffect(value: string): value is Effect {
  return (EFFECTS as readonly string[]).includes(value);
}

function readEffect(context: ReadContext, member: Member): Located<Effect> | null {
  const written = readString(context, member);
  if (written === null) return null;
  const { value, range } = written;
  if (isEffect(value)) return { value, range };
  const sameWord = EFFECTS.find((effect) => effect.toLowerCase() === value.trim().toLowerCase());
  context.issues.push(
    createIssue(
      'INVALID_EFFECT',
      `effect \`${value}\` is neither \`Allow\` nor \`Deny\``,
      range,
      sameWord === undefined ? 'use `Allow` or `Deny`' : `did you mean \`${sameWord}\`?`,
    ),
  );
  return null;
}

function listOrNull(context: ReadContext, member: Member | undefined): Located<string>[] | null {
  return member === undefined ? null : readStringList(context, member);
}

/** One statement object. Unknown keys are kept in `keys` for the validator to judge. */
export function readStatement(
  context: ReadContext,
  node: Node,
  index: number,
  path: JsonPath,
): ParsedStatement {
  const { all, byName } = readMembers(context, node, path);
  const sid = byName.get('Sid');
  const effect = byName.get('Effect');
  const condition = byName.get('Condition');
  return {
    index,
    sid: sid === undefined ? null : readString(context, sid),
    effect: effect === undefined ? null : readEffect(context, effect),
    action: listOrNull(context, byName.get('Action')),
    notAction: listOrNull(context, byName.get('NotAction')),
    resource: listOrNull(context, byName.get('Resource')),
    notResource: listOrNull(context, byName.get('NotResource')),
    conditions: condition === undefined ? null : readConditions(context, condition),
    keys: all.map((member) => member.key),
    range: rangeOf(node, path),
  };
}
