import type { Diagnostic } from '../../../language';
import { lineLocator } from '../../../text-formats/line-locator';

export interface Finding extends Diagnostic {
  /** 1-based line and column of the finding in the draft text. */
  line: number;
  column: number;
}

/**
 * The analysis worker's findings for a draft (the ones the editor marks), each placed on its line
 * and column for the Findings tab. An empty draft has nothing to say yet.
 */
export function locateFindings(text: string, diagnostics: readonly Diagnostic[]): Finding[] {
  if (!text) return [];
  const locate = lineLocator(text);
  return diagnostics.map((diagnostic) => ({ ...diagnostic, ...locate(diagnostic.offset) }));
}
