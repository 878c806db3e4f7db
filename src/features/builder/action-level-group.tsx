import { useEffect, useId, useRef } from 'react';
import type { AccessLevel } from '../../catalog';
import type { ActionChoice, LevelGroup } from './model/action-choices';

const LEVEL_LABELS: Record<AccessLevel, string> = {
  list: 'List',
  read: 'Read',
  write: 'Write',
  permission_management: 'Permission management',
  tagging: 'Tagging',
};

const levelLabel = (level: AccessLevel | null) =>
  level === null ? 'No access level' : LEVEL_LABELS[level];

interface LevelGroupProps {
  service: string;
  group: LevelGroup;
  onTick: (choices: ActionChoice[]) => void;
  onUntick: (choices: ActionChoice[]) => void;
}

const isTicked = (choice: ActionChoice) => choice.coveredBy.length > 0;

/** One access level of a service: a box for the whole level, then one box per action. */
export function ActionLevelGroup({ service, group, onTick, onUntick }: LevelGroupProps) {
  const levelBox = useRef<HTMLInputElement>(null);
  const ticked = group.choices.filter(isTicked);
  const all = ticked.length === group.choices.length;
  const some = ticked.length > 0 && !all;
  const label = levelLabel(group.level);
  const descriptionId = useId();

  useEffect(() => {
    if (levelBox.current) levelBox.current.indeterminate = some;
  }, [some]);

  // Unticking the level leaves actions that only a cross-service pattern such as `*` matches.
  const untickable = ticked.filter((choice) => !choice.broadOnly);
  return (
    <fieldset className="min-w-0">
      <legend className="text-xs font-semibold">
        <label className="inline-flex items-center gap-1.5">
          <input
            ref={levelBox}
            type="checkbox"
            checked={all}
            disabled={all && untickable.length === 0}
            onChange={() => (all ? onUntick(untickable) : onTick(group.choices))}
          />
          {`All ${label.toLowerCase()} actions of ${service}`}
          <span className="font-normal text-slate-600 dark:text-slate-300">{`(${ticked.length} of ${group.choices.length})`}</span>
        </label>
      </legend>
      <ul className="mt-1 grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-x-3 gap-y-0.5 pl-5">
        {group.choices.map((choice) => (
          <li key={choice.action.name} className="min-w-0">
            <label
              className="flex min-w-0 items-start gap-1.5 text-xs"
              title={choice.action.description}
            >
              <input
                type="checkbox"
                className="mt-0.5"
                checked={isTicked(choice)}
                disabled={choice.broadOnly}
                aria-describedby={choice.broadOnly ? descriptionId : undefined}
                onChange={() => (isTicked(choice) ? onUntick([choice]) : onTick([choice]))}
              />
              <span className="min-w-0">
                <code className="break-all">{choice.action.name}</code>
                {choice.coveredBy.some((entry) => /[*?]/.test(entry)) ? (
                  <span className="text-slate-600 dark:text-slate-300">{` via ${choice.coveredBy.join(', ')}`}</span>
                ) : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {group.choices.some((choice) => choice.broadOnly) ? (
        <p id={descriptionId} className="pl-5 text-[0.6875rem] text-slate-600 dark:text-slate-300">
          Some actions are matched only by a pattern spanning services; remove that pattern below to
          untick them.
        </p>
      ) : null}
    </fieldset>
  );
}
