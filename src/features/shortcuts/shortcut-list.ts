import { editorKeys, editorPlatform } from '../../editor/keybinding-labels';

/** The keyboard shortcuts the sheet documents, grouped as a user looks for them. */
export interface Shortcut {
  keys: string[];
  description: string;
}

const platform = editorPlatform(navigator.userAgent);

export const shortcutGroups: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: ['?'], description: 'Show this list of shortcuts' },
      { keys: ['/'], description: 'Search the catalogs' },
      { keys: ['Alt', '1'], description: 'Go to the catalog pane' },
      { keys: ['Alt', '2'], description: 'Go to the drafts pane' },
      { keys: ['Alt', '3'], description: 'Go to the evaluator pane' },
      { keys: ['Esc'], description: 'Close a dialog' },
    ],
  },
  {
    title: 'In the catalog search',
    shortcuts: [
      { keys: ['↓'], description: 'Next result' },
      { keys: ['↑'], description: 'Previous result' },
      { keys: ['Enter'], description: 'Open the highlighted result (the first one if none is)' },
      { keys: ['Esc'], description: 'Clear the search' },
    ],
  },
  {
    title: 'On the draft tabs',
    shortcuts: [
      { keys: ['←'], description: 'Previous draft' },
      { keys: ['→'], description: 'Next draft' },
      { keys: ['Home'], description: 'First draft' },
      { keys: ['End'], description: 'Last draft' },
      { keys: ['Alt', 'Shift', '←'], description: 'Move the draft left' },
      { keys: ['Alt', 'Shift', '→'], description: 'Move the draft right' },
      { keys: ['F2'], description: 'Rename the draft' },
      { keys: ['Delete'], description: 'Delete the draft (undo from the notice)' },
    ],
  },
  {
    // Monaco's own bindings, listed because our completion, fixes and outline answer them.
    title: 'In the policy editor',
    shortcuts: [
      {
        keys: editorKeys('suggest', platform),
        description: 'Suggest actions, URNs, condition keys and values',
      },
      {
        keys: editorKeys('quickFix', platform),
        description: 'Quick fixes for the problem at the cursor',
      },
      { keys: editorKeys('nextProblem', platform), description: 'Go to the next problem' },
      { keys: editorKeys('format', platform), description: 'Format the policy' },
      { keys: editorKeys('outline', platform), description: 'Go to a statement' },
      {
        keys: editorKeys('undo', platform),
        description: 'Undo (each draft keeps its own history)',
      },
      { keys: ['Esc'], description: 'Close the suggestions' },
      {
        keys: editorKeys('toggleTabFocus', platform),
        description: 'Switch Tab between indenting and leaving the editor',
      },
    ],
  },
];
