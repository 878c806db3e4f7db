import { Button } from '../../../components/ui/button';
import { useEvaluatorStore } from '../../../stores/evaluator-store';

interface ServicePickerProps {
  available: readonly string[];
  mentioned: readonly string[];
  shown: readonly string[];
}

/** The services whose APIs the matrix lists; by default those the drafts mention. */
export function ServicePicker({ available, mentioned, shown }: ServicePickerProps) {
  const chosen = useEvaluatorStore((s) => s.services);
  const setServices = useEvaluatorStore((s) => s.setServices);
  const shownSet = new Set(shown);
  const toggle = (service: string) =>
    setServices(available.filter((s) => (s === service ? !shownSet.has(s) : shownSet.has(s))));
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs font-semibold">Services in the matrix</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-0.5">
        {available.map((service) => (
          <label key={service} className="flex items-center gap-1 font-mono text-sm">
            <input
              type="checkbox"
              checked={shownSet.has(service)}
              onChange={() => toggle(service)}
            />
            {service}
          </label>
        ))}
      </div>
      {chosen === null ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {mentioned.length > 0
            ? 'The services the drafts mention.'
            : 'The drafts mention no service yet.'}
        </p>
      ) : (
        <Button size="sm" variant="ghost" onClick={() => setServices(null)}>
          Use the services the drafts mention
        </Button>
      )}
    </fieldset>
  );
}
