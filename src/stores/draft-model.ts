/**
 * The draft record and its hand-written schema check, shared by every place drafts enter the app
 * from outside: saved storage, imported workspace files and share links.
 */

import { isRecord } from '../catalog';
import { POLICY_TEXT_MAX_LENGTH, WORKSPACE_TEXT_MAX_LENGTH } from '../engine';

export type DraftPolicyType = 'identity' | 'scp';

export interface Draft {
  id: string;
  name: string;
  policyType: DraftPolicyType;
  /** The policy document as the user wrote it; the only copy of the policy. */
  text: string;
}

/** A draft before it has an id (imports, templates, share links). */
export type NewDraft = Omit<Draft, 'id'>;

export const DRAFT_NAME_MAX_LENGTH = 120;
/**
 * The one size limit of a draft's text: enforced where text enters (an editor paste, an import, a
 * share link) and accepted where it is read back (saved drafts), so whatever the app writes it reads
 * again. The CLI derives its policy-file size limit from it.
 */
export const DRAFT_TEXT_MAX_LENGTH = POLICY_TEXT_MAX_LENGTH;
export { WORKSPACE_TEXT_MAX_LENGTH };

/** `1,000,000` — limits in messages read the same everywhere. */
export const formatCount = (value: number) => value.toLocaleString('en-US');

export const isPolicyType = (value: unknown): value is DraftPolicyType =>
  value === 'identity' || value === 'scp';

/** Checks one untrusted draft (without its id); returns the draft or why it was refused. */
export function readNewDraft(value: unknown): { draft: NewDraft } | { problem: string } {
  if (!isRecord(value)) return { problem: 'is not an object' };
  const { name, policyType, text } = value;
  if (typeof name !== 'string' || name.trim() === '') return { problem: 'has no name' };
  if (name.length > DRAFT_NAME_MAX_LENGTH) {
    return { problem: `has a name longer than ${DRAFT_NAME_MAX_LENGTH} characters` };
  }
  if (!isPolicyType(policyType)) return { problem: 'is neither an identity policy nor an SCP' };
  if (typeof text !== 'string') return { problem: 'has no policy text' };
  if (text.length > DRAFT_TEXT_MAX_LENGTH) {
    return {
      problem: `has a policy text longer than ${formatCount(DRAFT_TEXT_MAX_LENGTH)} characters`,
    };
  }
  return { draft: { name: name.trim(), policyType, text } };
}

/** A display name for an untrusted draft in messages: its name if it has a short one. */
export function describeDraft(value: unknown, index: number): string {
  const name = isRecord(value) ? value.name : undefined;
  return typeof name === 'string' && name.length > 0 && name.length <= DRAFT_NAME_MAX_LENGTH
    ? `draft ${index + 1} (\`${name}\`)`
    : `draft ${index + 1}`;
}

/** `name`, or `name (2)`, `name (3)`… whichever is not taken yet. */
export function uniqueDraftName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate)) return candidate;
  }
}

/** Ids only need to be unique within one browser's workspace. */
export function newDraftId(): string {
  return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
