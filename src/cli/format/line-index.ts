/** A 1-based line and column, as editors and compilers print them. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Maps 0-based UTF-16 offsets (the engine's ranges) to 1-based line:column in one text. Line
 * starts are found once, each look-up is a binary search.
 */
export function createLineIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}
