import type { CatalogIndexEntry, PolicyModel } from '../../../catalog';
import type { ServiceLoad } from '../../../data/use-catalogs';
import { policyModels } from './filters';

/** One service on the first screen, with a cell per policy model it has a catalog for. */
export interface ServiceSummary {
  service: string;
  serviceName: string;
  models: Partial<Record<PolicyModel, ServiceLoad>>;
}

/** The newest "Updated on" date among a catalog's sources, or `null` when none says. */
export function sourceDate(entry: Pick<CatalogIndexEntry, 'sources'>): string | null {
  const dates = entry.sources.flatMap((source) => (source.updatedOn ? [source.updatedOn] : []));
  return dates.sort().at(-1) ?? null;
}

/** Groups the index's catalogs by service (alphabetical by name), one cell per model. */
export function summariseServices(services: readonly ServiceLoad[]): ServiceSummary[] {
  const byService = new Map<string, ServiceSummary>();
  for (const load of services) {
    const { service, serviceName, model } = load.entry;
    const summary = byService.get(service) ?? { service, serviceName, models: {} };
    summary.models[model] = load;
    byService.set(service, summary);
  }
  return [...byService.values()].sort((a, b) => a.serviceName.localeCompare(b.serviceName));
}

/** Totals per model for the heading line ("5.0: 3 catalogs, 120 actions"). */
export function modelTotals(services: readonly ServiceLoad[]) {
  return policyModels.map((model) => {
    const entries = services.filter((load) => load.entry.model === model).map((load) => load.entry);
    return {
      model,
      catalogs: entries.length,
      actions: entries.reduce((sum, entry) => sum + entry.counts.actions, 0),
      apis: entries.reduce((sum, entry) => sum + entry.counts.apis, 0),
    };
  });
}
