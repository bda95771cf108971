/** How a file's bytes were read. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin = new TextDecoder('windows-1252');
/**
 * Windows-1252's printable characters at 0x80–0x9F. Node 20's TextDecoder('windows-1252') gives Latin-1's C1
 * controls there instead (nodejs/node#56542), so they are mapped after decoding; the five unassigned bytes stay.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

/** The bytes scanned to judge a file binary or BOM-less UTF-16. */
const SNIFF_BYTES = 8192;

/** 'le'/'be' when the head reads as UTF-16 text without a byte-order mark: every other byte NUL, the rest not. */
function bomlessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8 || bytes.subarray(0, n).indexOf(0) < 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.9 && evenZero === 0) return 'le';
  if (evenZero >= pairs * 0.9 && oddZero === 0) return 'be';
  return null;
}

/**
 * True when the bytes look like a binary file: a NUL byte, or more than 10% control characters in the first 8 KB.
 * UTF-16 text (with or without a byte-order mark) is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  if (bomlessUtf16(bytes)) return false;
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.indexOf(0) >= 0) return true;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] as number;
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files.
    if (b < 32 && (b < 9 || b > 13) && b !== 27) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

function decodeRaw(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const wide = bomlessUtf16(bytes);
  if (wide) return { text: new TextDecoder(`utf-16${wide}`).decode(bytes), encoding: `utf-16${wide}` };
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    const text = latin.decode(body);
    return { text: C1.test(text) ? text.replace(C1_ALL, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c) : text, encoding: 'windows-1252' };
  }
}

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
/** No-break, figure, thin and other fixed-width spaces read as plain spaces. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Invisible characters that split words for a pattern: zero-width spaces, word joiners, stray marks, soft hyphens. */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
/** Control characters other than tab and line feed: noise from a converter, read as spaces. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Any character one of the passes above would change: most articles have none, and one scan tells. */
const UNUSUAL = /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u00a0\u00ad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/**
 * Decodes article bytes: byte-order marks removed; UTF-16 by its mark (or its NUL pattern); UTF-8 when the bytes are
 * valid UTF-8; otherwise Windows-1252, which covers Latin-1 text. Line ends become LF; no-break and other odd spaces
 * and stray control characters become plain spaces; zero-width characters and soft hyphens are removed. `plain`:
 * the decoded text held none of these (so no control character at all).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding; plain: boolean } {
  const { text, encoding } = decodeRaw(bytes);
  if (!UNUSUAL.test(text)) return { text, encoding, plain: true };
  const out = text.replace(LINE_BREAKS, '\n').replace(ODD_SPACES, ' ').replace(INVISIBLE, '').replace(CONTROL, ' ');
  return { text: out, encoding, plain: false };
}
