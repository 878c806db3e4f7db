import clsx from 'clsx';
import { Link, useLocation } from 'wouter';
import { allApisPath, globalKeysPath, homePath, systemPoliciesPath } from './model/routes';

const sections = [
  {
    to: homePath,
    label: 'Services',
    matches: (path: string) => path === '/' || path.startsWith('/services'),
  },
  { to: allApisPath, label: 'APIs', matches: (path: string) => path.startsWith('/apis') },
  {
    to: globalKeysPath,
    label: 'Global keys',
    matches: (path: string) => path.startsWith(globalKeysPath),
  },
  {
    to: systemPoliciesPath,
    label: 'System policies',
    matches: (path: string) => path.startsWith(systemPoliciesPath),
  },
];

/** The catalog browser's top-level sections. */
export function BrowserNav() {
  const [location] = useLocation();
  return (
    <nav
      aria-label="Catalog sections"
      className="flex gap-1 border-b border-slate-200 px-3 pb-1.5 dark:border-slate-700"
    >
      {sections.map((section) => {
        const current = section.matches(location);
        return (
          <Link
            key={section.to}
            href={section.to}
            aria-current={current ? 'page' : undefined}
            className={clsx(
              'rounded px-2 py-0.5 text-sm focus-visible:outline-2 focus-visible:outline-sky-600',
              current
                ? 'bg-slate-200 font-semibold text-slate-900 dark:bg-slate-700 dark:text-white'
                : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800',
            )}
          >
            {section.label}
          </Link>
        );
      })}
    </nav>
  );
}
