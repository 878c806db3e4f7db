import { useEffect, useState } from 'react';
import { useDraftsStore } from '../../../stores/drafts-store';
import type { EvaluatorClient } from '../worker/evaluator-client';
import type { Finding } from './locate-findings';

interface Answered {
  draftId: string;
  findings: Finding[];
}

/**
 * The active draft's validation findings, checked by the evaluator worker: a long policy is
 * linted off the main thread, and until the answer for the latest text arrives the previous
 * answer for the same draft stays shown. `checkedWith` (the catalogs) re-checks when it changes.
 */
export function useFindings(client: EvaluatorClient | null, checkedWith: unknown) {
  const draft = useDraftsStore((s) => s.drafts.find((d) => d.id === s.activeDraftId));
  const [answered, setAnswered] = useState<Answered | null>(null);
  const draftId = draft?.id;
  const text = draft?.text ?? '';
  const policyType = draft?.policyType ?? 'identity';

  useEffect(() => {
    if (!client || draftId === undefined) return;
    client.findings(text, policyType, (answer) => {
      if (answer.type === 'findings') setAnswered({ draftId, findings: answer.findings });
    });
  }, [client, draftId, text, policyType, checkedWith]);

  const findings = draft && answered?.draftId === draft.id ? answered.findings : [];
  return { draft, findings };
}
