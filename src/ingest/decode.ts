/**
 * Bytes → text. UTF-8 with or without BOM, UTF-16 LE/BE with BOM. Binary
 * files, invalid UTF-8 and empty files are errors with a reason a user can act on.
 */

export class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(buf: Uint8Array): string {
  if (buf.length === 0) throw new InputError('empty file');
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder('utf-16le').decode(buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder('utf-16be').decode(buf.subarray(2));
  else {
    if (looksBinary(buf)) throw new InputError('binary file, not text');
    try {
      text = utf8.decode(buf);
    } catch {
      const at = firstInvalidUtf8(buf);
      throw new InputError(`invalid UTF-8 at byte ${at} (is it in another encoding, such as Windows-1258 or UTF-16 without a BOM?)`);
    }
  }
  if (text.trim() === '') throw new InputError('empty file (only white space)');
  return text;
}

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
