/** How a file's bytes were read. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Windows-1252's printable characters in 0x80–0x9F (where Latin-1 has controls); Node decodes that range as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** True when the bytes look like a binary file: a NUL byte, or many control characters early on. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] as number;
    if (b >= 32) continue;
    if (b === 0) return true;
    if (b < 9 || b > 13) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/**
 * Decodes article bytes: byte-order marks removed, UTF-16 by its mark, UTF-8 when valid, else Windows-1252 (a
 * superset of Latin-1 for text). Line ends become LF; no-break and odd spaces become plain spaces.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let text: string;
  let encoding: TextEncoding;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    [text, encoding] = [new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le'];
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    [text, encoding] = [new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be'];
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      [text, encoding] = [utf8.decode(body), 'utf-8'];
    } catch {
      [text, encoding] = [decodeWindows1252(body), 'windows-1252'];
    }
  }
  text = text.replace(/^\ufeff/, '');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/.test(text)) text = text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  return { text, encoding };
}
