import { describe, expect, it } from 'vitest';
import { editorKeys, editorPlatform } from './keybinding-labels';

describe('editor keybinding labels', () => {
  it('reads the platform from the user agent as Monaco does', () => {
    expect(editorPlatform('Mozilla/5.0 (X11; Linux x86_64) Chrome/140')).toBe('linux');
    expect(editorPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)')).toBe('mac');
    expect(editorPlatform('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('windows');
  });

  it('formats with Ctrl+Shift+I on Linux, Shift+Alt+F on Windows, ⇧⌥F on a Mac', () => {
    expect(editorKeys('format', 'linux')).toEqual(['Ctrl', 'Shift', 'I']);
    expect(editorKeys('format', 'windows')).toEqual(['Shift', 'Alt', 'F']);
    expect(editorKeys('format', 'mac')).toEqual(['⇧', '⌥', 'F']);
  });

  it('uses ⌘ for CtrlCmd and ⌃ for WinCtrl on a Mac', () => {
    expect(editorKeys('outline', 'mac')).toEqual(['⇧', '⌘', 'O']);
    expect(editorKeys('suggest', 'mac')).toEqual(['⌃', 'Space']);
    expect(editorKeys('suggest', 'linux')).toEqual(['Ctrl', 'Space']);
    expect(editorKeys('toggleTabFocus', 'mac')).toEqual(['⌃', '⇧', 'M']);
    expect(editorKeys('nextProblem', 'windows')).toEqual(['F8']);
  });
});
