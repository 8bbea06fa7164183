import { decodeHTML } from 'entities';
import { matches } from '../text/regex.js';
import type { Span } from '../text/span.js';

export type { Span };

/**
 * Text normalisation for matching, with an offset map back to the raw text.
 *
 * Extractors match against `text` (NFC, new-style tone placement, LF line ends,
 * no zero-width characters, NBSP as space) but every span they report must
 * point into the file as read. `normalize` therefore returns, next to the text,
 * a map from each UTF-16 index of `text` to a code-point offset of `raw`.
 */

export interface Normalized {
  /** the text extractors match against */
  text: string;
  /** map[i] = raw code-point offset of text[i]; map[text.length] = raw length in code points. null = identity */
  map: Int32Array | null;
  /** code-point offsets in raw at which a line starts (line 1 starts at 0) */
  lineStarts: number[];
  /** raw length in code points */
  rawLength: number;
}

// Old-style tone placement (on the second vowel of oa/oe/uy at the end of a
// syllable) → new style. Only syllable-final: "hoàn" and "quý" are left alone.
const OLD_TONE: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
for (const [k, v] of Object.entries(OLD_TONE)) {
  OLD_TONE[k[0].toUpperCase() + k[1]] = v[0].toUpperCase() + v[1];
  OLD_TONE[k.toUpperCase()] = v.toUpperCase();
}
const OLD_TONE_RE = /(?<![qQ])([oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/** New-style tone placement for a string already in NFC (same length). */
export function unifyTones(s: string): string {
  return s.replace(OLD_TONE_RE, (m) => OLD_TONE[m] ?? m);
}

/** Matching key for lexicon lookups: NFC, new tone placement, lower case, single spaces. */
export function foldKey(s: string): string {
  return unifyTones(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

// Anything that needs more than a copy: line ends, combining marks (NFD),
// zero-width characters, NBSP, surrogate pairs (code points ≠ UTF-16 units).
const SPECIAL = /\r\n?|\n|[\u00a0\u00ad\u200b-\u200d\u2060\ufeff]|[\u{10000}-\u{10ffff}]|\p{M}+/gu;
const NEEDS_WORK = /[\r\u00a0\u00ad\u200b-\u200d\u2060\ufeff\u{10000}-\u{10ffff}]|\p{M}/u;
/**
 * Outside the blocks Vietnamese text is written in (Latin to U+02FF, the
 * Vietnamese letters U+1E00–U+1EFF, the punctuation and currency signs from
 * U+2010), none of which holds a character NEEDS_WORK matches but CR.
 */
const UNUSUAL = /[^\x00-\x9f\xa1-\xac\xae-\u02ff\u1e00-\u1eff\u2010-\u205f\u20a0-\u20cf]/;
/** all of NEEDS_WORK but CR: a text that needs only its line ends unified */
const NEEDS_MORE_THAN_LINE_ENDS = /[\u00a0\u00ad\u200b-\u200d\u2060\ufeff\u{10000}-\u{10ffff}]|\p{M}/u;
// HTML character references, decoded when the text comes from HTML: as the
// HTML standard decodes them in text (the `entities` package): hexadecimal
// `&#xED;`, decimal `&#273;` (`&#150;` is the Windows-1252 en dash), named
// `&oacute;`, and the legacy names without `;` (`&amp`, `&nbsp`).
const SPECIAL_HTML = new RegExp(SPECIAL.source + '|&(?:#[xX][0-9a-fA-F]+;?|#\\d+;?|[a-zA-Z][a-zA-Z0-9]{1,31};?)', 'gu');

/** A reference → its text and how many of its characters it stands for (`&notit;` is "¬" for `&not`, then "it;"). */
function decodeEntity(t: string): { ch: string; used: number } | null {
  const d = decodeHTML(t);
  if (d === t) return null;
  // the undecoded tail is copied as it is
  let tail = 0;
  while (tail < d.length - 1 && tail < t.length - 1 && d[d.length - 1 - tail] === t[t.length - 1 - tail]) tail++;
  return { ch: d.slice(0, d.length - tail), used: t.length - tail };
}

export interface NormalizeOptions {
  /** decode HTML character references (&amp; &#7889;) */
  entities?: boolean;
}

export function normalize(raw: string, opts: NormalizeOptions = {}): Normalized {
  // the common case: NFC with LF line ends — the text is the raw text
  if (!opts.entities) {
    // (\p{M} costs a scan several times slower than a plain class: most texts are answered without it)
    const usual = !UNUSUAL.test(raw);
    if (usual ? raw.indexOf('\r') < 0 : !NEEDS_WORK.test(raw)) {
      return { text: unifyTones(raw), map: null, lineStarts: lineStartsOf(raw), rawLength: raw.length };
    }
    if (usual || !NEEDS_MORE_THAN_LINE_ENDS.test(raw)) return lineEndsOnly(raw);
  }
  const parts: string[] = [];
  let map = new Int32Array(raw.length + 16);
  let outLen = 0;
  const lineStarts = [0];
  let cp = 0; // raw code-point offset of the next unread character
  let last = 0; // raw UTF-16 index of the next unread character
  const emit = (s: string, at: number) => {
    if (outLen + s.length + 1 > map.length) {
      const bigger = new Int32Array(map.length * 2 + s.length);
      bigger.set(map);
      map = bigger;
    }
    map.fill(at, outLen, outLen + s.length);
    parts.push(s);
    outLen += s.length;
  };
  for (const m of matches(opts.entities ? SPECIAL_HTML : SPECIAL, raw)) {
    const i = m.index!;
    if (i > last) { // plain run: one code unit, one code point
      const run = raw.slice(last, i);
      if (outLen + run.length + 1 > map.length) { const bigger = new Int32Array(map.length * 2 + run.length); bigger.set(map); map = bigger; }
      for (let k = 0; k < run.length; k++) map[outLen + k] = cp + k;
      parts.push(run); outLen += run.length; cp += run.length;
    }
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c === 0x0d || c === 0x0a) { // CRLF, CR, LF → LF
      emit('\n', cp); cp += t.length; lineStarts.push(cp);
    } else if (c === 0xa0) { emit(' ', cp); cp++; }
    else if (c >= 0xd800 && c <= 0xdbff) { emit(t, cp); cp++; }
    else if (c === 0x26) { // &entity;
      const r = decodeEntity(t);
      const used = r ? r.used : 0;
      if (r) emit(r.ch === '\u00a0' ? ' ' : r.ch.normalize('NFC'), cp);
      for (let k = used; k < t.length; k++) emit(t[k], cp + k);
      cp += t.length;
    } else if (t.length === 1 && (c === 0xad || c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060)) { cp++; } // dropped
    else { // combining marks: compose with the character before them
      const marks = [...t].length;
      const prev = parts.length ? parts[parts.length - 1] : '';
      if (prev && prev !== '\n') {
        const base = prev[prev.length - 1];
        const at = map[outLen - 1];
        parts[parts.length - 1] = prev.slice(0, -1);
        outLen--;
        emit((base + t).normalize('NFC'), at);
      } else emit(t.normalize('NFC'), cp);
      cp += marks;
    }
    last = i + t.length;
  }
  if (last < raw.length) {
    const run = raw.slice(last);
    if (outLen + run.length + 1 > map.length) { const bigger = new Int32Array(outLen + run.length + 1); bigger.set(map.subarray(0, outLen)); map = bigger; }
    for (let k = 0; k < run.length; k++) map[outLen + k] = cp + k;
    parts.push(run); outLen += run.length; cp += run.length;
  }
  map[outLen] = cp;
  return { text: unifyTones(parts.join('')), map: map.subarray(0, outLen + 1), lineStarts, rawLength: cp };
}

/** Code-point offsets where lines start in a raw text (LF, CRLF or CR line ends). */
export function rawLineStarts(raw: string): number[] {
  const starts = [0];
  let cp = 0;
  for (let i = 0; i < raw.length; i++, cp++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && raw.charCodeAt(i + 1) !== 0x0a)) starts.push(cp + 1);
    else if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return starts;
}

/**
 * The next most common case (text saved on Windows: CRLF line ends, nothing
 * else to do): one native replace for the text and one pass for the map, the
 * same result as the general loop below without a regex match per line.
 */
function lineEndsOnly(raw: string): Normalized {
  const text = raw.replace(/\r\n?/g, '\n');
  const map = new Int32Array(text.length + 1);
  const lineStarts = [0];
  let o = 0;
  for (let i = 0; i < raw.length; i++, o++) {
    map[o] = i;
    const c = raw.charCodeAt(i);
    if (c === 0x0d) {
      if (raw.charCodeAt(i + 1) === 0x0a) i++;
      lineStarts.push(i + 1);
    } else if (c === 0x0a) lineStarts.push(i + 1);
  }
  map[o] = raw.length;
  return { text: unifyTones(text), map, lineStarts, rawLength: raw.length };
}

function lineStartsOf(raw: string): number[] {
  const starts = [0];
  let p = raw.indexOf('\n');
  while (p !== -1) { starts.push(p + 1); p = raw.indexOf('\n', p + 1); }
  return starts;
}

/** The inverse of the offset map: the first text offset at or after a raw code-point offset. */
export function textOffsetOf(n: Normalized, rawCp: number): number {
  const { map } = n;
  if (!map) return rawCp;
  let lo = 0, hi = map.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (map[mid] < rawCp) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Code-point offset of a UTF-16 offset into `raw`. */
export function codePointOffset(raw: string, unit: number): number {
  let cp = unit;
  for (let i = 0; i < unit - 1; i++) { const c = raw.charCodeAt(i); if (c >= 0xd800 && c <= 0xdbff) { cp--; i++; } }
  return cp;
}


/** Build the span function of a normalised text: text offsets → raw span. */
export function spanMaker(n: Normalized): (start: number, end: number) => Span {
  const { map, lineStarts } = n;
  return (start, end) => {
    const s = map ? map[start] : start;
    const e = map ? map[end] : end;
    // binary search the line holding s
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= s) lo = mid; else hi = mid - 1;
    }
    return { start: s, end: e, line: lo + 1, column: s - lineStarts[lo] + 1 };
  };
}
