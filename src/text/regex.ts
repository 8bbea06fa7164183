/** Regex building blocks. `\b` is ASCII-only even with the u flag, so word edges are spelled out. */
import { WORD } from './chars.js';

/** Not preceded by a letter, mark or digit. */
export const L = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Not followed by a letter, mark or digit. */
export const R = '(?![\\p{L}\\p{M}\\p{N}])';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A data file's word list as an alternation, in its order and spacing as written
 * ("giai đoạn|thời kỳ|nhiệm kỳ"): for patterns whose words were written inline.
 */
export function listed(words: readonly string[]): string {
  return words.map(escapeRe).join('|');
}

/** An alternation of phrases, longest first, spaces matching any run of spaces. */
export function alternation(phrases: Iterable<string>): string {
  const uniq = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  return uniq.map((p) => escapeRe(p).replace(/ +/g, '\\s+')).join('|');
}

/**
 * The words as alternatives, none of them right after a character of the class `after` (a letter or a digit):
 * `(?<![\p{L}\p{N}])(?:…)` with the look-behind moved after each word's first letter, where it says the same
 * ("Đ(?<![\p{L}\p{N}].)ăng lúc"). A pattern that opens with a look-behind is tried at every position of the line;
 * one that opens with a letter is skipped to the places that letter is (a label's search took a third of the time).
 */
export const aloneAlt = (words: string[], after = '[\\p{L}\\p{N}]'): string => words.map((w) => {
  const first = String.fromCodePoint(w.codePointAt(0)!);
  const rest = (x: string) => escapeRe(x).replace(/ /g, '\\s+');
  return /^\p{L}$/u.test(first) ? `${first}(?<!${after}.)${rest(w.slice(first.length))}` : `(?<!${after})${rest(w)}`;
}).join('|');

/**
 * Upper-case the first letter. Plain toUpperCase/toLowerCase are right for
 * Vietnamese ("đắk lắk" → "Đắk lắk", "ỦY" → "ủy"): locale casing differs only
 * for Turkish, Azeri and Lithuanian, and toLocale…Case('vi') costs ten times as much.
 */
export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Every word capitalised, as some portals write titles and bodies: "Phó Chủ tịch" → "Phó Chủ Tịch", "UBND tỉnh" → "UBND Tỉnh". */
export function titleCase(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/**
 * Does a word start at text[i]? Hot scans check the left edge here rather than
 * open with the `L` lookbehind: V8 finds a pattern that starts with plain
 * letters many times faster.
 */
export function atWordStart(text: string, i: number): boolean {
  return i === 0 || !WORD_CHAR.test(text[i - 1]);
}

/** Like `alternation`, with each phrase's first letter in either case (much cheaper than the i flag). */
export function alternationAnyCase(phrases: Iterable<string>): string {
  const all = [...phrases].flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]);
  return alternation(all);
}

/**
 * An alternation of many phrases as a prefix tree ("Bắc (?:Kạn|Ninh|Trung\\s+Bộ)"),
 * so the engine follows one branch per letter instead of trying every phrase
 * in turn; longer continuations come first, so the longest phrase wins.
 * Spaces match any run of spaces; `tokens` maps other characters to patterns.
 */
export function trie(phrases: Iterable<string>, tokens: Record<string, string> = {}): string {
  interface Node { next: Map<string, Node>; end: boolean }
  const root: Node = { next: new Map(), end: false };
  for (const p of new Set(phrases)) {
    if (!p) continue;
    let n = root;
    for (const ch of p.replace(/ +/g, ' ')) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { next: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const alts = [...n.next].map(([ch, c]) => (tokens[ch] ?? (ch === ' ' ? '\\s+' : escapeRe(ch))) + emit(c));
    if (!alts.length) return '';
    if (alts.length === 1 && !n.end) return alts[0];
    return `(?:${alts.join('|')}${n.end ? '|' : ''})`;
  };
  return emit(root);
}

/**
 * Phrases as a global regex that ends at a word edge; search it with
 * `wordMatches`, which checks the left edge (a leading lookbehind is tried at
 * every position of the text and costs several times more).
 */
export function phrasesRe(phrases: Iterable<string>, flags = 'gu'): RegExp {
  const list = [...phrases];
  const re = new RegExp(`${trie(list)}${R}`, flags);
  // a phrase that opens with a space (matched as any run of spaces) has no one first character
  if (!flags.includes('i') && !list.some((p) => /^\s/.test(p))) {
    const first = new Uint8Array(0x10000);
    const pairs = new Uint8Array(HASHED);
    const triples = new Uint8Array(HASHED);
    for (const p of list) {
      if (!p) continue;
      const c0 = p.charCodeAt(0), c1 = p.charCodeAt(1);
      // a phrase that ends, or goes on with a space (any run of spaces), after one letter (or two) may go on with anything
      if (p.length < 2 || /\s/.test(p[1])) first[c0] = 2;
      else if (first[c0] === 0) first[c0] = 1;
      if (p.length < 2) continue;
      const pair = hashOf(c0, c1);
      if (p.length < 3 || /\s/.test(p[2])) pairs[pair] = 2;
      else if (pairs[pair] === 0) pairs[pair] = 1;
      if (p.length >= 3) triples[hashOf(pair, p.charCodeAt(2))] = 1;
    }
    starters.set(re, { sticky: new RegExp(re.source, flags.replace(/[gy]/g, '') + 'y'), first, pairs, triples });
  }
  return re;
}
/**
 * A phrasesRe regex's sticky twin, the code units its phrases start with, and their first two and three as hashed
 * tables (see windowMatches): 1 where a phrase starts so, 2 where one may go on with anything after it.
 */
const starters = new WeakMap<RegExp, { sticky: RegExp; first: Uint8Array; pairs: Uint8Array; triples: Uint8Array }>();
const HASHED = 1 << 12;
const hashOf = (h: number, c: number) => ((h * 31) ^ c) & (HASHED - 1);

/** how far past a stretch a scan of it may read: more than any of the patterns' matches or lookaheads span */
const SCAN_PAST = 256;
/**
 * The text up to a little past `to`, for a global pattern's scan of [from, to): set to `from`, the pattern
 * would search on to the text's end, so a stretch with no match would cost the rest of the text, once per
 * scan (a page of "ký …; ký …; …" scanned once per signing). The copy keeps every offset and what stands
 * before `from`; V8 makes it without copying the characters.
 */
export function scanText(text: string, to: number): string {
  return to + SCAN_PAST >= text.length ? text : text.slice(0, to + SCAN_PAST);
}

/** Matches of a global regex in text[from, to) that do not start inside a word (`edge`: characters that may not precede). */
export function* wordMatches(re: RegExp, text: string, from: number, to: number, edge = WORD_CHAR): Generator<RegExpExecArray> {
  const sub = scanText(text, to);
  re.lastIndex = from;
  for (let m = re.exec(sub); m && m.index < to; m = re.exec(sub)) {
    if (m.index > 0 && edge.test(text[m.index - 1])) { re.lastIndex = m.index + 1; continue; }
    yield m;
  }
}

/**
 * Every match of a global regex, as matchAll gives them, one at a time.
 * matchAll copies the regex on every call, and V8 compiles the copy anew: on a
 * large pattern that costs more than the search. This reuses the compiled
 * regex, and keeps its own position, so the loop's body may use the same regex.
 * Nothing is collected: a page of 200,000 "&amp" holds one match at a time.
 */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  let at = 0;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) break;
    at = m[0] === '' ? re.lastIndex + 1 : re.lastIndex;
    yield m;
  }
  re.lastIndex = 0;
}

/**
 * Like `wordMatches`, for a short window: the search runs on a copy of
 * text[from, to + 64) so a window with no match costs its own length, not the
 * rest of the text (a global regex set to `from` searches on to the end:
 * a title looked for in the 200 characters before each name would otherwise
 * read the whole article once per name). Indexes are into `text`. The matches
 * come as a list (a window holds a few; a generator's steps cost more than the search).
 */
export function windowMatches(re: RegExp, text: string, from: number, to: number, edge = WORD_CHAR): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const sub = text.slice(from, Math.min(text.length, to + 64));
  const st = starters.get(re);
  if (st) {
    // phrases: tried only where a word starts as one of them does (its first one to three letters), on the same
    // copy, so the matches are those of the search below (the leftmost match is the sticky one at the first place it holds)
    const { sticky, first, pairs, triples } = st;
    const table = edge === WORD_CHAR;
    /** whether the character before `at` is a word character (carried along: one table look per character) */
    let inWord = from > 0 && WORD[text.charCodeAt(from - 1)] === 1;
    for (let at = from; at < to; at++) {
      const c = text.charCodeAt(at);
      const after = inWord;
      inWord = WORD[c] === 1;
      if (table ? after : at > 0 && edge.test(text[at - 1])) continue;
      const f = first[c];
      if (f === 0) continue;
      if (f === 1) {
        // (past the text's end charCodeAt is NaN, hashed as 0: at most a needless try; past the copy's end, where the
        // text goes on, no phrase of two letters or more fits the copy whatever the tables say)
        const pair = hashOf(c, text.charCodeAt(at + 1));
        const g = pairs[pair];
        if (g === 0 || (g === 1 && triples[hashOf(pair, text.charCodeAt(at + 2))] === 0)) continue;
      }
      sticky.lastIndex = at - from;
      const m = sticky.exec(sub);
      if (!m) continue;
      m.index = at;
      out.push(m);
      at += Math.max(1, m[0].length) - 1;
      inWord = WORD[text.charCodeAt(at)] === 1;
    }
    return out;
  }
  re.lastIndex = 0;
  for (let m = re.exec(sub); m && m.index < to - from; m = re.exec(sub)) {
    const at = from + m.index;
    if (at > 0 && edge.test(text[at - 1])) { re.lastIndex = m.index + 1; continue; }
    m.index = at;
    out.push(m);
    re.lastIndex = at - from + Math.max(1, m[0].length);
  }
  return out;
}
