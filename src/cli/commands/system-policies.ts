import { compareDocumentedOperations } from '../../engine/index';
import type { SystemPolicy } from '../../catalog/index';
import type { Command } from '../command';
import { EXIT, UsageError } from '../cli-errors';
import { countCells, formatComparisons } from '../format/format-operations';
import { renderTable } from '../format/render-table';

/** The policies `--policy` names (all when none is named); an unknown id is a usage error. */
function choose(policies: readonly SystemPolicy[], ids: readonly string[]): SystemPolicy[] {
  for (const id of ids) {
    if (!policies.some((policy) => policy.id === id))
      throw new UsageError(
        `no system policy \`${id}\` (known: ${policies.map((policy) => policy.id).join(', ')})`,
      );
  }
  return ids.length === 0 ? [...policies] : policies.filter((policy) => ids.includes(policy.id));
}

function listPolicies(policies: readonly SystemPolicy[], json: boolean): string {
  const summaries = policies.map((policy) => ({
    id: policy.id,
    name: policy.name,
    kind: policy.kind,
    model: policy.model,
    provenance: policy.provenance,
    documentedOperations: policy.operationSupport?.length ?? 0,
    warnings: policy.warnings ?? [],
  }));
  if (json) return JSON.stringify({ policies: summaries }) + '\n';
  const rows = summaries.map((summary) => [
    summary.id,
    summary.name,
    summary.kind,
    summary.model,
    summary.provenance,
    String(summary.documentedOperations),
    String(summary.warnings.length),
  ]);
  const headers = ['ID', 'NAME', 'KIND', 'MODEL', 'PROVENANCE', 'DOCUMENTED OPS', 'WARNINGS'];
  return renderTable(headers, rows, 'table') + `${policies.length} system policies\n`;
}

export const systemPoliciesCommand: Command = {
  name: 'system-policies',
  summary: 'list the system policies, or compare their documented operations with the engine',
  usage: 'system-policies [--compare] [--policy ID]...',
  details: [
    'Without --compare: each system policy with its kind, model, provenance, how many\n' +
      'documented common operations it has and how many import warnings (--json lists them).',
    "With --compare: for each policy with a documented table of common operations (ECS's\n" +
      'Table 3), the support the table documents next to the support the engine computes: an\n' +
      'operation is supported when the policy alone allows every API it calls (the hand-kept\n' +
      'catalogs/overrides/system-policy-operations.json) with its dependencies. Each difference\n' +
      'is explained, naming the actions and the patterns that miss them.',
    'Exit codes: 0 listed, or every compared cell agrees; 1 some documented cell differs from\n' +
      'the computed one (as diff(1)); 64 bad input.',
  ],
  options: {
    compare: {
      type: 'boolean',
      description: 'compare the documented common operations with the computed support',
    },
    policy: {
      type: 'string',
      multiple: true,
      valueName: 'ID',
      description: 'only this system policy (repeatable), e.g. ecs-readonlyaccess',
    },
  },
  positionals: { name: 'nothing', min: 0, max: 0 },
  async run({ io, args, json, catalogs }) {
    const { systemPolicies, documentedOperations, services } = await catalogs();
    const policies = choose(systemPolicies, args.strings('policy'));
    if (!args.flag('compare')) {
      io.stdout(listPolicies(policies, json));
      return EXIT.ok;
    }
    const comparisons = policies
      .filter((policy) => policy.operationSupport !== undefined)
      .map((policy) => compareDocumentedOperations(policy, documentedOperations, services));
    const counts = countCells(comparisons);
    io.stdout(
      json
        ? JSON.stringify({ ...counts, policies: comparisons }) + '\n'
        : formatComparisons(comparisons),
    );
    return counts.differences > 0 ? EXIT.differences : EXIT.ok;
  },
};
