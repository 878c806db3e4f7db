/**
 * Builds `system-policies.json`: the documented ECS system policies and role, plus the modelled
 * default SCP `FullAccess`, checks every action the documents name against the catalogs, and
 * gives the rows of the documented common-operations table their APIs (`operation-apis.ts`).
 */
import type {
  CatalogSource,
  DataWarning,
  PolicyModel,
  ServiceCatalog,
  SystemPoliciesFile,
  SystemPolicy,
} from '../catalog/index';
import { CATALOG_SCHEMA_VERSION } from '../catalog/index';
import { suspectSegments } from './catalog-checks';
import { mapOperations, type OperationApis } from './operation-apis';
import { createParseContext } from './parse-context';
import {
  parseSystemPolicies,
  type OperationRow,
  type ParsedSystemPolicy,
} from './parse-system-policies';
import { compareText, sortWarnings } from './sort-catalog';

/** policy-language.md §4: the exact FullAccess JSON is undocumented, so it is modelled. */
const DEFAULT_SCP: SystemPolicy = {
  id: 'scp-fullaccess',
  name: 'FullAccess',
  kind: 'scp',
  policyType: 'scp',
  model: '5.0',
  description:
    'System SCP attached automatically to the root, every OU and every account when the SCP policy type is enabled; allows everything. Its JSON is not shown in the documentation, so this document is modelled.',
  document: { Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] },
  provenance: 'modelled',
};

export interface SystemPolicyCapture {
  file: string;
  text: string;
  source: CatalogSource;
}

export interface BuiltSystemPolicies {
  file: SystemPoliciesFile;
  /** Problems with the import itself, e.g. a table row that the operation map lacks. */
  problems: string[];
}

export function buildSystemPolicies(
  captures: readonly SystemPolicyCapture[],
  catalogs: readonly ServiceCatalog[],
  operationApis: readonly OperationApis[],
): BuiltSystemPolicies {
  const policies: SystemPolicy[] = [DEFAULT_SCP];
  const warnings: DataWarning[] = [];
  const rows: (OperationRow & { file: string })[] = [];
  for (const capture of captures) {
    const ctx = createParseContext(capture.file);
    const parsed = parseSystemPolicies(capture.text, ctx);
    for (const policy of parsed.policies) {
      const own = createParseContext(capture.file);
      own.warnings.push(...policy.warnings);
      checkPolicyActions(policy, catalogs, own.warn);
      policies.push(toSystemPolicy(policy, capture.file, own.warnings));
    }
    rows.push(...parsed.operations.map((row) => ({ ...row, file: capture.file })));
    warnings.push(...ctx.warnings);
  }
  policies.sort((a, b) => compareText(a.id, b.id));
  const { operations, problems } = mapOperations(rows, operationApis, catalogs);
  const file: SystemPoliciesFile = { schemaVersion: CATALOG_SCHEMA_VERSION, policies };
  if (operations.length > 0) file.documentedOperations = operations;
  file.sources = captures
    .map((capture) => capture.source)
    .sort((a, b) => compareText(a.file, b.file));
  file.warnings = sortWarnings(warnings);
  return { file, problems };
}

function toSystemPolicy(
  parsed: ParsedSystemPolicy,
  file: string,
  warnings: readonly DataWarning[],
): SystemPolicy {
  const policy: SystemPolicy = {
    id: parsed.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name: parsed.name,
    kind: parsed.kind,
    policyType: 'identity',
    model: parsed.model ?? '1.1',
    description: parsed.description,
    document: parsed.document,
    provenance: 'documented',
  };
  if (parsed.operationSupport.length > 0) policy.operationSupport = parsed.operationSupport;
  if (warnings.length > 0) policy.warnings = sortWarnings(warnings);
  policy.source = { file, line: parsed.line };
  return policy;
}

function actionsOf(document: unknown): string[] {
  const statements = (document as { Statement?: unknown }).Statement;
  if (!Array.isArray(statements)) return [];
  return statements.flatMap((statement: unknown) => {
    const action = (statement as { Action?: unknown }).Action;
    const list = Array.isArray(action) ? action : [action];
    return list.filter((item): item is string => typeof item === 'string');
  });
}

function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/** The catalog of the action's service in the policy's model, else in the other model. */
function catalogFor(
  service: string,
  model: PolicyModel,
  catalogs: readonly ServiceCatalog[],
): ServiceCatalog | undefined {
  const own = catalogs.filter((catalog) => catalog.service === service);
  return own.find((catalog) => catalog.model === model) ?? own[0];
}

type Warn = (code: string, message: string, line: number, subject?: string) => void;

function checkPolicyActions(
  policy: ParsedSystemPolicy,
  catalogs: readonly ServiceCatalog[],
  warn: Warn,
): void {
  const model = policy.model ?? '1.1';
  for (const action of actionsOf(policy.document)) {
    const line = policy.actionLines.get(action) ?? policy.line;
    const service = action.split(':')[0]?.toLowerCase() ?? '';
    const catalog = catalogFor(service, model, catalogs);
    if (!catalog || action === '*') continue;
    const names = catalog.actions.flatMap((entry) => [entry.name, ...entry.aliases]);
    const where =
      catalog.model === model
        ? `\`${catalog.id}\``
        : `\`${catalog.id}\` (there is no ${model} catalog for ${service}, so the ${catalog.model} names were checked)`;
    const coverage = catalog.coverage === 'partial' ? '; that catalog is partial' : '';
    if (action.includes('*') || action.includes('?')) {
      const pattern = patternToRegExp(action);
      if (!names.some((name) => pattern.test(name))) {
        warn(
          'PATTERN_MATCHES_NO_ACTION',
          `\`${policy.name}\`: \`${action}\` matches no action of ${where}${coverage}`,
          line,
          action,
        );
      }
      continue;
    }
    if (!names.some((name) => name.toLowerCase() === action.toLowerCase())) {
      warn(
        'ACTION_NOT_IN_CATALOG',
        `\`${policy.name}\`: \`${action}\` is not an action of ${where}${coverage}`,
        line,
        action,
      );
    }
    const likelier = suspectSegments([...names, action]).get(action.split(':')[1] ?? '');
    if (likelier) {
      warn(
        'SUSPECT_RESOURCE_SEGMENT',
        `\`${policy.name}\`: \`${action}\` uses the segment \`${action.split(':')[1]}\` where other actions use \`${likelier}\`; kept as printed`,
        line,
        action,
      );
    }
  }
}
