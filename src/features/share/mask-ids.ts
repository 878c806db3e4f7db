import type { Expectation, ExpectationTarget } from '../../expectations';
import { maskHexAccounts, maskPolicyText, maskValue, Pseudonyms } from '../../language';
import type { MaskOptions } from '../../language';
import type { RequestContext } from '../../stores/scenario-store';
import type { ResourceScope } from '../../stores/evaluator-store';
import type { BundleEvaluation, WorkspaceBundle } from '../../stores/workspace-bundle';

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
 * A resource scope's parts become the pseudonyms the same ids get in the drafts (the scope fills
 * in a URN's account and last segment, which the drafts' URNs mask), so the masked scope builds
 * request URNs that match the masked drafts the way the original did. A region is free text.
 */
function maskScope(scope: ResourceScope, options: MaskOptions, names: Pseudonyms): ResourceScope {
  const id = (value: string) => {
    const trimmed = value.trim();
    return trimmed === '' || trimmed === '*' ? null : trimmed;
  };
  const account = id(scope.accountId);
  const resource = id(scope.resourceId);
  return {
    region: options.accountIds ? maskHexAccounts(scope.region, names) : scope.region,
    accountId: options.accountIds && account !== null ? names.account(account) : scope.accountId,
    resourceId:
      options.resourceIds && resource !== null
        ? names.resource(resource)
        : options.accountIds
          ? maskHexAccounts(scope.resourceId, names)
          : scope.resourceId,
  };
}

/** The evaluation part: only its resource scope holds ids (draft ids and services are not). */
function maskEvaluation(
  evaluation: BundleEvaluation,
  options: MaskOptions,
  names: Pseudonyms,
): BundleEvaluation {
  const { resourceScope } = evaluation;
  return resourceScope
    ? { ...evaluation, resourceScope: maskScope(resourceScope, options, names) }
    : evaluation;
}

/**
 * The bundle with account and/or resource ids masked in draft texts, names, expectations,
 * context and resource scope.
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
    ...(bundle.evaluation ? { evaluation: maskEvaluation(bundle.evaluation, options, names) } : {}),
  };
}
