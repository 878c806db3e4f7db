/**
 * lz-string's `decompressFromEncodedURIComponent`, with a cap on the output length.
 *
 * Why a copy: LZ-style codes can expand quadratically, so a few kilobytes of hostile link could
 * make the library build hundreds of megabytes before we could look at the size. This port stops
 * as soon as the output passes `maxLength`. It decodes exactly what lz-string's
 * `compressToEncodedURIComponent` produces (a property test checks it against the library).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUES = new Map([...ALPHABET].map((char, value) => [char, value]));
const RESET = 32;

export type DecompressResult =
  { ok: true; text: string } | { ok: false; reason: 'invalid' | 'too-large' };

const invalid: DecompressResult = { ok: false, reason: 'invalid' };

export function decompressCapped(input: string, maxLength: number): DecompressResult {
  const values: number[] = [];
  // Some tools turn `+` into a space when they pass a link on; lz-string undoes that too.
  for (const char of input.replace(/ /g, '+')) {
    const value = VALUES.get(char);
    if (value === undefined) return invalid;
    values.push(value);
  }
  if (values.length === 0) return invalid;

  let current = values[0] ?? 0;
  let position = RESET;
  let index = 1;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1; power !== 2 ** count; power *= 2) {
      const bit = current & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        current = values[index++] ?? 0;
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };
  const readChar = (kind: number): string | null =>
    kind === 0
      ? String.fromCharCode(readBits(8))
      : kind === 1
        ? String.fromCharCode(readBits(16))
        : null;

  const first = readChar(readBits(2));
  if (first === null) return invalid;
  const dictionary: string[] = ['', '', '', first];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  let previous = first;
  const result = [first];
  let length = first.length;

  const widenCodes = () => {
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };

  for (;;) {
    if (index > values.length) return invalid;
    let code = readBits(numBits);
    if (code === 2) return { ok: true, text: result.join('') };
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = readChar(code) ?? '';
      code = dictSize - 1;
      enlargeIn--;
    }
    widenCodes();
    let entry: string;
    const known = code >= 3 ? dictionary[code] : undefined;
    if (known !== undefined) entry = known;
    else if (code === dictSize) entry = previous + previous.charAt(0);
    else return invalid;
    length += entry.length;
    if (length > maxLength) return { ok: false, reason: 'too-large' };
    result.push(entry);
    dictionary[dictSize++] = previous + entry.charAt(0);
    enlargeIn--;
    widenCodes();
    previous = entry;
  }
}
