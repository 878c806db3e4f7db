import { useCallback, useEffect, useRef } from 'react';
import type { PolicyType } from '../engine';
import { policyCatalogsOf } from '../data/use-policy-catalogs';
import type { OutlineEntry } from '../language';
import { spanToRange } from './convert';
import type { CatalogSet } from '../catalog';
import { EditorStatus } from './editor-status';
import { OutlineList } from './outline-list';
import { ProblemsList } from './problems-list';
import type { ProblemRow } from './problems-list';
import { useDiagnostics } from './use-diagnostics';
import { useDraftModel } from './use-draft-model';
import { useLengthLimit } from './use-length-limit';
import { useMonacoEditor } from './use-monaco-editor';

export interface PolicyEditorProps {
  /** Stable id of the document (a draft id); each gets its own model and undo history. */
  documentId: string;
  /** Shown to assistive technology: the editor's `ariaLabel` is `Policy editor: <name>`. */
  documentName: string;
  /** The document text held by the app (the one source of truth). */
  text: string;
  policyType: PolicyType;
  /** `null` while the catalogs load: only the grammar is checked and completed. */
  catalogs: CatalogSet | null;
  /**
   * Typed text, debounced, with the cursor's 0-based offset when it moved since the last write.
   * The document id comes with it: a write can arrive just after the editor switched to another
   * document.
   */
  onTextChange: (documentId: string, text: string, caret?: number) => void;
  /** The cursor's 0-based offset, when it moved without the text changing. */
  onCaretChange?: (documentId: string, offset: number) => void;
  /**
   * Each typed change at once, ahead of `onTextChange` (for views that follow every key); `null`
   * when the text was written, replaced from outside, or is longer than `typedMaxLength`.
   */
  onTyped?: (documentId: string, text: string | null) => void;
  typedMaxLength?: number;
  /**
   * A stretch of this document to select, show and focus (a finding or statement another panel
   * points at); a request with a new `serial` asks again for the same stretch.
   */
  reveal?: { offset: number; length: number; serial: number } | null;
  /** The most characters a document may hold; an edit past it is undone with a message. */
  maxLength: number;
}

/**
 * The Monaco policy editor: completion, hover, quick fixes and formatting from the language
 * service, diagnostics from the engine (in a worker), and under it the problems list and the
 * statement outline, both of which move the cursor.
 */
export default function PolicyEditor(props: PolicyEditorProps) {
  const { documentId, documentName, text, policyType, catalogs } = props;
  const container = useRef<HTMLDivElement>(null);
  const handle = useMonacoEditor(container, `Policy editor: ${documentName}`);
  const attached = useDraftModel(handle, documentId, text, {
    onTextChange: props.onTextChange,
    ...(props.onCaretChange ? { onCaretChange: props.onCaretChange } : {}),
    onTyped: props.onTyped,
    typedMaxLength: props.typedMaxLength,
  });
  const policyCatalogs = catalogs ? policyCatalogsOf(catalogs) : null;
  useEffect(() => {
    if (handle && attached) {
      handle.documents.setContext(attached.model, { policyType, catalogs: policyCatalogs });
    }
  }, [handle, attached, policyType, policyCatalogs]);
  const { checked, checking } = useDiagnostics(handle, attached, policyType, catalogs);
  const refusal = useLengthLimit(attached, props.maxLength);

  const moveTo = useCallback(
    (offset: number, length: number) => {
      if (!handle || !attached) return;
      const range = spanToRange(attached.model, { offset, length });
      handle.editor.setSelection(range);
      handle.editor.revealRangeInCenterIfOutsideViewport(range);
      handle.editor.focus();
    },
    [handle, attached],
  );
  const revealed = useRef<number | null>(null);
  const { reveal } = props;
  useEffect(() => {
    if (!reveal || !attached || revealed.current === reveal.serial) return;
    revealed.current = reveal.serial;
    moveTo(reveal.offset, reveal.length);
  }, [reveal, attached, moveTo]);
  const selectProblem = useCallback((p: ProblemRow) => moveTo(p.offset, 0), [moveTo]);
  const selectStatement = useCallback(
    (entry: OutlineEntry) => moveTo(entry.selection.offset, entry.selection.length),
    [moveTo],
  );

  return (
    <div className="flex min-h-0 w-full flex-1 flex-col gap-2">
      <div
        ref={container}
        className="min-h-64 flex-1 overflow-hidden rounded border border-slate-300 dark:border-slate-600"
      />
      {refusal ? (
        <p role="alert" className="px-1 text-sm text-red-700 dark:text-red-400">
          {refusal}
        </p>
      ) : null}
      <EditorStatus
        ready={attached !== null}
        checking={checking}
        problems={checked?.problems ?? null}
        catalogs={catalogs === null ? 'loading' : catalogs.catalogs.length > 0 ? 'loaded' : 'none'}
        size={checked?.size ?? null}
      />
      <div className="grid h-44 shrink-0 grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-3">
        <ProblemsList problems={checked?.problems ?? []} onSelect={selectProblem} />
        <OutlineList entries={checked?.outline ?? []} onSelect={selectStatement} />
      </div>
    </div>
  );
}
