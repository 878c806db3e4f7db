import type { Node } from 'jsonc-parser';
import { readPolicyDocument } from '../engine';
import { applyEdit } from './builder-json-edits';
import type { TextEdit } from './language-types';

export interface MaskOptions {
  /** Account (domain) ids: the account segment of URNs, 32-hex ids, account-valued keys. */
  accountIds: boolean;
  /** Resource ids: the last segment of URNs, unless it is `*`. */
  resourceIds: boolean;
}

/**
 * Replaces ids by stable pseudonyms: the same id becomes the same `masked-account-N` everywhere
 * (drafts and context alike), so a masked policy still matches a masked request the way the
 * original did.
 */
export class Pseudonyms {
  private readonly accounts = new Map<string, string>();
  private readonly resources = new Map<string, string>();

  account(id: string): string {
    return this.name(this.accounts, id, 'masked-account');
  }

  resource(id: string): string {
    return this.name(this.resources, id, 'masked-resource');
  }

  private name(map: Map<string, string>, id: string, prefix: string): string {
    let name = map.get(id);
    if (name === undefined) {
      name = `${prefix}-${map.size + 1}`;
      map.set(id, name);
    }
    return name;
  }
}

/** `service:region:account:type:path`; the path may itself contain `:` and `/`. */
const URN = /^([a-z][a-z0-9-]*):([^:]*):([^:]*):([^:]+):(.+)$/i;
const HEX_ACCOUNT = /\b[0-9a-f]{32}\b/gi;
/** Condition keys whose values are account ids (`g:PrincipalAccount`, `g:ResourceAccount`…). */
const ACCOUNT_KEY = /(account|accountid|domainid)$/i;

/** Masks the 32-hex account ids written anywhere in free text (a draft's name, say). */
export const maskHexAccounts = (text: string, names: Pseudonyms): string =>
  text.replace(HEX_ACCOUNT, (id) => names.account(id.toLowerCase()));

/** One value, masked as asked; `key` is the condition key or element it is the value of. */
export function maskValue(
  value: string,
  key: string | null,
  options: MaskOptions,
  names: Pseudonyms,
): string {
  const urn = URN.exec(value);
  if (urn) {
    const [, service, region, account = '', type, path = ''] = urn;
    const maskedAccount =
      options.accountIds && account !== '' && account !== '*' ? names.account(account) : account;
    const maskedPath = options.resourceIds && path !== '*' ? names.resource(path) : path;
    return `${service}:${region}:${maskedAccount}:${type}:${maskedPath}`;
  }
  if (!options.accountIds) return value;
  if (key !== null && ACCOUNT_KEY.test(key) && value !== '*' && value !== '')
    return names.account(value);
  return maskHexAccounts(value, names);
}

/** The edits that mask each string value under `node`; `key` is the nearest property name. */
function maskEdits(
  node: Node,
  key: string | null,
  options: MaskOptions,
  names: Pseudonyms,
  edits: TextEdit[],
): void {
  if (node.type === 'string' && typeof node.value === 'string') {
    const masked = maskValue(node.value, key, options, names);
    if (masked !== node.value) {
      edits.push({ offset: node.offset, length: node.length, newText: JSON.stringify(masked) });
    }
    return;
  }
  if (node.type === 'property') {
    const [name, value] = node.children ?? [];
    if (value)
      maskEdits(value, typeof name?.value === 'string' ? name.value : key, options, names, edits);
    return;
  }
  for (const child of node.children ?? []) maskEdits(child, key, options, names, edits);
}

/**
 * Masks every string value of a policy text, keeping its formatting (and its errors) intact. A
 * text with no tree (nesting past the reader's limit) still has its 32-hex account ids masked.
 */
export function maskPolicyText(text: string, options: MaskOptions, names: Pseudonyms): string {
  const { root } = readPolicyDocument(text);
  if (root === undefined) return options.accountIds ? maskHexAccounts(text, names) : text;
  const edits: TextEdit[] = [];
  maskEdits(root, null, options, names, edits);
  // From the end, so each edit's offset still points at the original text.
  return edits.reduceRight(applyEdit, text);
}
