import { queryOptions } from '@tanstack/react-query';
import {
  CATALOG_SCHEMA_VERSION,
  validateCatalogIndex,
  validateGlobalConditionKeys,
  validateServiceCatalog,
  validateSystemPolicies,
} from '../catalog';
import type { CatalogIndexEntry } from '../catalog';
import { retryCatalogFetch } from './catalog-file-error';
import { fetchCatalogFile } from './fetch-catalog-file';

/**
 * Query factories for the static catalog files. Keys carry the schema version and, for files the
 * index lists, their content hash, as their URLs do, so a new build never reads an old cache entry.
 */
const root = ['catalogs', CATALOG_SCHEMA_VERSION] as const;

const common = { staleTime: Infinity, retry: retryCatalogFetch } as const;

export const catalogIndexQuery = () =>
  queryOptions({
    ...common,
    queryKey: [...root, 'index'],
    queryFn: ({ signal }) => fetchCatalogFile({ file: 'index.json' }, validateCatalogIndex, signal),
  });

export const serviceCatalogQuery = (entry: Pick<CatalogIndexEntry, 'file' | 'contentHash'>) =>
  queryOptions({
    ...common,
    queryKey: [...root, 'service', entry.file, entry.contentHash],
    queryFn: ({ signal }) => fetchCatalogFile(entry, validateServiceCatalog, signal),
  });

export const globalConditionKeysQuery = (ref: { file: string; contentHash: string }) =>
  queryOptions({
    ...common,
    queryKey: [...root, 'global-condition-keys', ref.file, ref.contentHash],
    queryFn: ({ signal }) => fetchCatalogFile(ref, validateGlobalConditionKeys, signal),
  });

export const systemPoliciesQuery = (ref: { file: string; contentHash: string }) =>
  queryOptions({
    ...common,
    queryKey: [...root, 'system-policies', ref.file, ref.contentHash],
    queryFn: ({ signal }) => fetchCatalogFile(ref, validateSystemPolicies, signal),
  });
