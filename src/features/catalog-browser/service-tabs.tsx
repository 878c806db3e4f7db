import clsx from 'clsx';
import { Link } from 'wouter';
import type { ServiceCatalog } from '../../catalog';
import { servicePath } from './model/routes';
import type { ServiceTab } from './model/routes';

const tabLabels = (catalog: ServiceCatalog): [ServiceTab, string][] => [
  ['actions', `Actions (${catalog.actions.length})`],
  ['apis', `APIs (${catalog.apis.length})`],
  ['resources', `Resource types (${catalog.resourceTypes.length})`],
  ['condition-keys', `Condition keys (${catalog.conditionKeys.length})`],
  ['warnings', `Data warnings (${catalog.warnings.length})`],
];

/** The sections of a service page, as links (each a deep link of its own). */
export function ServiceTabs({
  catalog,
  current,
}: {
  catalog: ServiceCatalog;
  current: ServiceTab;
}) {
  return (
    <nav aria-label={`${catalog.id} sections`} className="flex flex-wrap gap-x-1 gap-y-0.5 pt-1">
      {tabLabels(catalog).map(([tab, label]) => (
        <Link
          key={tab}
          href={servicePath(catalog.id, tab)}
          aria-current={tab === current ? 'page' : undefined}
          className={clsx(
            'rounded px-1.5 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-sky-600',
            tab === current
              ? 'bg-sky-100 font-semibold text-sky-900 dark:bg-sky-900 dark:text-sky-100'
              : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800',
          )}
        >
          {label}
        </Link>
      ))}
    </nav>
  );
}
