/**
 * The only place where the language service's 0-based UTF-16 offsets meet Monaco's 1-based
 * lines and columns, and where engine severities and completion kinds become Monaco's enums.
 */
import type { IssueSeverity } from '../engine';
import type { CompletionKind, Diagnostic, TextEdit, TextSpan } from '../language';
import type { Monaco } from './monaco';
import type { monaco as api } from './monaco';

type Model = api.editor.ITextModel;

/** A Monaco range for a span of the model's text. */
export function spanToRange(model: Model, span: TextSpan): api.IRange {
  const start = model.getPositionAt(span.offset);
  const end = model.getPositionAt(span.offset + span.length);
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}

/** The span of a Monaco range in the model's text. */
export function rangeToSpan(model: Model, range: api.IRange): TextSpan {
  const offset = model.getOffsetAt({
    lineNumber: range.startLineNumber,
    column: range.startColumn,
  });
  const end = model.getOffsetAt({ lineNumber: range.endLineNumber, column: range.endColumn });
  return { offset, length: end - offset };
}

export function positionToOffset(model: Model, position: api.IPosition): number {
  return model.getOffsetAt(position);
}

export function textEdit(model: Model, edit: TextEdit): api.languages.TextEdit {
  return { range: spanToRange(model, edit), text: edit.newText };
}

/** Engine severities in Monaco's terms; the engine decides severities, this only maps them. */
function markerSeverity(monaco: Monaco, severity: IssueSeverity): api.MarkerSeverity {
  switch (severity) {
    case 'ERROR':
      return monaco.MarkerSeverity.Error;
    case 'SECURITY_WARNING':
    case 'WARNING':
      return monaco.MarkerSeverity.Warning;
    case 'SUGGESTION':
      return monaco.MarkerSeverity.Info;
  }
}

export function toMarker(
  monaco: Monaco,
  model: Model,
  diagnostic: Diagnostic,
): api.editor.IMarkerData {
  const range = spanToRange(model, diagnostic);
  return {
    ...range,
    severity: markerSeverity(monaco, diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.hint ? `${diagnostic.message} (${diagnostic.hint})` : diagnostic.message,
    source: 'policy',
  };
}

export function completionKind(
  monaco: Monaco,
  kind: CompletionKind,
): api.languages.CompletionItemKind {
  const kinds = monaco.languages.CompletionItemKind;
  switch (kind) {
    case 'property':
      return kinds.Property;
    case 'value':
      return kinds.Value;
    case 'service':
      return kinds.Module;
    case 'resource-segment':
      return kinds.Folder;
    case 'action':
      return kinds.Function;
    case 'wildcard':
      return kinds.Constant;
    case 'resource':
      return kinds.Reference;
    case 'operator':
      return kinds.Operator;
    case 'condition-key':
      return kinds.Field;
    case 'snippet':
      return kinds.Snippet;
  }
}
