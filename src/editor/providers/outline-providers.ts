import { formatDocument, outline } from '../../language';
import { spanToRange, textEdit } from '../convert';
import type { Monaco, monaco as api } from '../monaco';
import type { PolicyDocuments } from '../policy-documents';

/** Statements as document symbols: Monaco's "Go to Symbol" (Ctrl+Shift+O) lists them. */
export function createSymbolProvider(
  monaco: Monaco,
  documents: PolicyDocuments,
): api.languages.DocumentSymbolProvider {
  return {
    displayName: 'Policy statements',
    provideDocumentSymbols(model) {
      if (!documents.context(model)) return undefined;
      return outline(model.getValue()).map((entry) => ({
        name: entry.label,
        detail: entry.detail,
        kind: monaco.languages.SymbolKind.Object,
        tags: [],
        range: spanToRange(model, entry.span),
        selectionRange: spanToRange(model, entry.selection),
      }));
    },
  };
}

/** "Format Document" (Shift+Alt+F) with the model's own indentation. */
export function createFormattingProvider(
  documents: PolicyDocuments,
): api.languages.DocumentFormattingEditProvider {
  return {
    displayName: 'Policy formatter',
    provideDocumentFormattingEdits(model, options) {
      if (!documents.context(model)) return undefined;
      return formatDocument(model.getValue(), {
        tabSize: options.tabSize,
        insertSpaces: options.insertSpaces,
        eol: model.getEOL(),
      }).map((edit) => textEdit(model, edit));
    },
  };
}
