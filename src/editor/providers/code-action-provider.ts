import { codeActions } from '../../language';
import type { Diagnostic } from '../../language';
import { rangeToSpan, textEdit, toMarker } from '../convert';
import type { Monaco, monaco as api } from '../monaco';
import type { PolicyDocuments } from '../policy-documents';

function sameFinding(marker: api.editor.IMarkerData, wanted: api.editor.IMarkerData): boolean {
  return (
    marker.code === wanted.code &&
    marker.startLineNumber === wanted.startLineNumber &&
    marker.startColumn === wanted.startColumn
  );
}

/** Quick fixes from the language service, each applied as one undoable edit of the model. */
export function createCodeActionProvider(
  monaco: Monaco,
  documents: PolicyDocuments,
): api.languages.CodeActionProvider {
  return {
    provideCodeActions(model, range, context) {
      const policyContext = documents.context(model);
      if (!policyContext) return undefined;
      const formatting = model.getOptions();
      const diagnostics: Diagnostic[] = documents.currentDiagnostics(model);
      const found = codeActions(
        model.getValue(),
        rangeToSpan(model, range),
        diagnostics,
        policyContext,
        { tabSize: formatting.tabSize, insertSpaces: formatting.insertSpaces, eol: model.getEOL() },
      );
      const versionId = model.getVersionId();
      const actions = found.map((action) => {
        const marker = action.diagnostic && toMarker(monaco, model, action.diagnostic);
        const markers = marker ? context.markers.filter((m) => sameFinding(m, marker)) : [];
        return {
          title: action.title,
          kind: 'quickfix',
          ...(markers.length > 0 ? { diagnostics: markers } : {}),
          ...(action.isPreferred ? { isPreferred: true } : {}),
          edit: {
            edits: action.edits.map((edit) => ({
              resource: model.uri,
              textEdit: textEdit(model, edit),
              versionId,
            })),
          },
        };
      });
      return { actions, dispose: () => undefined };
    },
  };
}
