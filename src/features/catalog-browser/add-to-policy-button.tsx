import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { useDraftsStore } from '../../stores/drafts-store';
import type { InsertableItem } from '../../language';

const kindNames: Record<InsertableItem['kind'], string> = {
  action: 'action',
  resource: 'URN pattern',
  conditionKey: 'condition key',
};

/**
 * "Add to policy": puts an action, URN pattern or condition key into the active draft's current
 * statement (the store creates a draft when there is none) and says what happened.
 */
export function AddToPolicyButton({ item, compact }: { item: InsertableItem; compact?: boolean }) {
  const [message, setMessage] = useState('');
  const add = () => {
    const result = useDraftsStore.getState().addToActiveDraft(item);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    const { drafts, activeDraftId } = useDraftsStore.getState();
    const draftName = drafts.find((draft) => draft.id === activeDraftId)?.name ?? 'the draft';
    setMessage(result.changed ? `added to ${draftName}` : `already in ${draftName}`);
  };
  return (
    <span className="inline-flex items-center gap-1.5">
      <Button
        size="sm"
        variant={compact ? 'secondary' : 'primary'}
        onClick={add}
        aria-label={`Add to policy: ${kindNames[item.kind]} ${item.value}`}
        title={`Add ${item.value} to the active draft`}
      >
        <span aria-hidden="true">+</span>
        {compact ? ' Add' : ' Add to policy'}
      </Button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {message}
      </span>
    </span>
  );
}
