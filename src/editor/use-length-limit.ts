import { useEffect, useState } from 'react';
import type { AttachedModel } from './use-draft-model';

const count = (value: number) => value.toLocaleString('en-US');

/**
 * Keeps a document within `maxLength` characters: an edit (a paste, a drop, a snippet) that would
 * pass it is undone at once, before anything is written, and the returned message says why. Undoing
 * after the fact catches every way text enters Monaco; the editor's own paste is not an event the
 * page could cancel. The message clears at the next edit that fits.
 */
export function useLengthLimit(attached: AttachedModel | null, maxLength: number): string | null {
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => {
    if (!attached) return;
    const { model } = attached;
    const listener = model.onDidChangeContent((event) => {
      const length = model.getValueLength();
      if (length <= maxLength) {
        if (!event.isUndoing) setRefusal(null);
        return;
      }
      // Not from inside the change event: Monaco applies the undo once the edit is complete.
      queueMicrotask(() => {
        if (model.isDisposed() || model.getValueLength() <= maxLength) return;
        model.undo();
        setRefusal(
          `That edit would make the draft ${count(length)} characters long; a draft holds at most ${count(maxLength)}. Nothing was changed.`,
        );
      });
    });
    return () => listener.dispose();
  }, [attached, maxLength]);
  return refusal;
}
