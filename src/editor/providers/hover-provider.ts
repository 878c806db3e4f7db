import { hover } from '../../language';
import { positionToOffset, spanToRange } from '../convert';
import type { monaco as api } from '../monaco';
import type { PolicyDocuments } from '../policy-documents';

/**
 * Hover from the language service. Its markdown escapes catalog text; here it is also rendered
 * untrusted (no command links) and without HTML, the second fence against imported text.
 */
export function createHoverProvider(documents: PolicyDocuments): api.languages.HoverProvider {
  return {
    provideHover(model, position) {
      const context = documents.context(model);
      if (!context) return undefined;
      const info = hover(model.getValue(), positionToOffset(model, position), context);
      if (!info) return undefined;
      return {
        range: spanToRange(model, info.span),
        contents: [{ value: info.markdown, isTrusted: false, supportHtml: false }],
      };
    },
  };
}
