import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { monaco } from './monaco';
import type { PolicyDocuments } from './policy-documents';
import { acquirePolicyLanguage } from './setup';

export interface EditorHandle {
  editor: monaco.editor.IStandaloneCodeEditor;
  documents: PolicyDocuments;
}

const themeOf = () => (document.documentElement.classList.contains('dark') ? 'vs-dark' : 'vs');

/** Follows the app's `dark` class on <html> (Monaco themes are page-wide). */
function followAppTheme(): () => void {
  let current = themeOf();
  monaco.editor.setTheme(current);
  // Only on a real change: setting a theme touches <html> classes itself, which would loop.
  const observer = new MutationObserver(() => {
    if (themeOf() === current) return;
    current = themeOf();
    monaco.editor.setTheme(current);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

/**
 * Creates the Monaco editor in `container` (once), with the policy language registered, and
 * disposes both on unmount. Models are attached separately, one per draft.
 */
export function useMonacoEditor(
  container: RefObject<HTMLDivElement | null>,
  ariaLabel: string,
): EditorHandle | null {
  const [handle, setHandle] = useState<EditorHandle | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const language = acquirePolicyLanguage(monaco);
    const editor = monaco.editor.create(element, {
      model: null,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      insertSpaces: true,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      // In a shadow root the context menu is outside the editor element, so it gets none of the
      // theme's colour variables and has no background.
      useShadowDOM: false,
      // Suggestions inside strings are the point: actions, URNs and keys are all strings.
      quickSuggestions: { other: 'on', strings: 'on', comments: 'off' },
      wordBasedSuggestions: 'off',
      // Filling in a snippet's tab stops (a URN's region) must not pop up the list again.
      suggest: { showWords: false, filterGraceful: true, snippetsPreventQuickSuggestions: true },
      renderValidationDecorations: 'on',
    });
    const stopTheme = followAppTheme();
    setHandle({ editor, documents: language.documents });
    return () => {
      stopTheme();
      editor.dispose();
      language.release();
      setHandle(null);
    };
  }, [container]);

  useEffect(() => {
    handle?.editor.updateOptions({ ariaLabel });
  }, [handle, ariaLabel]);

  return handle;
}
