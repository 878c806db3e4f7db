/**
 * Facts a capture states about itself: its URL, the page's update date, the service's English
 * name, and the notes its authors left about what the copy lacks.
 */
import { classifyLine } from './classify-line';
import type { ParseContext } from './parse-context';
import type { Cell, SourceLine } from './source-lines';

export interface CaptureMeta {
  url?: string;
  updatedOn?: string;
  serviceName?: string;
  partial: boolean;
}

/** The latest of two ISO dates (string order is date order for YYYY-MM-DD). */
function later(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}

/** Reads the facts in the first lines of a capture (source URL, update date, service name). */
export function readCaptureMeta(lines: readonly (SourceLine | null)[]): CaptureMeta {
  const meta: CaptureMeta = { partial: false };
  for (const line of lines) {
    if (!line) continue;
    const source = /^Source:\s*(https?:\/\/\S+)/.exec(line.text);
    if (source?.[1] && meta.url === undefined) meta.url = source[1];
    const updated =
      /^Updated on (\d{4}-\d{2}-\d{2})/.exec(line.text) ??
      /更新时间\s*(\d{4}-\d{2}-\d{2})/.exec(line.text) ??
      /^Updated:\s*(\d{4}-\d{2}-\d{2})/.exec(line.text);
    if (updated?.[1]) meta.updatedOn = later(meta.updatedOn, updated[1]);
    const name = /^([A-Z][A-Za-z ]+[a-z]) \(([A-Z]{2,})\)$/.exec(line.text);
    if (name?.[1] && line.line <= 5 && meta.serviceName === undefined) meta.serviceName = name[1];
    if (
      /CAPTURE IS PARTIAL|^Capture: PARTIAL|captured copy ends here|NOT the complete/.test(
        line.text,
      )
    ) {
      meta.partial = true;
    }
  }
  return meta;
}

/**
 * Paragraphs outside tables in which the capture's authors describe a quirk of the copy, and the
 * marker where the copy ends, become warnings, so the app can show them next to the data.
 */
export function reportCaptureNotes(cell: Cell, ctx: ParseContext): void {
  for (const line of cell.lines) {
    const text = line.text;
    if (/^CAPTURE IS PARTIAL:|^Capture: PARTIAL/.test(text)) {
      ctx.warn(
        'CAPTURE_PARTIAL',
        text.replace(/^(CAPTURE IS PARTIAL|Capture: PARTIAL):\s*/, 'the capture is partial: '),
        line.line,
      );
    } else if (/^(Caveat|Reading note|Note):/.test(text)) {
      ctx.warn('CAPTURE_NOTE', text, line.line);
    } else if (/^Capture: WHOLE TABLE.*except/i.test(text)) {
      ctx.warn('CAPTURE_NOTE', text.replace(/^Capture:\s*/, ''), line.line);
    } else if (/NOT the complete/.test(text)) {
      ctx.warn('CAPTURE_PARTIAL', text, line.line);
    }
    const kind = classifyLine(text);
    if (kind.kind === 'marker' && kind.marker === 'capture-end') {
      const rest = kind.text.replace(/^captured copy ends here[,;:]?\s*/i, '');
      ctx.warn('CAPTURE_CUT', `the captured copy ends here: ${rest}`, line.line);
    }
  }
}
