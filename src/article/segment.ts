/**
 * One segmentation of the body, computed once per Article and shared by every
 * extractor and check: paragraphs (lines of the body; photo captions marked),
 * sentences, and — when asked, by clausesOf — clauses (split at `;` and `:`).
 *
 * A full stop ends a sentence when what follows starts one (a capital, a
 * quote, a bracket) — except after an abbreviation of the news (`TP. Cần
 * Thơ`, `PGS.TS. Nguyễn Văn A`, `Q. 1`, data/segmentation.json), an initial
 * (`Nguyễn V. A`), or a list number at the start (`1. Nội dung`). Decimals
 * (`6,5%`, `1.000`) and dates (`1/8`) never end one, since no space follows
 * their dot. A stop with no space before a capital ends a sentence when a
 * lower-case word precedes it (`… doanh nghiệp.Theo đó`), not in `TP.HCM`.
 *
 * One pass over each paragraph with patterns compiled once: linear time.
 */
import { segmentation as segmentationData } from '../data.js';
import type { Article } from './article.js';
import { codeUnitTable, isSpace } from '../text/chars.js';

export interface Segment { start: number; end: number }
export interface Sentence extends Segment {
  /** index of its paragraph in `paragraphs` */
  paragraph: number;
}
export interface Paragraph extends Segment {
  kind: 'text' | 'caption';
  /** indexes into `sentences`: [first, last + 1) */
  sentences: [number, number];
}
export interface Segmentation {
  paragraphs: Paragraph[];
  /** every sentence of the body, in order */
  sentences: Sentence[];
}

const ABBREV = new Set(segmentationData().abbreviations);
// a stop, ?, ! or ellipsis, closing quotes and brackets, then space and a sentence start
const END = /[.!?…]+["'”’»)\]]*(?=\s+["“'‘«(\[\-–—]?[\p{Lu}\p{N}])|[.!?…]+["'”’»)\]]*\s*$|\.(?<=[\p{Ll}\p{N}%)"”]{2}\.)(?=[\p{Lu}][\p{Ll}])/gu;
const CLAUSE = /[;:](?=\s)/g;
const TOKEN_BEFORE = /(?:^|[\s(“"'‘])([\p{L}\p{N}./]{1,12})$/u;
const LIST_NUMBER = /^\s*(?:\d{1,2}|[IVXLC]{1,5}|[a-zđ])$/u;
const INITIAL = /^[\p{Lu}]$/u;

const cache = new WeakMap<Article, Segmentation>();

/** The body's segmentation, computed on first use and kept with the Article. */
export function segmentation(a: Article): Segmentation {
  let s = cache.get(a);
  if (!s) cache.set(a, (s = segment(a.text, a.body.start, a.body.end, a.captions)));
  return s;
}

export function segment(text: string, from: number, to: number, captions: Segment[] = []): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let c = 0;
  for (let start = from; start < to;) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const p = trim(text, start, end);
    if (p) {
      while (c < captions.length && captions[c].end <= p.start) c++;
      const kind = c < captions.length && captions[c].start < p.end ? 'caption' : 'text';
      const first = sentences.length;
      splitSentences(text, p.start, p.end, paragraphs.length, sentences);
      // (fields spelled out: a spread of `p` here cost more than the rest of the segmentation)
      paragraphs.push({ start: p.start, end: p.end, kind, sentences: [first, sentences.length] });
    }
    start = end + 1;
  }
  return { paragraphs, sentences };
}


function trim(text: string, s: number, e: number): Segment | null {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

function splitSentences(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const para = text.slice(from, to);
  let s = 0;
  END.lastIndex = 0;
  for (let m = END.exec(para); m; m = END.exec(para)) {
    const stop = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && !endsSentence(para, s, m.index)) continue;
    push(text, from + s, from + stop, paragraph, out);
    s = stop;
  }
  push(text, from + s, to, paragraph, out);
}

/** Does the full stop at `dot` end a sentence that began at `s`? Not after an abbreviation, an initial or a list number. */
function endsSentence(para: string, s: number, dot: number): boolean {
  const tok = tokenBefore(para, Math.max(s, dot - 13), dot);
  if (!tok) return true;
  if (ABBREV.has(tok) || (tok.charCodeAt(tok.length - 1) === 0x2e && ABBREV.has(tok.slice(0, -1)))) return false;
  // (most tokens are words longer than an initial, two code units at most, or a list number, five)
  if (tok.length <= 2 && INITIAL.test(tok)) return false;
  if (tok.length <= 5 && LIST_NUMBER.test(tok) && para.slice(s, dot).trim() === tok) return false;
  return true;
}

/** token and delimiter characters of TOKEN_BEFORE, by code unit */
const TOKEN_CHAR = codeUnitTable('[\\p{L}\\p{N}./]');
const DELIMITER = codeUnitTable('[\\s(“"\'‘]');
/**
 * TOKEN_BEFORE's token in para[from, to), read backwards without a slice and a
 * regex per full stop: the run of token characters that ends the window, of
 * 1 to 12, with the window's start or a delimiter before it. (A surrogate
 * pair counts as one character there: such a window goes to the regex.)
 */
function tokenBefore(para: string, from: number, to: number): string | undefined {
  let k = to;
  while (k > from) {
    const c = para.charCodeAt(k - 1);
    if (c >= 0xd800 && c <= 0xdfff) return TOKEN_BEFORE.exec(para.slice(from, to))?.[1];
    if (TOKEN_CHAR[c] === 0) break;
    k--;
  }
  if (k === to || to - k > 12) return undefined;
  if (k > from) {
    const c = para.charCodeAt(k - 1);
    if (DELIMITER[c] === 0) return undefined;
    // a surrogate before the delimiter does not matter; one at the delimiter was sent to the regex above
  }
  return para.slice(k, to);
}

function push(text: string, s: number, e: number, paragraph: number, out: Sentence[]): void {
  // trim, as trim() does, without its object
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}

/** A sentence's clauses, split at `;` and `:` (computed when asked: few readers need them). */
export function clausesOf(text: string, sentence: Segment): Segment[] {
  const clauses: Segment[] = [];
  let cs = sentence.start;
  const body = text.slice(sentence.start, sentence.end);
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(body); m; m = CLAUSE.exec(body)) {
    const c = trim(text, cs, sentence.start + m.index + 1);
    if (c) clauses.push(c);
    cs = sentence.start + m.index + 1;
  }
  const last = trim(text, cs, sentence.end);
  if (last) clauses.push(last);
  return clauses;
}

/** The sentence that holds text offset `pos` (binary search), or null outside the body. */
export function sentenceAt(seg: Segmentation, pos: number): Sentence | null {
  const ss = seg.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= pos) lo = mid + 1;
    else if (ss[mid].start > pos) hi = mid - 1;
    else return ss[mid];
  }
  return null;
}

/**
 * The sentence that holds a position given in the file's own code points (a
 * fact's span.start), for rules that hold spans rather than text offsets.
 * The offset map is monotonic, so a binary search over the sentences' starts
 * mapped back to the file finds it.
 */
export function sentenceAtSpan(a: Article, rawOffset: number): Sentence | null {
  const ss = segmentation(a).sentences;
  let lo = 0, hi = ss.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a.span(ss[mid].start, ss[mid].start).start <= rawOffset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return null;
  const s = ss[found];
  return a.span(s.end, s.end).start > rawOffset ? s : null;
}
