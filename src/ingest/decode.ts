/**
 * Bytes → text. UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and what a saved HTML page
 * declares in its head when it is no UTF-8 (an older portal's windows-1258). Binary files,
 * invalid UTF-8 and empty files are errors with a reason a user can act on.
 */

import { isAscii, isUtf8, transcode } from 'node:buffer';

export class InputError extends Error {}

// made on first use, once (UTF-16 BE needs ICU: a build without it fails on such a file, not on start)
let utf16le: TextDecoder | undefined, utf16be: TextDecoder | undefined;

export function decode(buf: Uint8Array): string {
  if (buf.length === 0) throw new InputError('empty file');
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) text = (utf16le ??= new TextDecoder('utf-16le')).decode(buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = (utf16be ??= new TextDecoder('utf-16be')).decode(buf.subarray(2));
  else if (isUtf8(buf)) {
    text = utf8Text(buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf);
    // the first 8 KiB decode to the text's first 8,192 characters at most, and a control byte to the same character:
    // a text with none there has none in those bytes (the bytes are looked at only when it has)
    if (CONTROL.test(text.length > 8192 ? text.slice(0, 8192) : text) && looksBinary(buf)) throw new InputError('binary file, not text');
  } else {
    if (looksBinary(buf)) throw new InputError('binary file, not text');
    // a saved page of an older portal says its encoding in its head, as browsers read it: <meta charset="windows-1258">
    const declared = declaredDecoder(buf);
    if (!declared) {
      const at = firstInvalidUtf8(buf);
      throw new InputError(`invalid UTF-8 at byte ${at} (is it in another encoding, such as Windows-1258 or UTF-16 without a BOM?)`);
    }
    text = declared.decode(buf);
  }
  if (text.trim() === '') throw new InputError('empty file (only white space)');
  return text;
}

/** an HTML page's declared encoding in its head: <meta charset="…"> or <meta http-equiv … content="text/html; charset=…"> */
const META_CHARSET = /<meta\b[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})/i;
/** where the head ends: a declaration after it is none */
const HEAD_END = /<\/head\b|<body\b/i;
/**
 * How far into the page its head's declaration is looked for. The HTML spec's prescan reads 1,024 bytes, but portals
 * put the declaration after dozens of <link> and <script> tags, and browsers then re-decode the page: read the whole
 * head, up to this.
 */
const HEAD_BYTES = 64 * 1024;
/** A decoder for the encoding an HTML page declares (any the Encoding Standard names: windows-1258, windows-1252, …); null if none. */
function declaredDecoder(buf: Uint8Array): TextDecoder | null {
  let head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, HEAD_BYTES)).toString('latin1');
  const end = HEAD_END.exec(head);
  if (end) head = head.slice(0, end.index);
  const m = META_CHARSET.exec(head);
  if (!m || /^utf-?8$/i.test(m[1])) return null;
  try { return new TextDecoder(m[1]); } catch { return null; }
}

/**
 * Valid UTF-8 (its BOM cut off) → text. Checked first (a native scan), it is
 * converted to UTF-16 by ICU and copied into a string: less than half the
 * time of TextDecoder or Buffer#toString('utf8'). That makes the text twice,
 * though (the UTF-16 buffer, then the string copied from it): above
 * DIRECT_BYTES the string is made straight from the bytes, at about 5 ms a
 * MB more, but a 50 MB file's peak 76 MB lower.
 * ASCII is read as Latin-1 (a one-byte string, as those would make it).
 */
function utf8Text(buf: Uint8Array): string {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  if (isAscii(b)) return b.toString('latin1');
  // (a Node built without ICU has no transcode: the same text, slower)
  return ICU && b.length <= DIRECT_BYTES ? transcode(b, 'utf8', 'utf16le').toString('utf16le') : b.toString('utf8');
}
const ICU = typeof process.versions.icu === 'string';
const DIRECT_BYTES = 4 << 20;

/** the bytes looksBinary counts: NUL and the other controls but tab, line ends, form feeds and escape */
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;
/** NUL bytes, or many control characters, in the first 8 KiB. */
function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  // text has no such byte at all: one native scan says so (a loop over 8 KiB of every file costs more than reading it)
  if (!CONTROL.test(Buffer.from(buf.buffer, buf.byteOffset, n).toString('latin1'))) return false;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) ctrl++;
  }
  return ctrl > n / 10;
}

/** Byte offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
