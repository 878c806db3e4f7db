import { SelectField } from '../../components/ui/select-field';
import type { CatalogFilters } from './model/filters';
import { accessLevelLabels, modelLabels } from './labels';
import type { filterChoices } from './model/filters';

interface FilterBarProps {
  filters: CatalogFilters;
  choices: ReturnType<typeof filterChoices>;
  onChange: (filters: CatalogFilters) => void;
  /** The service page shows one catalog, so its model is fixed. */
  showModel?: boolean;
}

/** The four catalog filters as labelled selects; an empty choice means "any". */
export function FilterBar({ filters, choices, onChange, showModel = true }: FilterBarProps) {
  const set = (field: keyof CatalogFilters) => (value: string) =>
    onChange({ ...filters, [field]: value || undefined });
  return (
    <fieldset className="grid grid-cols-2 gap-x-2 gap-y-1 px-3 py-2">
      <legend className="sr-only">Filters</legend>
      <SelectField
        label="Access level"
        anyLabel="Any level"
        value={filters.accessLevel ?? ''}
        options={choices.accessLevels.map((level) => ({
          value: level,
          label: accessLevelLabels[level],
        }))}
        onChange={set('accessLevel')}
      />
      <SelectField
        label="Resource type"
        anyLabel="Any resource type"
        value={filters.resourceType ?? ''}
        options={choices.resourceTypes.map((type) => ({ value: type, label: type }))}
        onChange={set('resourceType')}
      />
      <SelectField
        label="Condition key"
        anyLabel="Any condition key"
        value={filters.conditionKey ?? ''}
        options={choices.conditionKeys.map((key) => ({ value: key, label: key }))}
        onChange={set('conditionKey')}
      />
      {showModel ? (
        <SelectField
          label="Policy model"
          anyLabel="Both models"
          value={filters.model ?? ''}
          options={choices.models.map((model) => ({ value: model, label: modelLabels[model] }))}
          onChange={set('model')}
        />
      ) : null}
    </fieldset>
  );
}
