import { parseTree } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { PolicyModel } from '../../catalog/index';
import { findExcessiveNesting } from './json-nesting';
import { MAX_JSON_DEPTH, readLocatedPolicy, tooDeepResult } from './parse-policy';
import type { ParseResult } from './policy-types';

/** A condition as a text names it: the operator block it sits in and the key it tests. */
export interface MentionedCondition {
  operator: string;
  key: string;
}

/** What a policy text names, read from its tree without judging it (as written, any case). */
export interface PolicyMentions {
  /** The string values of statements' `Action` elements. */
  actions: string[];
  /** Some statement has `NotAction`, which grants everything it does not name. */
  notAction: boolean;
  conditions: MentionedCondition[];
}

/**
 * One policy text, read once: every reader in the app (the engine, the language service, the
 * evaluator's inputs, the builder, the catalog, masking) takes this document instead of parsing
 * the text its own way, so they agree at the edges (duplicate keys, a `"Version"` in a condition,
 * half-typed text).
 */
export interface PolicyDocument {
  readonly text: string;
  /**
   * The JSON tree with offsets. jsonc-parser recovers from half-typed text, so the editor's
   * services have a tree for most drafts; `undefined` for empty text or nesting past
   * `MAX_JSON_DEPTH`.
   */
  readonly root: Node | undefined;
  /** jsonc-parser's syntax errors, strict (comments and trailing commas are errors). */
  readonly syntaxErrors: readonly ParseError[];
  /** The model the top-level `Version` selects: `1.1`, else `5.0` (the last duplicate counts). */
  readonly model: PolicyModel;
  /** Located statements and every issue of reading (syntax, types, duplicates); on first use. */
  readonly located: ParseResult;
  /** The actions and condition keys it names; on first use. */
  readonly mentions: PolicyMentions;
}

/** The value node of the last member `name` of an object node (the one the engine keeps). */
function lastMember(node: Node | undefined, name: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  let found: Node | undefined;
  for (const property of node.children ?? []) {
    if (property.children?.[0]?.value === name) found = property.children[1];
  }
  return found;
}

function modelOfTree(root: Node | undefined): PolicyModel {
  const version = lastMember(root, 'Version');
  return version?.type === 'string' && version.value === '1.1' ? '1.1' : '5.0';
}

function statementNodes(root: Node | undefined): Node[] {
  const statement = lastMember(root, 'Statement');
  if (statement?.type === 'object') return [statement];
  return statement?.type === 'array' ? (statement.children ?? []) : [];
}

function stringValues(node: Node | undefined): string[] {
  const nodes = node?.type === 'array' ? (node.children ?? []) : node ? [node] : [];
  return nodes.flatMap((child) => (typeof child.value === 'string' ? [child.value] : []));
}

function readMentions(root: Node | undefined): PolicyMentions {
  const mentions: PolicyMentions = { actions: [], notAction: false, conditions: [] };
  for (const statement of statementNodes(root)) {
    mentions.actions.push(...stringValues(lastMember(statement, 'Action')));
    if (lastMember(statement, 'NotAction') !== undefined) mentions.notAction = true;
    const condition = lastMember(statement, 'Condition');
    if (condition?.type !== 'object') continue;
    for (const block of condition.children ?? []) {
      const [operator, keys] = block.children ?? [];
      if (typeof operator?.value !== 'string' || keys?.type !== 'object') continue;
      for (const entry of keys.children ?? []) {
        const key = entry.children?.[0]?.value;
        if (typeof key === 'string') mentions.conditions.push({ operator: operator.value, key });
      }
    }
  }
  return mentions;
}

class ReadDocument implements PolicyDocument {
  readonly root: Node | undefined;
  readonly model: PolicyModel;
  readonly syntaxErrors: ParseError[] = [];
  private readonly tooDeep: number | null;
  private locatedRead: ParseResult | undefined;
  private mentionsRead: PolicyMentions | undefined;

  constructor(readonly text: string) {
    this.tooDeep = findExcessiveNesting(text, MAX_JSON_DEPTH);
    // Strict options only decide which syntax errors are reported; the tree is the same.
    this.root =
      this.tooDeep === null
        ? parseTree(text, this.syntaxErrors, {
            disallowComments: true,
            allowTrailingComma: false,
            allowEmptyContent: false,
          })
        : undefined;
    this.model = modelOfTree(this.root);
  }

  get located(): ParseResult {
    this.locatedRead ??=
      this.tooDeep === null
        ? readLocatedPolicy(this.text, this.root, this.syntaxErrors)
        : tooDeepResult(this.tooDeep);
    return this.locatedRead;
  }

  get mentions(): PolicyMentions {
    this.mentionsRead ??= readMentions(this.root);
    return this.mentionsRead;
  }
}

/**
 * How many recent texts are remembered: the drafts and SCPs in play, plus the statement window
 * completion reads, so a key in one draft does not push the others out.
 */
const REMEMBERED = 16;
/** Longer texts share one slot: sixteen multi-megabyte trees would hold too much memory. */
const REMEMBERED_MAX_LENGTH = 256 * 1024;
const remembered = new Map<string, PolicyDocument>();
let lastLong: PolicyDocument | null = null;

/**
 * Reads a policy text into its document, remembered per text (results are read-only). Never
 * throws: whatever cannot be read becomes an issue of `located`.
 */
export function readPolicyDocument(text: string): PolicyDocument {
  if (text.length > REMEMBERED_MAX_LENGTH) {
    if (lastLong?.text !== text) lastLong = new ReadDocument(text);
    return lastLong;
  }
  const known = remembered.get(text);
  if (known !== undefined) {
    remembered.delete(text);
    remembered.set(text, known);
    return known;
  }
  const document = new ReadDocument(text);
  remembered.set(text, document);
  if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  return document;
}

/** The located read of a policy text: `readPolicyDocument(text).located`. */
export const parsePolicy = (text: string): ParseResult => readPolicyDocument(text).located;
