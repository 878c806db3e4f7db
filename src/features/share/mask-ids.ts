import type { Expectation, ExpectationTarget } from '../../expectations';
import { maskHexAccounts, maskPolicyText, maskValue, Pseudonyms } from '../../language';
import type { MaskOptions } from '../../language';
import type { RequestContext } from '../../stores/scenario-store';
import type { WorkspaceBundle } from '../../stores/workspace-bundle';

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
      name: options.accountIds ? maskHexAccounts(draft.name, names) : draft.name,
      text: maskPolicyText(draft.text, options, names),
    })),
    expectations: maskExpectations(bundle.expectations, options, names),
    scpChain: bundle.scpChain,
    context: bundle.context ? maskContext(bundle.context, options, names) : null,
  };
}
