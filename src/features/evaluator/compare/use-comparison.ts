import { useEffect, useState } from 'react';
import type { PolicySetDiff } from '../../../engine';
import type { AnalysisClient } from '../../../analysis';
import type { MatrixJob } from '../../../analysis';

/** The diff of two matrix jobs, computed in the worker; `null` until the first answer. */
export function useComparison(
  client: AnalysisClient | null,
  sides: { before: MatrixJob; after: MatrixJob } | null,
  catalogCount: number,
): { diff: PolicySetDiff | null; error: string | null; forSides: unknown } {
  const [answer, setAnswer] = useState<{
    diff: PolicySetDiff | null;
    error: string | null;
    forSides: unknown;
  }>({ diff: null, error: null, forSides: null });
  useEffect(() => {
    if (!client || !sides || catalogCount === 0) return;
    client.compare(sides.before, sides.after, (response) =>
      setAnswer(
        response.type === 'error'
          ? { diff: null, error: response.message, forSides: sides }
          : { diff: response.diff, error: null, forSides: sides },
      ),
    );
  }, [client, sides, catalogCount]);
  return answer;
}
