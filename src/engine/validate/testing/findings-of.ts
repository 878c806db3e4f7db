/**
 * Helpers for the validator's message tests: the findings of one code with the text each covers,
 * and a lookup with a few more hand-made services than the fixture catalogs (an action printed off
 * the usual shape, aliases shared by several actions or reaching several services, two
 * `permission_management` actions, a service without resource types). Not real data.
 */
import type { AccessLevel, PolicyModel, ServiceCatalog } from '../../../catalog/catalog-types';
import {
  action as fixtureAction,
  resourceType,
  serviceCatalog,
} from '../../../catalog/testing/catalog-builder';
import { createCatalogLookup } from '../../catalog/catalog-lookup';
import type { CatalogLookup } from '../../catalog/catalog-lookup';
import { FIXTURE_CATALOGS, FIXTURE_GLOBAL_KEYS } from '../../catalog/testing/fixture-catalogs';
import type { PolicyType } from '../../policy/policy-types';
import type { CheckCode } from '../check-registry';
import { FIXTURE_LOOKUP } from '../lint-case';
import { validatePolicy } from '../validate-policy';

const action = (
  name: string,
  accessLevel: AccessLevel | null,
  resourceTypes: string[] = [],
  aliases: string[] = [],
) => fixtureAction(name, { accessLevel, resourceTypes, aliases });

const catalog = (
  service: string,
  model: PolicyModel,
  actions: ServiceCatalog['actions'],
  urnTypes: string[] = [],
): ServiceCatalog =>
  serviceCatalog(service, model, {
    actions,
    resourceTypes: urnTypes.map((name) =>
      resourceType(name, [`${service}:<region>:<account-id>:${name}:<id>`]),
    ),
  });

const EXTRA_CATALOGS: ServiceCatalog[] = [
  // SMS prints one action with an empty resource segment.
  catalog('sms', '5.0', [action('sms::getConfig', 'read')]),
  // Every NAT and ELB action also answers to a `vpc:` name.
  catalog('nat', '5.0', [
    action('nat:gateways:create', 'write', [], ['vpc:gateways:create']),
    action('nat:gateways:delete', 'write', [], ['vpc:gateways:delete']),
    action('nat:gateways:get', 'read', [], ['vpc:gateways:get']),
    action('nat:gateways:list', 'list', [], ['vpc:gateways:list']),
  ]),
  catalog('elb', '5.0', [action('elb:loadbalancers:create', 'write', [], ['vpc:lbs:create'])]),
  catalog(
    'cdn',
    '5.0',
    [
      // `cdn:domains:new` is an alias of two actions, one taking no resource type.
      action('cdn:domains:create', 'write', [], ['cdn:domains:new', 'cdn:domains:old']),
      action('cdn:domains:add', 'write', ['domain'], ['cdn:domains:new']),
      // `cdn:domains:get` is both an action and an alias of another.
      action('cdn:domains:get', 'read', ['domain']),
      action('cdn:domains:describe', 'read', ['domain'], ['cdn:domains:get']),
      action('cdn:certificates:get', 'read', ['certificate']),
      action('cdn:policies:create', 'permission_management'),
      action('cdn:policies:delete', 'permission_management'),
    ],
    ['domain', 'certificate'],
  ),
  // Only `cdn:domains:new` of the two aliases of `cdn:domains:create` is a 1.1 action.
  catalog('cdn', '1.1', [action('cdn:domains:new', null)]),
  // A complete catalog whose actions take no resource type.
  catalog('cts', '5.0', [action('cts:traces:list', 'list')]),
];

/** The fixture catalogs and global keys, plus the services above. */
export const EXTRA_LOOKUP = createCatalogLookup(
  [...FIXTURE_CATALOGS, ...EXTRA_CATALOGS],
  FIXTURE_GLOBAL_KEYS,
);

/** The global keys without any service catalog: condition keys can be judged, actions cannot. */
export const GLOBAL_KEYS_ONLY = createCatalogLookup([], FIXTURE_GLOBAL_KEYS);

interface Finding {
  /** The text the finding's range covers. */
  at: string;
  message: string;
  hint: string | undefined;
}

interface FindingOptions {
  type?: PolicyType;
  /** `null` validates without catalogs; by default the fixture catalogs. */
  lookup?: CatalogLookup | null;
}

/** The findings of one code, in text order, each with the text it covers, its message and hint. */
export function findingsOf(text: string, code: CheckCode, options: FindingOptions = {}): Finding[] {
  const lookup = options.lookup === undefined ? FIXTURE_LOOKUP : options.lookup;
  const { issues } = validatePolicy({
    text,
    policyType: options.type ?? 'identity',
    ...(lookup === null ? {} : { lookup }),
  });
  return issues
    .filter((issue) => issue.code === code)
    .map(({ range, message, hint }) => ({
      at: text.slice(range.offset, range.offset + range.length),
      message,
      hint,
    }));
}

/** The codes of all findings, in text order. */
export function codesOf(text: string, options: FindingOptions = {}): string[] {
  const lookup = options.lookup === undefined ? FIXTURE_LOOKUP : options.lookup;
  const { issues } = validatePolicy({
    text,
    policyType: options.type ?? 'identity',
    ...(lookup === null ? {} : { lookup }),
  });
  return issues.map((issue) => issue.code);
}
