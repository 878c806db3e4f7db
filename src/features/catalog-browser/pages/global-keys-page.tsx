import type { GlobalConditionKeysFile } from '../../../catalog';
import type { FileLoad } from '../../../data/use-catalogs';
import { Badge } from '../../../components/ui/badge';
import { DownloadJsonButton } from '../../../components/ui/download-json-button';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { AddToPolicyButton } from '../add-to-policy-button';
import { useCatalogModelContext } from '../catalog-model-context';
import { multiValuedLabel } from '../labels';
import { PageHeader } from '../page-header';

const confidence = { H: 'documented', M: 'inferred', L: 'assumed' } as const;

/** The global (`g:`) condition keys, hand-kept from the policy-language reference. */
export function GlobalKeysPage() {
  const { globalConditionKeys, index } = useCatalogModelContext();
  const load: FileLoad<GlobalConditionKeysFile> =
    index.status === 'error' ? { ...index } : globalConditionKeys;
  if (load.status === 'pending') return <Loading label="Loading the global condition keys…" />;
  if (load.status === 'error') {
    return (
      <div className="p-3">
        <Notice tone="error" title="The global condition keys could not be loaded">
          <p>{load.message}</p>
        </Notice>
      </div>
    );
  }
  const file = load.data;
  return (
    <div className="min-h-0 flex-1 overflow-auto">
      <PageHeader
        title="Global condition keys"
        actions={<DownloadJsonButton name="global-condition-keys" data={() => file} />}
      >
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Kept by hand from the policy-language reference, not imported from service tables.
        </p>
      </PageHeader>
      <ul aria-label="Global condition keys">
        {file.keys.map((key) => (
          <li key={key.name} className="border-b border-slate-100 px-3 py-2 dark:border-slate-800">
            <div className="flex flex-wrap items-center gap-1.5">
              <h3 className="font-mono text-sm font-semibold break-all">{key.name}</h3>
              <Badge tone="info">{key.type}</Badge>
              <Badge>{multiValuedLabel(key.multiValued)}</Badge>
              <Badge>{key.models.join(' / ')}</Badge>
              <Badge tone={key.confidence === 'H' ? 'success' : 'warning'}>
                {confidence[key.confidence]}
              </Badge>
              <AddToPolicyButton item={{ kind: 'conditionKey', value: key.name }} compact />
            </div>
            <p className="text-xs text-slate-700 dark:text-slate-300">{key.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
