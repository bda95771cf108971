import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, type TextEncoding } from '../../src/articles/decodeText.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le').swap16());
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  it.each<[string, Uint8Array, string, TextEncoding]>([
    ['plain UTF-8', utf8('Alibaba’s shares: €148.20'), 'Alibaba’s shares: €148.20', 'utf-8'],
    ['UTF-8 with a byte-order mark', bytes([0xef, 0xbb, 0xbf], utf8('Title\nBody')), 'Title\nBody', 'utf-8'],
    ['UTF-16 LE with its mark', bytes([0xff, 0xfe], utf16le('Kurs: 148,20 €')), 'Kurs: 148,20 €', 'utf-16le'],
    ['UTF-16 BE with its mark', bytes([0xfe, 0xff], utf16be('Kurs: 148,20 €')), 'Kurs: 148,20 €', 'utf-16be'],
    ['UTF-16 LE without a mark', utf16le('Shares rose 3% to $155.74 on Friday.'), 'Shares rose 3% to $155.74 on Friday.', 'utf-16le'],
    ['UTF-16 BE without a mark', utf16be('Shares rose 3% to $155.74 on Friday.'), 'Shares rose 3% to $155.74 on Friday.', 'utf-16be'],
    ['Windows-1252 euro sign, smart quotes and dashes', bytes(utf8('Price '), [0x80, 0x31, 0x20, 0x93, 0x42, 0x75, 0x79, 0x94, 0x20, 0x96, 0x20, 0x99]), 'Price €1 “Buy” – ™', 'windows-1252'],
    ['Latin-1 accented letters', bytes(utf8('Soci'), [0xe9, 0x74, 0xe9, 0x20, 0x47, 0xe9, 0x6e, 0xe9, 0x72, 0x61, 0x6c, 0x65]), 'Société Générale', 'windows-1252'],
    ['UTF-8 with one stray Latin-1 byte, as Windows-1252 throughout', bytes(utf8('Caf'), [0xe9], utf8(' €? no: ')), 'Café â‚¬? no: ', 'windows-1252'],
  ])('reads %s', (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ text, encoding, plain: true });
  });

  it.each<[string, string, string]>([
    ['CRLF line ends', 'a\r\nb\r\n', 'a\nb\n'],
    ['old Mac CR line ends', 'a\rb', 'a\nb'],
    ['Unicode line and paragraph separators', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['a no-break space', 'US$\u00a0155.74', 'US$ 155.74'],
    ['thin, narrow and ideographic spaces', '1\u2009000\u202fshares\u3000up', '1 000 shares up'],
    ['zero-width spaces, word joiners and soft hyphens', 'Ali\u200bbaba In\u00advest\u2060ment', 'Alibaba Investment'],
  ])('normalises %s', (_name, input, expected) => {
    expect(decodeText(utf8(input))).toMatchObject({ text: expected, plain: false });
  });

  it('says a text holding a control character is not plain, so the caller still checks it for binary', () => {
    expect(decodeText(utf8('a\u0001b')).plain).toBe(false);
    expect(decodeText(bytes(utf8('abc'), [0], utf8('def'))).plain).toBe(false);
  });
});

describe('looksBinary', () => {
  it.each<[string, Uint8Array, boolean]>([
    ['plain text', utf8('Shares rose.\n\tIndented line\r\n'), false],
    ['an empty file', new Uint8Array(), false],
    ['text with terminal colour codes', utf8('\u001b[1mBold\u001b[0m news'), false],
    ['UTF-16 with a byte-order mark', bytes([0xff, 0xfe], utf16le('text')), false],
    ['UTF-16 without a mark', utf16le('A headline long enough to judge'), false],
    ['a NUL byte', bytes(utf8('abc'), [0], utf8('def')), true],
    ['a PNG header', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), true],
    ['a ZIP header', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), true],
    ['mostly control characters', bytes([1, 2, 3, 4, 5, 6, 7, 8], utf8('ab')), true],
  ])('%s: %s', (_name, input, expected) => {
    expect(looksBinary(input)).toBe(expected);
  });
});
