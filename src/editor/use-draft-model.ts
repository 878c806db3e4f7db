import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { diffEdit } from '../language';
import { spanToRange } from './convert';
import type { monaco } from './monaco';
import type { EditorHandle } from './use-monaco-editor';

/** Quiet time before typed text is written to the drafts (store and storage). */
const WRITE_DELAY_MS = 400;

export interface AttachedModel {
  documentId: string;
  model: monaco.editor.ITextModel;
}

interface Callbacks {
  onTextChange: (documentId: string, text: string, caret?: number) => void;
  /** Each typed change ahead of the debounced write; `null` once written or replaced. */
  onTyped?: ((documentId: string, text: string | null) => void) | undefined;
  /** The longest text `onTyped` is told about (`null` is sent instead). */
  typedMaxLength?: number | undefined;
  onCaretChange?: (documentId: string, offset: number) => void;
}

/**
 * Shows document `documentId` in the editor, keeping one model per document (so undo history
 * and cursor survive tab switches). The editor writes typed text back (debounced, flushed when
 * the editor loses focus or switches away); text that changes outside the editor (templates, "Add to policy", share
 * links, builder clicks) is pushed into the model only when it differs from what the editor last
 * wrote, as one undo step.
 */
export function useDraftModel(
  handle: EditorHandle | null,
  documentId: string,
  text: string,
  callbacks: Callbacks,
): AttachedModel | null {
  const [attached, setAttached] = useState<AttachedModel | null>(null);
  const latest = useRef({ text, callbacks });
  useLayoutEffect(() => {
    latest.current = { text, callbacks };
  });
  /** Per document: the text the store is known to hold (written by us or pushed to us). */
  const storeText = useRef(new Map<string, string>());
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const pendingWrite = useRef<{ cancel(): void } | null>(null);
  const applyingExternal = useRef(false);

  useEffect(() => {
    if (!handle) return;
    const { editor, documents } = handle;
    const views = viewStates.current;
    const model = documents.open(documentId, latest.current.text);
    if (!storeText.current.has(documentId)) storeText.current.set(documentId, latest.current.text);
    editor.setModel(model);
    const view = views.get(documentId);
    if (view) editor.restoreViewState(view);
    setAttached({ documentId, model });

    let textTimer: ReturnType<typeof setTimeout> | undefined;
    let caretMoved = false;
    // Every store write re-renders (and re-derives) whatever reads the drafts, so the caret is
    // written only with the text and when the editor loses focus ("Add to policy" is a click
    // elsewhere, which blurs the editor first), never on each cursor move.
    const takeCaret = (): number | undefined => {
      const position = editor.getModel() === model ? editor.getPosition() : null;
      if (!caretMoved || !position) return undefined;
      caretMoved = false;
      return model.getOffsetAt(position);
    };
    const writeCaret = () => {
      const caret = takeCaret();
      if (caret !== undefined) latest.current.callbacks.onCaretChange?.(documentId, caret);
    };
    // Text and caret go in one write: each store write saves the drafts and re-derives every
    // view of them, which for a long policy is the costliest moment of typing.
    const writeText = () => {
      clearTimeout(textTimer);
      textTimer = undefined;
      const value = model.getValue();
      storeText.current.set(documentId, value);
      latest.current.callbacks.onTextChange(documentId, value, takeCaret());
      latest.current.callbacks.onTyped?.(documentId, null);
    };
    const tellTyped = () => {
      const { onTyped, typedMaxLength = Infinity } = latest.current.callbacks;
      if (!onTyped) return;
      onTyped(documentId, model.getValueLength() <= typedMaxLength ? model.getValue() : null);
    };
    pendingWrite.current = {
      cancel: () => {
        clearTimeout(textTimer);
        textTimer = undefined;
      },
    };
    const content = model.onDidChangeContent(() => {
      if (applyingExternal.current) return;
      clearTimeout(textTimer);
      textTimer = setTimeout(writeText, WRITE_DELAY_MS);
      tellTyped();
    });
    const caret = editor.onDidChangeCursorPosition(() => {
      caretMoved = true;
    });
    // Leaving the editor writes typed text at once: the click that blurred it (a builder box,
    // Share, Export) must act on what the user sees, not on the text of 400 ms ago.
    const blur = editor.onDidBlurEditorText(() => {
      if (textTimer !== undefined) writeText();
      else writeCaret();
    });
    // A reload, a closed tab or a switch away must not lose the keys typed in the last 400 ms:
    // the write (and with it the save) happens before the page goes.
    const flush = () => {
      if (textTimer !== undefined) writeText();
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      if (textTimer !== undefined) writeText();
      writeCaret();
      latest.current.callbacks.onTyped?.(documentId, null);
      content.dispose();
      caret.dispose();
      blur.dispose();
      pendingWrite.current = null;
      views.set(documentId, editor.saveViewState());
    };
  }, [handle, documentId]);

  useEffect(() => {
    if (attached?.documentId !== documentId) return;
    const { model } = attached;
    if (text === storeText.current.get(documentId) || text === model.getValue()) {
      storeText.current.set(documentId, text);
      return;
    }
    // The store changed from outside: its text wins over typing not yet written.
    pendingWrite.current?.cancel();
    latest.current.callbacks.onTyped?.(documentId, null);
    storeText.current.set(documentId, text);
    applyingExternal.current = true;
    try {
      // Only the changed stretch is replaced, so the cursor and scroll stay where they were.
      const edit = diffEdit(model.getValue(), text);
      // Stops on both sides make the change one undo step of its own: Monaco would otherwise
      // merge it with the typing before it and with the next builder click.
      model.pushStackElement();
      model.pushEditOperations(
        [],
        [{ range: spanToRange(model, edit), text: edit.newText }],
        () => null,
      );
      model.pushStackElement();
    } finally {
      applyingExternal.current = false;
    }
  }, [attached, documentId, text]);

  return attached?.documentId === documentId ? attached : null;
}
