/** A 1-based line and column, as editors and compilers print them. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * 1-based line and column of UTF-16 offsets in `text`. Lines are indexed once, so placing every
 * finding of a long policy costs one pass over the text, not one per finding.
 */
export function lineLocator(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.min(Math.max(0, offset), text.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}
