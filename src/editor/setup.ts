import type { Monaco } from './monaco';
import { PolicyDocuments } from './policy-documents';
import { POLICY_LANGUAGE_ID, registerPolicyLanguage } from './policy-language';
import { createCodeActionProvider } from './providers/code-action-provider';
import { createCompletionProvider } from './providers/completion-provider';
import { createHoverProvider } from './providers/hover-provider';
import { createFormattingProvider, createSymbolProvider } from './providers/outline-providers';

export interface PolicyLanguageHandle {
  documents: PolicyDocuments;
  /** Gives the registration back; the last release disposes every provider. */
  release(): void;
}

interface Registration {
  documents: PolicyDocuments;
  disposables: { dispose(): void }[];
  users: number;
}

// Providers are global per language in Monaco: they are registered once however many editors
// mount (React StrictMode mounts twice), and disposed when the last one unmounts.
let registration: Registration | null = null;

function register(monaco: Monaco): Registration {
  registerPolicyLanguage(monaco);
  const documents = new PolicyDocuments(monaco);
  const { languages } = monaco;
  return {
    documents,
    users: 0,
    disposables: [
      languages.registerCompletionItemProvider(
        POLICY_LANGUAGE_ID,
        createCompletionProvider(monaco, documents),
      ),
      languages.registerHoverProvider(POLICY_LANGUAGE_ID, createHoverProvider(documents)),
      languages.registerCodeActionProvider(
        POLICY_LANGUAGE_ID,
        createCodeActionProvider(monaco, documents),
        { providedCodeActionKinds: ['quickfix'] },
      ),
      languages.registerDocumentSymbolProvider(
        POLICY_LANGUAGE_ID,
        createSymbolProvider(monaco, documents),
      ),
      languages.registerDocumentFormattingEditProvider(
        POLICY_LANGUAGE_ID,
        createFormattingProvider(documents),
      ),
    ],
  };
}

/** Registers the policy language and its providers (once) and counts the caller as a user. */
export function acquirePolicyLanguage(monaco: Monaco): PolicyLanguageHandle {
  registration ??= register(monaco);
  const current = registration;
  current.users += 1;
  let released = false;
  return {
    documents: current.documents,
    release() {
      if (released) return;
      released = true;
      current.users -= 1;
      if (current.users > 0 || registration !== current) return;
      for (const disposable of current.disposables) disposable.dispose();
      current.documents.disposeAll();
      registration = null;
    },
  };
}
