import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import type { PolicyEditorProps } from './policy-editor';
import { useCatalogSet } from '../data/use-catalog-set';

// Monaco is large: it arrives as its own chunk after the first screen, which shows `fallback`.
const PolicyEditor = lazy(() => import('./policy-editor'));

export interface LazyPolicyEditorProps extends Omit<PolicyEditorProps, 'catalogs'> {
  /** Shown (and usable) while the editor's chunk loads, e.g. a plain text area. */
  fallback: ReactNode;
}

/** The policy editor, loaded on demand, with the app's catalogs. */
export function LazyPolicyEditor({ fallback, ...props }: LazyPolicyEditorProps) {
  const catalogs = useCatalogSet();
  return (
    <Suspense fallback={fallback}>
      <PolicyEditor {...props} catalogs={catalogs} />
    </Suspense>
  );
}
