/** Collects the data warnings of one capture while its tables are parsed. */
import type { DataWarning } from '../catalog/index';

export interface ParseContext {
  readonly file: string;
  readonly warnings: DataWarning[];
  warn(code: string, message: string, line: number, subject?: string): void;
}

export function createParseContext(file: string): ParseContext {
  const warnings: DataWarning[] = [];
  return {
    file,
    warnings,
    warn(code, message, line, subject) {
      const warning: DataWarning = { code, message, source: { file, line } };
      if (subject !== undefined) warning.subject = subject;
      warnings.push(warning);
    },
  };
}
