import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type {
  CatalogIndex,
  CatalogIndexEntry,
  GlobalConditionKeysFile,
  ServiceCatalog,
  SystemPoliciesFile,
} from '../catalog';
import {
  catalogIndexQuery,
  globalConditionKeysQuery,
  serviceCatalogQuery,
  systemPoliciesQuery,
} from './catalog-queries';
import { CatalogFileError } from './catalog-file-error';

/** One file's state as the UI shows it: still loading, loaded, or failed with a message. */
export type FileLoad<T> =
  | { status: 'pending' }
  | { status: 'success'; data: T }
  | { status: 'error'; message: string; details: string[] };

export interface ServiceLoad {
  entry: CatalogIndexEntry;
  load: FileLoad<ServiceCatalog>;
}

export interface CatalogData {
  index: FileLoad<CatalogIndex>;
  /** One row per catalog the index lists, in index order, whether it loaded or not. */
  services: ServiceLoad[];
  /** The catalogs that loaded and validated. */
  catalogs: ServiceCatalog[];
  globalConditionKeys: FileLoad<GlobalConditionKeysFile>;
  systemPolicies: FileLoad<SystemPoliciesFile>;
}

/** A user-facing message for a failed query; unknown errors still get a sentence. */
export function describeLoadError(error: unknown): { message: string; details: string[] } {
  if (error instanceof CatalogFileError) return { message: error.message, details: error.details };
  const reason = error instanceof Error ? error.message : String(error);
  return { message: 'the catalog could not be loaded', details: [reason] };
}

function toFileLoad<T>(
  status: UseQueryResult['status'],
  data: T | undefined,
  error: unknown,
): FileLoad<T> {
  if (status === 'success') return { status: 'success', data: data as T };
  if (status === 'error') return { status: 'error', ...describeLoadError(error) };
  return { status: 'pending' };
}

const noEntries: CatalogIndexEntry[] = [];

function combineServices(results: UseQueryResult<ServiceCatalog>[]) {
  return results.map((result) => toFileLoad(result.status, result.data, result.error));
}

/**
 * Loads the catalog index, then every file it lists, independently: one missing or corrupt file
 * leaves the others usable and is reported with its own message.
 */
export function useCatalogs(): CatalogData {
  const indexQuery = useQuery(catalogIndexQuery());
  const index = indexQuery.data;
  const entries = index?.catalogs ?? noEntries;
  const serviceLoads = useQueries({
    queries: entries.map((entry) => serviceCatalogQuery(entry)),
    combine: combineServices,
  });
  const globalKeysQuery = useQuery({
    ...globalConditionKeysQuery(index?.globalConditionKeys ?? { file: '', contentHash: '' }),
    enabled: index !== undefined,
  });
  const policiesQuery = useQuery({
    ...systemPoliciesQuery(index?.systemPolicies ?? { file: '', contentHash: '' }),
    enabled: index !== undefined,
  });

  const indexLoad = useMemo(
    () => toFileLoad(indexQuery.status, index, indexQuery.error),
    [indexQuery.status, index, indexQuery.error],
  );
  const { status: keysStatus, data: keysData, error: keysError } = globalKeysQuery;
  const keysLoad = useMemo(
    () => toFileLoad(keysStatus, keysData, keysError),
    [keysStatus, keysData, keysError],
  );
  const { status: policiesStatus, data: policiesData, error: policiesError } = policiesQuery;
  const policiesLoad = useMemo(
    () => toFileLoad(policiesStatus, policiesData, policiesError),
    [policiesStatus, policiesData, policiesError],
  );
  return useMemo(() => {
    const services = entries.map((entry, i) => ({
      entry,
      load: serviceLoads[i] ?? { status: 'pending' as const },
    }));
    return {
      index: indexLoad,
      services,
      catalogs: services.flatMap(({ load }) => (load.status === 'success' ? [load.data] : [])),
      globalConditionKeys: keysLoad,
      systemPolicies: policiesLoad,
    };
  }, [entries, serviceLoads, indexLoad, keysLoad, policiesLoad]);
}
