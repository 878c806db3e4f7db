/**
 * Recognises what one line of a capture IS, from its shape alone: an action name, an API line,
 * an access level, a condition key, a URN, a √/× scope cell and so on. Table parsers decide what
 * a recognised line means from where it stands; they never count lines.
 */
import type { AccessLevel } from '../catalog/index';

export type LineKind =
  | { kind: 'action'; name: string }
  | { kind: 'labelled-action'; label: string; name: string }
  | { kind: 'api'; method: string; path: string; notes: string[]; knownMethod: boolean }
  | { kind: 'dash' }
  | { kind: 'empty-cell' }
  | { kind: 'no-action' }
  | { kind: 'access-level'; level: AccessLevel }
  | { kind: 'condition-key'; name: string }
  | { kind: 'urn'; urn: string }
  | { kind: 'resource-type'; name: string; required: boolean }
  | { kind: 'scope'; allowed: boolean; note?: string }
  | { kind: 'marker'; marker: MarkerKind; text: string }
  | { kind: 'text'; text: string };

/** Bracketed notes the capture authors left in place of missing content. */
type MarkerKind = 'capture-end' | 'cell-cut' | 'cell-missing' | 'note';

const HTTP_METHODS: ReadonlySet<string> = new Set([
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'HEAD',
  'OPTIONS',
]);

const ACCESS_LEVELS: readonly AccessLevel[] = [
  'list',
  'read',
  'write',
  'permission_management',
  'tagging',
];

const SERVICE = '[A-Za-z][A-Za-z0-9-]*';
const ACTION = `${SERVICE}:[A-Za-z0-9]*:[A-Za-z0-9]+`;
const ACTION_RE = new RegExp(`^${ACTION}$`);
const LABELLED_ACTION_RE = new RegExp(`^([^:：]+)：\\s*(${ACTION})$`);
/** An action followed by its condition in brackets: `ims:serverImages:create（仅企业项目迁移需要）`. */
const ACTION_WITH_CONDITION_RE = new RegExp(`^(${ACTION})\\s*[（(]([^（）()]+)[）)]$`);
const API_RE = /^([A-Z]{2,7})\s+(\/.*)$/;
const TRAILING_NOTE_RE = /\s+\(([^()]*)\)$/;
const CONDITION_KEY_RE = /^[a-z][a-z0-9-]*:[A-Za-z][A-Za-z0-9_.-]*(\/\S+)?$/;
const URN_RE = /^[A-Za-z][A-Za-z0-9-]*:[^:\s]*:[^:\s]*:[^:\s]+:\S+$/;
const RESOURCE_TYPE_RE = /^([A-Za-z][A-Za-z0-9_-]*)(\s*\*)?$/;
const NOT_SUPPORTED_RE = /^Not supported(?:\s*\((.*)\))?$/;

function markerKind(inner: string): MarkerKind {
  if (/captured copy ends here/i.test(inner)) return 'capture-end';
  if (/^cut off/i.test(inner)) return 'cell-cut';
  if (/not in (the )?captured copy/i.test(inner)) return 'cell-missing';
  return 'note';
}

export function classifyLine(text: string): LineKind {
  if (text === '-') return { kind: 'dash' };
  if (text === '(empty)') return { kind: 'empty-cell' };
  if (text === '无') return { kind: 'no-action' };
  if (text === '√' || text === 'Supported') return { kind: 'scope', allowed: true };
  // The IMS and BMS pipe tables print a lower-case x where the HTML tables print ×.
  if (text === '×' || text === 'x') return { kind: 'scope', allowed: false };
  const notSupported = NOT_SUPPORTED_RE.exec(text);
  if (notSupported) {
    const note = notSupported[1];
    return note ? { kind: 'scope', allowed: false, note } : { kind: 'scope', allowed: false };
  }
  // The ECS per-API capture writes `(cut)` where a stored copy ends inside an entry.
  if (text === '(cut)')
    return { kind: 'marker', marker: 'capture-end', text: 'captured copy ends here (cut)' };
  const marker = /^\[(.*)\]$/.exec(text);
  if (marker) {
    const inner = marker[1] ?? '';
    return { kind: 'marker', marker: markerKind(inner), text: inner };
  }
  const level = ACCESS_LEVELS.find((candidate) => candidate === text.toLowerCase());
  if (level) return { kind: 'access-level', level };
  if (ACTION_RE.test(text)) return { kind: 'action', name: text };
  const labelled = LABELLED_ACTION_RE.exec(text);
  if (labelled?.[1] && labelled[2]) {
    return { kind: 'labelled-action', label: labelled[1].trim(), name: labelled[2] };
  }
  const conditioned = ACTION_WITH_CONDITION_RE.exec(text);
  if (conditioned?.[1] && conditioned[2]) {
    return { kind: 'labelled-action', label: conditioned[2].trim(), name: conditioned[1] };
  }
  const api = API_RE.exec(text);
  if (api?.[1] && api[2]) return classifyApi(api[1], api[2]);
  if (CONDITION_KEY_RE.test(text)) return { kind: 'condition-key', name: text };
  if (URN_RE.test(text)) return { kind: 'urn', urn: text };
  const resourceType = RESOURCE_TYPE_RE.exec(text);
  if (resourceType?.[1]) {
    return { kind: 'resource-type', name: resourceType[1], required: Boolean(resourceType[2]) };
  }
  return { kind: 'text', text };
}

function classifyApi(method: string, rest: string): LineKind {
  const notes: string[] = [];
  let path = rest.trim();
  for (let note = TRAILING_NOTE_RE.exec(path); note; note = TRAILING_NOTE_RE.exec(path)) {
    notes.unshift((note[1] ?? '').trim());
    path = path.slice(0, note.index).trim();
  }
  return { kind: 'api', method, path, notes, knownMethod: HTTP_METHODS.has(method) };
}

/** True for a single word that stands where an access level should (known or not). */
export function looksLikeLevelWord(text: string): boolean {
  return /^[A-Za-z_]+$/.test(text);
}
