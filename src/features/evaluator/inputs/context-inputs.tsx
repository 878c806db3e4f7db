import { useEvaluatorStore } from '../../../stores/evaluator-store';
import { useScenarioStore } from '../../../stores/scenario-store';
import type { RequestContext } from '../../../engine';
import { withFieldValue } from '../model/context-fields';
import type { ContextField } from '../model/context-fields';
import { ContextFieldInput } from './context-field-input';

interface ContextInputsProps {
  fields: readonly ContextField[];
  context: RequestContext;
}

/**
 * The request context: a typed input per condition key the drafts test, and the switch that
 * says what an empty key means.
 */
export function ContextInputs({ fields, context }: ContextInputsProps) {
  const setContext = useScenarioStore((s) => s.setContext);
  const unknownContext = useEvaluatorStore((s) => s.unknownContext);
  const setUnknownContext = useEvaluatorStore((s) => s.setUnknownContext);
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-xs font-semibold">Request context</legend>
      <div role="radiogroup" aria-label="Keys left empty" className="space-y-0.5 text-sm">
        <label className="flex items-start gap-1.5">
          <input
            type="radio"
            name="evaluator-empty-keys"
            checked={!unknownContext}
            onChange={() => setUnknownContext(false)}
          />
          <span>
            Exactly this request{' '}
            <span className="text-xs text-slate-600 dark:text-slate-300">
              (empty keys are absent)
            </span>
          </span>
        </label>
        <label className="flex items-start gap-1.5">
          <input
            type="radio"
            name="evaluator-empty-keys"
            checked={unknownContext}
            onChange={() => setUnknownContext(true)}
          />
          <span>
            Any request{' '}
            <span className="text-xs text-slate-600 dark:text-slate-300">
              (empty keys are unknown: results may be conditional)
            </span>
          </span>
        </label>
      </div>
      {fields.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          The drafts test no condition keys.
        </p>
      ) : (
        fields.map((field) => (
          <ContextFieldInput
            key={field.key}
            field={field}
            value={context[field.key]}
            onChange={(text) =>
              setContext(withFieldValue(useScenarioStore.getState().context, field, text))
            }
          />
        ))
      )}
    </fieldset>
  );
}
