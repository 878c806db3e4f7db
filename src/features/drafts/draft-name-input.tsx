import { useEffect, useRef, useState } from 'react';
import { DRAFT_NAME_MAX_LENGTH } from '../../stores/draft-model';
import { useDraftsStore } from '../../stores/drafts-store';
import type { Draft } from '../../stores/drafts-store';

/** Inline rename in place of a tab: Enter or leaving the field keeps the name, Escape cancels. */
export function DraftNameInput({ draft, onDone }: { draft: Draft; onDone: () => void }) {
  const renameDraft = useDraftsStore((s) => s.renameDraft);
  const [name, setName] = useState(draft.name);
  const input = useRef<HTMLInputElement>(null);
  const finished = useRef(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (keep: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (keep) renameDraft(draft.id, name);
    onDone();
  };

  return (
    <input
      ref={input}
      aria-label="Draft name"
      maxLength={DRAFT_NAME_MAX_LENGTH}
      className="-mb-px w-48 shrink-0 rounded-t-md border border-b-2 border-sky-600 bg-white px-2 py-1 text-sm dark:bg-slate-900"
      value={name}
      onChange={(event) => setName(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(true);
        else if (event.key === 'Escape') finish(false);
        else return;
        event.preventDefault();
        event.stopPropagation();
      }}
      onBlur={() => finish(true)}
    />
  );
}
