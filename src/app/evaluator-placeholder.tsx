import { EmptyState } from '../components/ui/empty-state';

/**
 * Holds the evaluator's place until the evaluator lands (its own issue), so the layout and the
 * pane toggle already behave as they will.
 */
export function EvaluatorPlaceholder() {
  return (
    <section aria-labelledby="evaluator-title" className="flex h-full min-h-0 flex-col">
      <h2
        id="evaluator-title"
        className="border-b border-slate-200 px-3 py-2 text-sm font-semibold dark:border-slate-700"
      >
        Evaluator
      </h2>
      <EmptyState title="Nothing to evaluate yet">
        <p>The evaluator will show which APIs your draft allows under the selected SCPs.</p>
        <p>Meanwhile, browse the catalogs on the left and add actions to a draft.</p>
      </EmptyState>
    </section>
  );
}
