import type {
  ConditionKeyType,
  GlobalConditionKey,
  PolicyModel,
  ServiceCatalog,
} from '../../catalog/catalog-types';

/** A condition key as the validator needs it, whether global or a service's own. */
export interface ConditionKeyInfo {
  /** Documented name; a family keeps its placeholder, e.g. `g:ResourceTag/<tag-key>`. */
  name: string;
  type: ConditionKeyType;
  /** `null` when the source does not say. */
  multiValued: boolean | null;
  global: boolean;
  /** The models that document the key. */
  models: PolicyModel[];
  /** The name is a family such as `g:ResourceTag/<tag-key>`: any tag key fills the placeholder. */
  family: boolean;
}

const PLACEHOLDER = /<[^>]*>/;

/**
 * A family name (`g:ResourceTag/<tag-key>`) as a prefix and suffix around its placeholder, lower
 * case; `null` for a plain name.
 */
export function familyParts(name: string): [string, string] | null {
  const match = PLACEHOLDER.exec(name);
  if (!match) return null;
  const lower = name.toLowerCase();
  return [lower.slice(0, match.index), lower.slice(match.index + match[0].length)];
}

/** The key as documented: the family's fixed part keeps the written tag key. */
export function documentedSpelling(written: string, info: ConditionKeyInfo): string {
  const parts = familyParts(info.name);
  if (parts === null) return info.name;
  const fixed = info.name.slice(0, parts[0].length);
  return fixed + written.slice(fixed.length);
}

/** Does `lowerKey` fill in the family's placeholder with at least one character? */
export function inFamily(lowerKey: string, [prefix, suffix]: [string, string]): boolean {
  return (
    lowerKey.length > prefix.length + suffix.length &&
    lowerKey.startsWith(prefix) &&
    lowerKey.endsWith(suffix)
  );
}

/** Keys by lower-cased name (assumption `condition-key-case-insensitive`) plus the families. */
export class ConditionKeyIndex {
  private readonly exact = new Map<string, ConditionKeyInfo>();
  private readonly families: { parts: [string, string]; info: ConditionKeyInfo }[] = [];

  add(info: ConditionKeyInfo): void {
    const parts = familyParts(info.name);
    if (parts) this.families.push({ parts, info });
    else if (!this.exact.has(info.name.toLowerCase()))
      this.exact.set(info.name.toLowerCase(), info);
  }

  /** Exact names win over families; among families the longest prefix wins. */
  find(name: string): ConditionKeyInfo | undefined {
    const lower = name.toLowerCase();
    const exact = this.exact.get(lower);
    if (exact) return exact;
    let best: { parts: [string, string]; info: ConditionKeyInfo } | undefined;
    for (const family of this.families) {
      if (
        inFamily(lower, family.parts) &&
        (!best || family.parts[0].length > best.parts[0].length)
      ) {
        best = family;
      }
    }
    return best?.info;
  }
}

export function globalKeyInfo(key: GlobalConditionKey): ConditionKeyInfo {
  return {
    name: key.name,
    type: key.type,
    multiValued: key.multiValued,
    global: true,
    models: key.models,
    family: familyParts(key.name) !== null,
  };
}

export function serviceKeyInfos(catalog: ServiceCatalog): ConditionKeyInfo[] {
  return catalog.conditionKeys.map((key) => ({
    name: key.name,
    type: key.type,
    multiValued: key.multiValued,
    global: key.name.toLowerCase().startsWith('g:'),
    models: [catalog.model],
    family: familyParts(key.name) !== null,
  }));
}
