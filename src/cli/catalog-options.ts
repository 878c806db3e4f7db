import type { PolicyModel } from '../catalog/index';
import type { CatalogLookup } from '../engine/index';
import { UsageError } from './cli-errors';
import type { OptionSpec } from './parse-command-args';

/** `--model`, shared by the catalog look-ups. */
export const modelOption: OptionSpec = {
  type: 'string',
  valueName: '5.0|1.1',
  description: 'policy model whose catalogs to use (default 5.0, identity policies and SCPs)',
};

/** The `--model` value, checked; 5.0 when absent. */
export function readModel(value: string | undefined): PolicyModel {
  if (value === undefined || value === '5.0' || value === '1.1') return value ?? '5.0';
  throw new UsageError(`\`--model\` must be 5.0 or 1.1, not \`${value}\``);
}

/** A service prefix the catalogs know in `model` (lower-cased), or a usage error with suggestions. */
export function knownService(lookup: CatalogLookup, service: string, model: PolicyModel): string {
  const lower = service.toLowerCase();
  if (lookup.services(model).includes(lower)) return lower;
  const nearest = lookup.nearestServices(service, model, 3);
  const suggestion =
    nearest.length > 0 ? ` (did you mean ${nearest.map((s) => `\`${s}\``).join(', ')}?)` : '';
  throw new UsageError(`no ${model} catalog for service \`${service}\`${suggestion}`);
}
