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

// Anything that forces the slow path: CR, combining marks (NFD), zero-width
// characters, NBSP, surrogates (code points ≠ UTF-16 units).
const NEEDS_WORK = /[\r\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\u00a0\u00ad\u200b-\u200d\u2060\ufeff\ud800-\udfff]/;
const COMBINING = /\p{M}/u;
const DROP = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

export function normalize(raw: string): Normalized {
  if (!NEEDS_WORK.test(raw) && raw === raw.normalize('NFC')) {
    const text = unifyTones(raw);
    return { text, map: null, lineStarts: lineStartsOf(raw), rawLength: raw.length };
  }
  const out: string[] = [];
  const map: number[] = [];
  const lineStarts = [0];
  let cp = 0; // raw code-point offset
  let i = 0;
  const n = raw.length;
  while (i < n) {
    const c = raw.codePointAt(i)!;
    const w = c > 0xffff ? 2 : 1;
    if (c === 0x0d) { // CR or CRLF → LF
      const crlf = raw.charCodeAt(i + 1) === 0x0a;
      out.push('\n'); map.push(cp);
      i += crlf ? 2 : 1; cp += crlf ? 2 : 1;
      lineStarts.push(cp);
      continue;
    }
    if (c === 0x0a) { out.push('\n'); map.push(cp); i++; cp++; lineStarts.push(cp); continue; }
    if (DROP.has(c)) { i += w; cp++; continue; }
    // a cluster: this character and the combining marks after it
    let j = i + w;
    let k = 1;
    while (j < n) {
      const d = raw.codePointAt(j)!;
      const dw = d > 0xffff ? 2 : 1;
      if (!COMBINING.test(String.fromCodePoint(d))) break;
      j += dw; k++;
    }
    let cluster = raw.slice(i, j);
    if (c === 0xa0) cluster = ' ';
    else if (k > 1) cluster = cluster.normalize('NFC');
    for (let u = 0; u < cluster.length; u++) { out.push(cluster[u]); map.push(cp); }
    i = j; cp += k;
  }
  map.push(cp);
  return { text: unifyTones(out.join('')), map: Int32Array.from(map), lineStarts, rawLength: cp };
}

function lineStartsOf(raw: string): number[] {
  const starts = [0];
  let p = raw.indexOf('\n');
  while (p !== -1) { starts.push(p + 1); p = raw.indexOf('\n', p + 1); }
  return starts;
}

export interface Span { start: number; end: number; line: number; column: number }

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
