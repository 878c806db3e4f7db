import { useEffect, useState } from 'react';
import type { AnalysisClient } from '../../../analysis';
import { useDraftsStore } from '../../../stores/drafts-store';
import { locateFindings } from './locate-findings';
import type { Finding } from './locate-findings';

interface Answered {
  draftId: string;
  findings: Finding[];
}

/**
 * The active draft's findings, from the same check of the analysis worker that gives the editor
 * its markers: a long policy is linted off the main thread, and until the answer for the latest
 * text arrives the previous answer for the same draft stays shown. `checkedWith` (the catalogs)
 * re-checks when it changes.
 */
export function useFindings(client: AnalysisClient, checkedWith: unknown) {
  const draft = useDraftsStore((s) => s.drafts.find((d) => d.id === s.activeDraftId));
  const [answered, setAnswered] = useState<Answered | null>(null);
  const draftId = draft?.id;
  const text = draft?.text ?? '';
  const policyType = draft?.policyType ?? 'identity';

  useEffect(() => {
    if (draftId === undefined) return;
    client.check('findings', text, policyType, (answer) => {
      if (answer.type === 'check') {
        setAnswered({ draftId, findings: locateFindings(text, answer.diagnostics) });
      }
    });
  }, [client, draftId, text, policyType, checkedWith]);

  const findings = draft && answered?.draftId === draft.id ? answered.findings : [];
  return { draft, findings };
}
