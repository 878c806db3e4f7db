import { useEffect, useRef } from 'react';

/**
 * Where a key press is text for something else, so single-key shortcuts must not fire: form fields,
 * contenteditable, an element with an EditContext (Monaco's input in current Chromium is a plain
 * `div.native-edit-context`, not a textarea), anything inside the editor, and anything inside a
 * dialog (which owns its keys).
 */
const TYPING_CONTAINERS =
  '.monaco-editor, [contenteditable]:not([contenteditable="false"]), [role="dialog"], dialog';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  if ('editContext' in target && target.editContext) return true;
  return target.closest(TYPING_CONTAINERS) !== null;
}

interface ShortcutOptions {
  /** Required modifier: `alt` for Alt+key shortcuts; none for single keys. */
  alt?: boolean;
  /** Single-key shortcuts stay silent while typing unless this is set. */
  whileTyping?: boolean;
}

/**
 * Calls `handler` when `key` (a `KeyboardEvent.key` value such as `/` or `?`) is pressed anywhere
 * in the page. Ctrl and Meta combinations are left to the browser and the editor.
 */
export function useKeyShortcut(
  key: string,
  handler: (event: KeyboardEvent) => void,
  options: ShortcutOptions = {},
) {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  const { alt = false, whileTyping = false } = options;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey !== alt) return;
      const pressed = alt ? event.code.replace(/^Digit/, '') : event.key;
      if (pressed !== key) return;
      if (!alt && !whileTyping && isTypingTarget(event.target)) return;
      handlerRef.current(event);
    };
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  }, [key, alt, whileTyping]);
}
