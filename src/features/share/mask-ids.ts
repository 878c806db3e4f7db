import { visit } from 'jsonc-parser';
import type { Expectation, ExpectationTarget } from '../../expectations';
import type { RequestContext } from '../../stores/scenario-store';
import type { WorkspaceBundle } from '../../stores/workspace-bundle';

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
class Pseudonyms {
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

function maskValue(
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
  return value.replace(HEX_ACCOUNT, (id) => names.account(id.toLowerCase()));
}

/** Masks every string value of a policy text, keeping its formatting (and its errors) intact. */
function maskPolicyText(text: string, options: MaskOptions, names: Pseudonyms): string {
  const edits: { offset: number; length: number; text: string }[] = [];
  visit(text, {
    onLiteralValue(value: unknown, offset, length, _line, _column, pathSupplier) {
      if (typeof value !== 'string') return;
      const path = pathSupplier();
      const key =
        [...path].reverse().find((segment): segment is string => typeof segment === 'string') ??
        null;
      const masked = maskValue(value, key, options, names);
      if (masked !== value) edits.push({ offset, length, text: JSON.stringify(masked) });
    },
  });
  let result = text;
  for (const edit of edits.reverse()) {
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  }
  return result;
}

function maskContext(
  context: RequestContext,
  options: MaskOptions,
  names: Pseudonyms,
): RequestContext {
  return Object.fromEntries(
    Object.entries(context).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? value.map((item) => maskValue(item, key, options, names))
        : maskValue(value, key, options, names),
    ]),
  );
}

/** An API or action named by an expectation can carry an id too (a path typed by hand). */
function maskTarget(
  target: ExpectationTarget,
  options: MaskOptions,
  names: Pseudonyms,
): ExpectationTarget {
  switch (target.kind) {
    case 'api':
      return { ...target, api: maskValue(target.api, null, options, names) };
    case 'action':
      return { ...target, action: maskValue(target.action, null, options, names) };
    case 'service':
      return target;
  }
}

function maskExpectations(
  byDraft: Readonly<Record<string, Expectation[]>>,
  options: MaskOptions,
  names: Pseudonyms,
): Record<string, Expectation[]> {
  return Object.fromEntries(
    Object.entries(byDraft).map(([draftId, list]) => [
      draftId,
      list.map((e) => ({ ...e, target: maskTarget(e.target, options, names) })),
    ]),
  );
}

/**
 * The bundle with account and/or resource ids masked in draft texts, names, expectations and
 * context.
 */
export function maskBundle(bundle: WorkspaceBundle, options: MaskOptions): WorkspaceBundle {
  if (!options.accountIds && !options.resourceIds) return bundle;
  const names = new Pseudonyms();
  return {
    drafts: bundle.drafts.map((draft) => ({
      ...draft,
      name: options.accountIds
        ? draft.name.replace(HEX_ACCOUNT, (id) => names.account(id.toLowerCase()))
        : draft.name,
      text: maskPolicyText(draft.text, options, names),
    })),
    expectations: maskExpectations(bundle.expectations, options, names),
    scpChain: bundle.scpChain,
    context: bundle.context ? maskContext(bundle.context, options, names) : null,
  };
}
