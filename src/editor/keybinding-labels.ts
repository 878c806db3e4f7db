/**
 * The keys Monaco binds to the editor commands the shortcut sheet lists, labelled the way Monaco
 * labels them on this platform (its context menu shows the same). Kept free of the Monaco import
 * so the sheet, in the first-visit bundle, does not pull in the lazy editor chunk; the bindings
 * are Monaco's defaults (`kbOpts` of each contribution), which the shortcut e2e spec checks
 * against the labels Monaco itself shows.
 */

export type EditorPlatform = 'mac' | 'linux' | 'windows';

export type EditorCommand =
  'suggest' | 'quickFix' | 'nextProblem' | 'format' | 'outline' | 'undo' | 'toggleTabFocus';

interface Chord {
  /** Ctrl on Windows and Linux, ⌘ on a Mac (Monaco's `KeyMod.CtrlCmd`). */
  ctrlCmd?: boolean;
  /** Ctrl everywhere, ⌃ on a Mac (Monaco's `KeyMod.WinCtrl`). */
  winCtrl?: boolean;
  shift?: boolean;
  alt?: boolean;
  key: string;
}

/** `primary` unless the platform has its own binding, as in Monaco's keybinding rules. */
const BINDINGS: Record<EditorCommand, { primary: Chord; linux?: Chord; mac?: Chord }> = {
  suggest: { primary: { ctrlCmd: true, key: 'Space' }, mac: { winCtrl: true, key: 'Space' } },
  quickFix: { primary: { ctrlCmd: true, key: '.' } },
  nextProblem: { primary: { key: 'F8' } },
  format: {
    primary: { shift: true, alt: true, key: 'F' },
    linux: { ctrlCmd: true, shift: true, key: 'I' },
  },
  outline: { primary: { ctrlCmd: true, shift: true, key: 'O' } },
  undo: { primary: { ctrlCmd: true, key: 'Z' } },
  toggleTabFocus: {
    primary: { ctrlCmd: true, key: 'M' },
    mac: { winCtrl: true, shift: true, key: 'M' },
  },
};

/** The platform as Monaco tells it, from the user agent. */
export function editorPlatform(userAgent: string): EditorPlatform {
  if (userAgent.includes('Macintosh')) return 'mac';
  if (userAgent.includes('Linux')) return 'linux';
  return 'windows';
}

/** The keys of a command, modifiers first in Monaco's order (Ctrl, Shift, Alt; ⌃ ⇧ ⌥ ⌘). */
export function editorKeys(command: EditorCommand, platform: EditorPlatform): string[] {
  const binding = BINDINGS[command];
  const chord =
    (platform === 'mac' ? binding.mac : platform === 'linux' ? binding.linux : null) ??
    binding.primary;
  const mac = platform === 'mac';
  const modifiers = mac
    ? [chord.winCtrl && '⌃', chord.shift && '⇧', chord.alt && '⌥', chord.ctrlCmd && '⌘']
    : [(chord.ctrlCmd || chord.winCtrl) && 'Ctrl', chord.shift && 'Shift', chord.alt && 'Alt'];
  return [...modifiers.filter((m): m is string => typeof m === 'string'), chord.key];
}
