import { complete } from '../../language';
import { completionKind, positionToOffset, spanToRange } from '../convert';
import type { Monaco, monaco as api } from '../monaco';
import type { PolicyDocuments } from '../policy-documents';
import { recordDuration } from '../timing';

/** Typing these inside a policy starts (or narrows) completion: quotes, segment colons, `*`. */
const TRIGGER_CHARACTERS = ['"', ':', '*', '/'];

/** Completion from the language service; catalog text is passed as plain-text documentation. */
export function createCompletionProvider(
  monaco: Monaco,
  documents: PolicyDocuments,
): api.languages.CompletionItemProvider {
  return {
    triggerCharacters: TRIGGER_CHARACTERS,
    provideCompletionItems(model, position) {
      const context = documents.context(model);
      if (!context) return undefined;
      const started = performance.now();
      const items = complete(model.getValue(), positionToOffset(model, position), context);
      const suggestions = items.map((item) => ({
        label:
          item.detail === undefined ? item.label : { label: item.label, description: item.detail },
        kind: completionKind(monaco, item.kind),
        ...(item.detail === undefined ? {} : { detail: item.detail }),
        // A plain string is rendered as text, never as markdown or HTML.
        ...(item.documentation === undefined ? {} : { documentation: item.documentation }),
        insertText: item.insertText,
        ...(item.snippet
          ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet }
          : {}),
        range: spanToRange(model, item.range),
        filterText: item.filterText,
        sortText: item.sortText,
        ...(item.retrigger
          ? { command: { id: 'editor.action.triggerSuggest', title: 'Suggest next part' } }
          : {}),
      }));
      recordDuration('policy-completion', started);
      // Staged lists (services, then segments; set prefixes) depend on what is typed next, and
      // `:` is part of a word here, so Monaco would only re-filter: ask it to ask again instead.
      return { suggestions, incomplete: items.some((item) => item.retrigger) };
    },
  };
}
