import type { Diagnostic, PolicyContext } from '../language';
import type { Monaco, monaco } from './monaco';
import { POLICY_LANGUAGE_ID, POLICY_URI_SCHEME } from './policy-language';

type Model = monaco.editor.ITextModel;

interface DocumentState {
  context: PolicyContext;
  /** The last diagnostics applied, and the model version they describe. */
  diagnostics: { version: number; items: Diagnostic[] } | null;
}

/**
 * The drafts' models (one per draft, so each keeps its own undo history across tab switches) and
 * per-model context for the providers, keyed by model URI: which policy type and catalogs a
 * draft's model is checked against, and its latest diagnostics (for quick fixes). Providers
 * receive this object when they are registered; nothing is read from module state.
 */
export class PolicyDocuments {
  private readonly byUri = new Map<string, DocumentState>();
  private readonly models = new Map<string, Model>();

  constructor(private readonly monaco: Monaco) {}

  /** The model of document `id`, created with `text` the first time it is asked for. */
  open(id: string, text: string): Model {
    let model = this.models.get(id);
    if (!model || model.isDisposed()) {
      const uri = this.monaco.Uri.from({ scheme: POLICY_URI_SCHEME, path: `/drafts/${id}.json` });
      model = this.monaco.editor.createModel(text, POLICY_LANGUAGE_ID, uri);
      this.models.set(id, model);
    }
    return model;
  }

  /** Sets (or updates) the context of a model; its diagnostics are kept. */
  setContext(model: Model, context: PolicyContext): void {
    const key = model.uri.toString();
    const state = this.byUri.get(key);
    if (state) state.context = context;
    else this.byUri.set(key, { context, diagnostics: null });
  }

  /** The context of a model, `undefined` for models that are not policy drafts. */
  context(model: Model): PolicyContext | undefined {
    return this.byUri.get(model.uri.toString())?.context;
  }

  setDiagnostics(model: Model, version: number, items: Diagnostic[]): void {
    const state = this.byUri.get(model.uri.toString());
    if (state) state.diagnostics = { version, items };
  }

  /** The diagnostics of the model's current text, or none when the text has changed since. */
  currentDiagnostics(model: Model): Diagnostic[] {
    const diagnostics = this.byUri.get(model.uri.toString())?.diagnostics;
    return diagnostics?.version === model.getVersionId() ? diagnostics.items : [];
  }

  /** Disposes every model (when the last editor goes away). */
  disposeAll(): void {
    for (const model of this.models.values()) model.dispose();
    this.models.clear();
    this.byUri.clear();
  }
}
