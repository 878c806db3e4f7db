/**
 * The plain results of the language service. Positions are 0-based UTF-16 offsets into the
 * policy text (what JavaScript strings and jsonc-parser use); only `src/editor` converts them to
 * Monaco's 1-based lines and columns.
 */
import type { IssueSeverity, PolicyType } from '../engine';
import type { PolicyCatalogs } from './policy-catalogs';

/** A stretch of the text. */
export interface TextSpan {
  offset: number;
  length: number;
}

/** Replace `length` characters at `offset` with `newText`. */
export interface TextEdit extends TextSpan {
  newText: string;
}

/** What every service function needs besides the text and the cursor. */
export interface PolicyContext {
  policyType: PolicyType;
  /** `null` while the catalogs load: completion and hover then know only the grammar. */
  catalogs: PolicyCatalogs | null;
}

export type CompletionKind =
  | 'property'
  | 'value'
  | 'service'
  | 'resource-segment'
  | 'action'
  | 'wildcard'
  | 'resource'
  | 'operator'
  | 'condition-key'
  | 'snippet';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** A short fact shown beside the label: access level, type, count of actions. */
  detail?: string;
  /** Longer plain text (catalog descriptions included); adapters must render it as text. */
  documentation?: string;
  /** Snippet syntax (`$1`, `${1:region}`, `$0`) when `snippet` is true, else literal text. */
  insertText: string;
  snippet: boolean;
  /** The text the item replaces: the whole string being typed, quotes included, or the word. */
  range: TextSpan;
  /** What the typed text is matched against (quoted when the range starts at a quote). */
  filterText: string;
  sortText: string;
  /** Ask for completions again after inserting: action names are completed in stages. */
  retrigger: boolean;
}

/** Hover content: markdown in which every catalog text is escaped. */
export interface HoverInfo {
  span: TextSpan;
  markdown: string;
}

/** One engine finding, positioned in the text. */
export interface Diagnostic extends TextSpan {
  code: string;
  severity: IssueSeverity;
  message: string;
  hint?: string;
}

export interface CodeAction {
  title: string;
  edits: TextEdit[];
  /** The finding the action fixes, when it fixes one. */
  diagnostic?: Diagnostic;
  isPreferred?: boolean;
}

/** Indentation used when a fix or the formatter writes new JSON. */
export interface FormattingOptions {
  tabSize: number;
  insertSpaces: boolean;
  eol: string;
}

export interface OutlineEntry {
  /** The statement's `Sid`, or `Statement 3` (1-based) without one. */
  label: string;
  /** `Allow · ims:images:list, +2 more`. */
  detail: string;
  /** The whole statement object. */
  span: TextSpan;
  /** Where the cursor goes: the `Sid` text (inside its quotes), or the statement's opening brace. */
  selection: TextSpan;
  index: number;
}
