import { Button } from '../../components/ui/button';
import type { ApplyEdit } from './use-builder-edit';

/**
 * Reorder, duplicate and delete one statement. Buttons carry ids by position so the builder can
 * put the focus back on the same button of the card that moved.
 */
export function StatementToolbar({
  index,
  count,
  onEdit,
}: {
  index: number;
  count: number;
  onEdit: ApplyEdit;
}) {
  const number = index + 1;
  return (
    <div role="toolbar" aria-label={`Statement ${number} actions`} className="flex flex-wrap gap-1">
      <Button
        size="sm"
        id={toolbarButtonId(index, 'up')}
        disabled={index === 0}
        aria-label={`Move statement ${number} up`}
        onClick={() => onEdit({ kind: 'move-statement', statement: index, direction: -1 })}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        size="sm"
        id={toolbarButtonId(index, 'down')}
        disabled={index === count - 1}
        aria-label={`Move statement ${number} down`}
        onClick={() => onEdit({ kind: 'move-statement', statement: index, direction: 1 })}
      >
        <span aria-hidden="true">↓</span>
      </Button>
      <Button
        size="sm"
        id={toolbarButtonId(index, 'duplicate')}
        aria-label={`Duplicate statement ${number}`}
        onClick={() => onEdit({ kind: 'duplicate-statement', statement: index })}
      >
        Duplicate
      </Button>
      <Button
        size="sm"
        id={toolbarButtonId(index, 'delete')}
        aria-label={`Delete statement ${number}`}
        onClick={() => onEdit({ kind: 'delete-statement', statement: index })}
      >
        Delete
      </Button>
    </div>
  );
}

export type ToolbarButton = 'up' | 'down' | 'duplicate' | 'delete';

export const toolbarButtonId = (index: number, button: ToolbarButton) =>
  `builder-statement-${index}-${button}`;
