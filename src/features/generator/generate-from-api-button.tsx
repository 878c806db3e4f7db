import { Button } from '../../components/ui/button';
import type { ApiRef } from '../../language/generator-api-lines';
import { useGeneratorStore } from './generator-store';

/** In the catalog's API view: hands this API to the least-privilege generator and opens it. */
export function GenerateFromApiButton({ api, label }: { api: ApiRef; label: string }) {
  return (
    <Button
      size="sm"
      aria-label={`Generate a least-privilege policy for ${label}`}
      onClick={() => useGeneratorStore.getState().openWith([api])}
    >
      Generate least-privilege policy
    </Button>
  );
}
