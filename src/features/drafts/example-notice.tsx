import { Button } from '../../components/ui/button';
import { useDraftsStore } from '../../stores/drafts-store';
import { isExampleWorkspace, startEmpty } from './example-workspace';

/** Tells a first-time user the workspace is an example, with the way out right beside it. */
export function ExampleNotice() {
  const isExample = useDraftsStore((s) => isExampleWorkspace(s.drafts));
  if (!isExample) return null;
  return (
    <section
      aria-label="Example workspace"
      className="flex items-center gap-3 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100"
    >
      <p className="flex-1">
        This is an example: an identity policy checked under an SCP attached to the account. Edit
        it, or start with an empty workspace.
      </p>
      <Button size="sm" onClick={startEmpty}>
        Start empty
      </Button>
    </section>
  );
}
