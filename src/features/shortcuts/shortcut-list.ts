/** The keyboard shortcuts the sheet documents, grouped as a user looks for them. */
export interface Shortcut {
  keys: string[];
  description: string;
}

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
      { keys: ['Ctrl', 'Space'], description: 'Suggest actions, URNs, condition keys and values' },
      { keys: ['Ctrl', '.'], description: 'Quick fixes for the problem at the cursor' },
      { keys: ['F8'], description: 'Go to the next problem' },
      { keys: ['Shift', 'Alt', 'F'], description: 'Format the policy' },
      { keys: ['Ctrl', 'Shift', 'O'], description: 'Go to a statement' },
      { keys: ['Ctrl', 'Z'], description: 'Undo (each draft keeps its own history)' },
      { keys: ['Esc'], description: 'Close the suggestions' },
      { keys: ['Ctrl', 'M'], description: 'Switch Tab between indenting and leaving the editor' },
    ],
  },
];
