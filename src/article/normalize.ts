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
 * a map from each UTF-16 index of `text` to a code-point offset of `raw`, kept
 * as runs (OffsetRuns) where the two go one for one.
 */

export interface Normalized {
  /** the text extractors match against */
  text: string;
  /** text offsets → raw code-point offsets (see OffsetRuns); null: the text offsets are the raw offsets */
  runs: OffsetRuns | null;
  /** code-point offsets in raw at which a line starts (line 1 starts at 0) */
  lineStarts: number[];
  /** raw length in code points */
  rawLength: number;
}

/**
 * The offset map, sparse: from text offset starts[k] on (up to the next run's
 * start; the last run up to text.length inclusive), text offset o is raw
 * offset raws[k] + (o - starts[k]). A run begins only where the two drift
 * apart — after a CRLF, a composed NFD letter, a dropped zero-width character,
 * a surrogate pair — so a text costs memory in proportion to those, not to its
 * length: a 50 MB file with one NBSP and a few CRLFs needs a few runs, not an
 * array of 4 bytes per character.
 */
export interface OffsetRuns {
  starts: Int32Array;
  raws: Int32Array;
}

/** Runs as they are made, one text offset after another. */
class RunBuilder {
  private readonly starts: number[] = [0];
  private readonly raws: number[] = [0];
  /** text offset t is raw offset r, and from t on the two go one for one (t at or after the last run's start) */
  set(t: number, r: number): void {
    const k = this.starts.length - 1;
    if (this.raws[k] + t - this.starts[k] === r) return;
    if (this.starts[k] === t) this.raws[k] = r;
    else { this.starts.push(t); this.raws.push(r); }
  }
  /** the raw offset of text offset t, at or after the last run's start */
  at(t: number): number {
    const k = this.starts.length - 1;
    return this.raws[k] + t - this.starts[k];
  }
  done(): OffsetRuns | null {
    if (this.starts.length === 1 && this.raws[0] === 0) return null;
    // (the constructor copies an array of numbers at once; Int32Array.from walks it through an iterator)
    return { starts: new Int32Array(this.starts), raws: new Int32Array(this.raws) };
  }
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
/** all of SPECIAL but line ends: a text without any needs only its line ends unified */
const NEEDS_MORE_THAN_LINE_ENDS = /[\u00a0\u00ad\u200b-\u200d\u2060\ufeff\u{10000}-\u{10ffff}]|\p{M}/u;
/**
 * Outside the blocks Vietnamese text is written in (Latin to U+02FF, the
 * Vietnamese letters U+1E00–U+1EFF, the punctuation and currency signs from
 * U+2010), none of which holds a character NEEDS_MORE_THAN_LINE_ENDS matches
 * but NBSP and the soft hyphen. (\p{M} costs a scan several times slower than
 * a plain class: most texts are answered without it.)
 */
const UNUSUAL = /[\u0300-\u1dff\u1f00-\u200f\u2060-\u209f\u20d0-\uffff]/;
/** NBSP and the soft hyphen, the two of them below U+0300, are looked for apart (a class of fewer ranges is read twice as fast) */
const usual = (raw: string) => !UNUSUAL.test(raw) && raw.indexOf('\u00a0') < 0 && raw.indexOf('\u00ad') < 0;
// HTML character references, decoded when the text comes from HTML: as the
// HTML standard decodes them in text (the `entities` package): hexadecimal
// `&#xED;`, decimal `&#273;` (`&#150;` is the Windows-1252 en dash), named
// `&oacute;`, and the legacy names without `;` (`&amp`, `&nbsp`).
/** a character reference, its ";" as `end` says: hexadecimal, decimal or named */
const reference = (end: string) => `&(?:#[xX][0-9a-fA-F]+${end}|#\\d+${end}|[a-zA-Z][a-zA-Z0-9]{1,31}${end})`;
const SPECIAL_HTML = new RegExp(`${SPECIAL.source}|${reference(';?')}`, 'gu');
// In plain text only references closed by ";" are read: a crawler's "KH&amp;CN", "&gt;&gt; Xem thêm", "&quot;", where
// an unclosed "&not" may be a word ("AT&T", "R&D&notice")
const SPECIAL_ENTITY = new RegExp(`${SPECIAL.source}|${reference(';')}`, 'gu');
/** Does a plain text hold a character reference closed by ";"? (Then it is normalised with SPECIAL_ENTITY.) */
export const ENTITY_IN_TEXT = new RegExp(reference(';'));

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
  /** decode HTML character references (&amp; &#7889;); 'closed': only those closed by ";" (plain text) */
  entities?: boolean | 'closed';
}

export function normalize(raw: string, opts: NormalizeOptions = {}): Normalized {
  // the common cases: NFC with LF or CRLF line ends — the text is the raw text, its CRs dropped
  if (!opts.entities && (usual(raw) || !NEEDS_MORE_THAN_LINE_ENDS.test(raw))) return lineEndsOnly(raw);
  const parts: string[] = [];
  const runs = new RunBuilder();
  let outLen = 0;
  const lineStarts = [0];
  let cp = 0; // raw code-point offset of the next unread character
  let last = 0; // raw UTF-16 index of the next unread character
  // s stands for the raw character at code point `at`: every unit of it maps there
  const emit = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) runs.set(outLen + k, at);
    parts.push(s);
    outLen += s.length;
  };
  for (const m of matches(opts.entities === 'closed' ? SPECIAL_ENTITY : opts.entities ? SPECIAL_HTML : SPECIAL, raw)) {
    const i = m.index!;
    if (i > last) { // plain run: one code unit, one code point
      runs.set(outLen, cp);
      parts.push(raw.slice(last, i)); outLen += i - last; cp += i - last;
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
        const at = runs.at(outLen - 1);
        parts[parts.length - 1] = prev.slice(0, -1);
        outLen--;
        emit((base + t).normalize('NFC'), at);
      } else emit(t.normalize('NFC'), cp);
      cp += marks;
    }
    last = i + t.length;
  }
  if (last < raw.length) {
    runs.set(outLen, cp);
    parts.push(raw.slice(last)); outLen += raw.length - last; cp += raw.length - last;
  }
  runs.set(outLen, cp);
  return { text: unifyTones(parts.join('')), runs: runs.done(), lineStarts, rawLength: cp };
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
 * A text that needs only its line ends unified (CRLF, CR → LF): the line
 * starts and the CRLFs are found by indexOf, the text is one native replace,
 * and each CRLF starts a run (the text after it is one further behind).
 */
function lineEndsOnly(raw: string): Normalized {
  const lineStarts = [0];
  const runs = new RunBuilder();
  let lone = false;
  let crlfs = 0;
  for (let p = raw.indexOf('\n'); p >= 0; p = raw.indexOf('\n', p + 1)) lineStarts.push(p + 1);
  for (let p = raw.indexOf('\r'); p >= 0; p = raw.indexOf('\r', p + 1)) {
    // after the LF that stands for this CRLF (text offset p - crlfs), the raw text is one more ahead
    if (raw.charCodeAt(p + 1) === 0x0a) { crlfs++; runs.set(p + 2 - crlfs, p + 2); }
    else { lone = true; lineStarts.push(p + 1); }
  }
  // (a lone CR's line start was pushed out of order)
  if (lone) lineStarts.sort((x, y) => x - y);
  const text = lone ? raw.replace(/\r\n?/g, '\n') : crlfs ? raw.replaceAll('\r\n', '\n') : raw;
  return { text: unifyTones(text), runs: runs.done(), lineStarts, rawLength: raw.length };
}

/** Raw code-point offset of a text offset: the run that holds it, by binary search. */
function rawOffset(runs: OffsetRuns | null, o: number): number {
  if (!runs) return o;
  const { starts, raws } = runs;
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= o) lo = mid; else hi = mid - 1;
  }
  return raws[lo] + o - starts[lo];
}

/** The inverse of the offset map: the first text offset at or after a raw code-point offset. */
export function textOffsetOf(n: Normalized, rawCp: number): number {
  const { runs } = n;
  if (!runs) return rawCp;
  let lo = 0, hi = n.text.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (rawOffset(runs, mid) < rawCp) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Code-point offset of a UTF-16 offset into `raw`. */
export function codePointOffset(raw: string, unit: number): number {
  let cp = unit;
  for (let i = 0; i < unit - 1; i++) { const c = raw.charCodeAt(i); if (c >= 0xd800 && c <= 0xdbff) { cp--; i++; } }
  return cp;
}


/** Build the span function of a normalised text: text offsets → raw span. (It holds the runs, not the text.) */
export function spanMaker(n: Normalized): (start: number, end: number) => Span {
  const { runs, lineStarts } = n;
  return (start, end) => {
    const s = rawOffset(runs, start);
    const e = rawOffset(runs, end);
    // binary search the line holding s
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= s) lo = mid; else hi = mid - 1;
    }
    return { start: s, end: e, line: lo + 1, column: s - lineStarts[lo] + 1 };
  };
}
