import { parse, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { findExcessiveNesting, utf8ByteLimit } from '../../engine';
import { isRecord } from '../../catalog/index';
import {
  DRAFT_NAME_MAX_LENGTH,
  DRAFT_TEXT_MAX_LENGTH,
  formatCount,
  isPolicyType,
  WORKSPACE_TEXT_MAX_LENGTH,
} from '../../stores/draft-model';
import type { DraftPolicyType, NewDraft } from '../../stores/draft-model';
import {
  hostileBundleText,
  isBundleEnvelope,
  readWorkspaceBundle,
} from '../../stores/workspace-bundle';
import type { WorkspaceBundle } from '../../stores/workspace-bundle';

/** What one imported file turned out to be. */
export type FileReading =
  | { kind: 'draft'; draft: NewDraft; typeReason: string }
  | { kind: 'workspace'; bundle: WorkspaceBundle }
  | { kind: 'error'; message: string };

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_FILE_BYTES = utf8ByteLimit(WORKSPACE_TEXT_MAX_LENGTH);
/** Deeper files are refused before parsing: the parser recurses once per level. */
const MAX_FILE_NESTING = 64;

const error = (message: string): FileReading => ({ kind: 'error', message });

/**
 * Reads one file's text: a policy document, a workspace export, or a catalog-style policy entry
 * (`{ name, policyType, document }`). The draft keeps the file's text exactly as written.
 */
export function readPolicyFile(fileName: string, text: string): FileReading {
  if (text.trim() === '') return error('the file is empty');
  if (text.length > WORKSPACE_TEXT_MAX_LENGTH) {
    return error(`the file is longer than ${formatCount(WORKSPACE_TEXT_MAX_LENGTH)} characters`);
  }
  const tooDeep = findExcessiveNesting(text, MAX_FILE_NESTING);
  if (tooDeep !== null) {
    const line = text.slice(0, tooDeep).split('\n').length;
    return error(`the file nests deeper than ${MAX_FILE_NESTING} levels (line ${line})`);
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  const first = errors[0];
  if (first) {
    const line = text.slice(0, first.offset).split('\n').length;
    return error(
      `the file is not valid JSON: ${describeParseError(printParseErrorCode(first.error))} on line ${line}`,
    );
  }
  if (isBundleEnvelope(value, 'workspace')) {
    const read = readWorkspaceBundle(value, 'workspace');
    if (!read.ok) return error(read.problems.join('; '));
    const hostile = hostileBundleText(read.bundle);
    return hostile === null ? { kind: 'workspace', bundle: read.bundle } : error(hostile);
  }
  if (isRecord(value) && isRecord(value.document) && 'Statement' in value.document) {
    return policyEntry(fileName, value);
  }
  if (!isRecord(value) || !('Statement' in value)) {
    return error('the file is not a policy: it has no `Statement`');
  }
  if (text.length > DRAFT_TEXT_MAX_LENGTH) {
    return error(
      `the policy is longer than ${formatCount(DRAFT_TEXT_MAX_LENGTH)} characters, the most a draft holds`,
    );
  }
  const guess = guessPolicyType(fileName, value);
  return {
    kind: 'draft',
    draft: { name: draftNameFromFile(fileName), policyType: guess.policyType, text },
    typeReason: guess.reason,
  };
}

function policyEntry(fileName: string, entry: Record<string, unknown>): FileReading {
  const document = entry.document as Record<string, unknown>;
  const guess = isPolicyType(entry.policyType)
    ? { policyType: entry.policyType, reason: 'as the file says' }
    : guessPolicyType(fileName, document);
  const name = typeof entry.name === 'string' && entry.name.trim() !== '' ? entry.name : fileName;
  return {
    kind: 'draft',
    draft: {
      name: draftNameFromFile(name),
      policyType: guess.policyType,
      text: `${JSON.stringify(document, null, 2)}\n`,
    },
    typeReason: guess.reason,
  };
}

/** `Bad_Symbol` → `bad symbol`, for messages. */
const describeParseError = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** The file's name without its extension, as a draft name. */
function draftNameFromFile(fileName: string): string {
  const name = fileName
    .replace(/\.(json|txt|policy)$/i, '')
    .trim()
    .slice(0, DRAFT_NAME_MAX_LENGTH);
  return name === '' ? 'Imported policy' : name;
}

/**
 * SCP or identity policy? Both use the same grammar, so guess from the file name first and from
 * the shape second: a document made only of Deny statements is the usual shape of a guardrail
 * SCP. The user can change the type afterwards.
 */
function guessPolicyType(
  fileName: string,
  document: Record<string, unknown>,
): { policyType: DraftPolicyType; reason: string } {
  if (/(^|[^a-z])(scp|service[-_ ]?control)([^a-z]|$)/i.test(fileName)) {
    return { policyType: 'scp', reason: 'its file name says SCP' };
  }
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  const denyOnly =
    statements.length > 0 &&
    statements.every((statement) => isRecord(statement) && statement.Effect === 'Deny');
  return denyOnly
    ? { policyType: 'scp', reason: 'all its statements deny' }
    : { policyType: 'identity', reason: 'it is not marked as an SCP' };
}
