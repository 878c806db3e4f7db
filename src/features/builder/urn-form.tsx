import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { ANY_PARTS, buildUrn, checkUrnPart } from '../../language/builder-urns';
import type { UrnParts } from '../../language/builder-urns';
import type { ResourceTypeForm } from './model/statement-resources';

const FIELDS: { part: keyof UrnParts; label: string; shown: keyof ResourceTypeForm['template'] }[] =
  [
    { part: 'region', label: 'Region', shown: 'hasRegion' },
    { part: 'account', label: 'Account ID', shown: 'hasAccount' },
    { part: 'resourceId', label: 'Resource ID', shown: 'hasResourceId' },
  ];

/** Builds a URN of one resource type from its parts, previewing the pattern before adding it. */
export function UrnForm({ form, onAdd }: { form: ResourceTypeForm; onAdd: (urn: string) => void }) {
  const { template } = form;
  const [parts, setParts] = useState<UrnParts>(ANY_PARTS);
  const previewId = useId();
  const fields = FIELDS.filter((field) => template[field.shown]);
  const problems = fields.flatMap(({ part }) => {
    const problem = checkUrnPart(part, parts[part]);
    return problem ? [problem] : [];
  });
  const urn = buildUrn(template, parts);
  const title = `${template.type} (${template.service})`;
  return (
    <fieldset className="min-w-0 space-y-1 rounded border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-xs font-semibold">{`URN of ${title}`}</legend>
      <p className="text-[0.6875rem] text-slate-600 dark:text-slate-300">
        {`Taken by ${form.actions.join(', ')}. Leave a part empty for any.`}
        {template.assumed
          ? ' The catalog gives no URN pattern; this one follows the general URN format.'
          : ''}
      </p>
      <div className="flex flex-wrap gap-2">
        {fields.map(({ part, label }) => (
          <label key={part} className="flex flex-col text-xs">
            {label}
            <input
              value={parts[part]}
              placeholder="any"
              spellCheck={false}
              aria-invalid={checkUrnPart(part, parts[part]) !== null}
              className="w-36 rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
              onChange={(event) => setParts({ ...parts, [part]: event.target.value })}
            />
          </label>
        ))}
      </div>
      <p className="text-xs">
        Pattern:{' '}
        <output
          id={previewId}
          aria-label={`URN preview for ${title}`}
          className="font-mono break-all"
        >
          {urn}
        </output>
      </p>
      {problems.map((problem) => (
        <p key={problem} className="text-xs text-rose-700 dark:text-rose-300">
          {problem}
        </p>
      ))}
      <Button
        size="sm"
        disabled={problems.length > 0}
        aria-describedby={previewId}
        onClick={() => {
          onAdd(urn);
          setParts(ANY_PARTS);
        }}
      >
        {`Add ${template.type} URN`}
      </Button>
    </fieldset>
  );
}
