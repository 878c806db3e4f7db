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
];
