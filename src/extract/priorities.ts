/**
 * Enumerated points: "Thứ nhất, ... Thứ năm, ...", "Một là, Hai là, ...",
 * "(1) ...; (2) ...", "1. ..." at line starts, "a) ...; b) ...", each item its
 * own paragraph or all of them inside one. An enumeration keeps the sentence
 * that introduces it and, when that sentence names one, its speaker.
 *
 * A marker only counts where an item can start (a line start, or after
 * ".", ":", ";" and for some families ","), so "Phó Bí thư thứ nhất" or
 * "lần thứ nhất" never match; and an enumeration needs its first item and at
 * least one more, so a lone "Thứ nhất" or a date "1/8" is not one.
 */
import type { Article } from '../article/article.js';
import type { Enumeration, EnumerationItem, Participant, Span } from '../types.js';
import { enumerations } from '../data.js';
import { foldKey } from '../article/normalize.js';
import { L, R, alternation, alternationAnyCase, atWordStart, matches } from '../text/regex.js';
import { fullNames, speakerName } from '../text/person.js';
import type { Segmentation } from '../article/segment.js';
import type { Extractor } from './extractor.js';
import { isDigit, isSpace } from '../text/chars.js';
import { matchesAt } from '../text/sticky.js';

const D = enumerations();

/** "Thứ nhất"/"Một là" stand for sentences; "(1)", "a)" … for phrases, so an inline last item ends with its sentence. */
export type Family = 'thu' | 'la' | 'paren' | 'roman' | 'num' | 'numparen' | 'numslash' | 'numdash' | 'letter' | 'letterdot' | 'letterslash' | 'letterparen' | 'letterdash' | 'last';
/** the families whose marker is a letter: "a)", "a.", "a/" */
const LETTERED = new Set<Family>(['letter', 'letterdot', 'letterslash', 'letterparen', 'letterdash']);
const SENTENCE_LEVEL = new Set<Family>(['thu', 'la']);
/** Where a marker stands: at a line start, after . ! ?, after : ;, after a comma (or "và"), after a sentence-opening noun, after a plain space. */
type Ctx = 'line' | 'sentence' | 'clause' | 'comma' | 'lead' | 'space';

const ALLOWED: Record<Family, { start: Ctx[]; next: Ctx[] }> = {
  thu: { start: ['line', 'sentence', 'clause', 'comma'], next: ['line', 'sentence', 'clause', 'comma', 'lead'] },
  la: { start: ['line', 'sentence', 'clause', 'comma'], next: ['line', 'sentence', 'clause', 'comma'] },
  paren: { start: ['line', 'sentence', 'clause'], next: ['line', 'sentence', 'clause', 'comma', 'space'] },
  roman: { start: ['line', 'sentence', 'clause'], next: ['line', 'sentence', 'clause', 'comma', 'space'] },
  num: { start: ['line', 'clause'], next: ['line', 'clause'] },
  numparen: { start: ['line', 'clause'], next: ['line', 'sentence', 'clause', 'comma'] },
  numslash: { start: ['line', 'clause'], next: ['line', 'sentence', 'clause', 'comma'] },
  numdash: { start: ['line', 'clause'], next: ['line', 'sentence', 'clause', 'comma'] },
  letter: { start: ['line', 'clause'], next: ['line', 'sentence', 'clause', 'comma'] },
  // "a. Tăng trưởng …" at line starts only: inside a line a letter and a dot are an initial ("Nguyễn V. An")
  letterdot: { start: ['line'], next: ['line'] },
  letterslash: { start: ['line', 'clause'], next: ['line', 'sentence', 'clause', 'comma'] },
  // (not after a plain space: "chứng minh điểm (b) và (c)" refers back to a list's points)
  letterparen: { start: ['line', 'sentence', 'clause'], next: ['line', 'sentence', 'clause', 'comma'] },
  // "a- Hoàn thiện …" at line starts only: inside a line a letter and a dash are a word's ("đường a- b")
  letterdash: { start: ['line'], next: ['line'] },
  last: { start: [], next: ['line', 'sentence'] },
};
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

// what follows a word marker: "Thứ nhất," "Thứ nhất:" "Thứ nhất là" "Thứ nhất -", the end of a heading line,
// or a lower-case word ("Thứ nhất về khách quan") or a name ("thứ hai An Giang"): an adjective "thứ nhất"
// follows a noun, which the context rules out
// (emphasis marks may close around the marker first: "*Thứ nhất*, ", "***Thứ nhất**,*")
const AFTER_WORD = `[*_]{0,3}(?:[ \\t]*[,:]|\\s+là${R}|[ \\t]*[-–.](?=\\s)|[ \\t]*(?=\\n)|[ \\t]+(?=\\p{Ll}|\\p{Lu}\\p{Ll}*[ \\t]+\\p{Lu}))`;
/** (exported for the test that holds eachMarker to a scan of the whole body) */
/** the words of the word markers, in either case: "Thứ" + "nhất"/"hai"/…/"2" (the ordinal its second group), "Một" … + "là" */
const ORDINAL_WORDS = alternationAnyCase(Object.keys(D.ordinalWords));
const LA_WORDS = alternationAnyCase(Object.keys(D.laWords));
/** a word marker and nothing else, as a pattern's source: "Thứ nhất", "THỨ HAI", "Thứ 3", "Một là" (no groups) */
export const WORD_MARKER = `(?:[Tt]hứ|THỨ)\\s+(?:${ORDINAL_WORDS}|\\d{1,2})|(?:${LA_WORDS})\\s+là`;
export const MARKERS: Array<[Family, RegExp]> = [
  ['thu', new RegExp(`((?:[Tt]hứ|THỨ)\\s+(${ORDINAL_WORDS}|\\d{1,2}))${R}${AFTER_WORD}`, 'gu')],
  // "Cuối cùng," closes a "Thứ nhất, Thứ hai" list as its last item
  ['last', new RegExp(`([Cc]uối cùng)${R}(?:[ \\t]*[,:]|\\s+là${R})`, 'gu')],
  ['la', new RegExp(`((${LA_WORDS})\\s+là)${R}[ \\t]*[,:]?`, 'gu')],
  ['paren', /\((\d{1,2})\)/g],
  ['roman', new RegExp(`\\((${ROMAN.join('|')})\\)`, 'g')],
  ['num', /(?<![\p{L}\p{N}.,/])(\d{1,2})\.(?=[ \t]+[^\d\s])/gu],
  ['numparen', /(?<![\p{L}\p{N}(])(\d{1,2})\)(?=[ \t]+\S)/gu],
  // "1/ Đẩy mạnh …; 2/ Thu hút …": the slash of documents' numbered points, a space after it (a date has none: "1/5")
  ['numslash', /(?<![\p{L}\p{N}/.])(\d{1,2})\/(?=[ \t]+[^\d\s])/gu],
  // "1- Rà soát quy hoạch; 2- Đẩy nhanh …": a dash, a space and a word (a range or a date has no space: "1-2",
  // "15/3-20/3"; a number and a count after the space is none: "1- 2 tháng"; a code in capitals is a document's: "05- CT/TW"),
  // or a capitalised word glued to it ("3-Phạt tiền …"); a sentence's stop may be glued before it ("… cạnh tranh.2- Áp đặt"), a sub-point's number not ("2.1-")
  ['numdash', /(?<![\p{L}\p{N}\/,\-–])(?<!\d\.)(\d{1,2})-(?=[ \t]+\p{L}[\p{Ll}\p{M}]|\p{Lu}[\p{Ll}\p{M}])/gu],
  ['letter', /(?<![\p{L}\p{N}(])([a-kđ])\)(?=[ \t]+\S)/gu],
  // "(a) rà soát …; (b) đẩy nhanh …", as numbered phrases are written "(1)"
  ['letterparen', /\(([a-kđ])\)/gu],
  ['letterdash', /(?<![\p{L}\p{N}(\-–])([a-kđ])-(?=[ \t]+\S)/gu],
  ['letterdot', /(?<![\p{L}\p{N}(])([a-kđ])\.(?=[ \t]+\p{Lu})/gu],
  // "a/ Tập trung …; b/ Đẩy nhanh …", as numbered points are written "1/"
  ['letterslash', /(?<![\p{L}\p{N}(/])([a-kđ])\/(?=[ \t]+\S)/gu],
];
/**
 * Where a marker of each family may start, found from a character every match holds ("là", "(", ")", ".",
 * "ứ", "ối cùng") by indexOf, in order: a regex tried at every offset of the body costs far more, and most
 * bodies hold no list. The family's pattern is then tried (sticky) at these offsets only. (Characters are
 * read as codes: these checks run at every "." and "là" of the text.)
 */
const LA_FORMS = new Set(Object.keys(D.laWords).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const LA_LENGTHS = [...new Set([...LA_FORMS].map((w) => w.length))].sort((x, y) => y - x);
const LA_LAST = new Set([...LA_FORMS].map((w) => w.charCodeAt(w.length - 1)));
/** [a-kđ], by code: the letters of lettered markers */
const isLetterMark = (c: number) => (c >= 97 && c <= 107) || c === 0x111;
/** [ \t], by code: what every punctuation marker but "1-Gabor" has after it ("1. ", "a) ", "2/ ") */
const isBlank = (c: number) => c === 32 || c === 9;
/**
 * The offsets of each needle in one text, found once: "(" opens "(1)", "(iv)" and "(a)", "." ends "1." and "a.",
 * and a scan of the whole body per family would read it up to three times for the same offsets.
 */
class Needles {
  private readonly found = new Map<string, number[]>();
  constructor(readonly t: string) {}
  of(needle: string): number[] {
    let out = this.found.get(needle);
    if (!out) {
      out = [];
      for (let p = this.t.indexOf(needle); p >= 0; p = this.t.indexOf(needle, p + 1)) out.push(p);
      this.found.set(needle, out);
    }
    return out;
  }
}
/** each offset of `needle` in the text, mapped by `at` to the starts it allows (in order, none before the previous) */
function startsBy(n: Needles, needle: string, at: (p: number, out: number[]) => void): number[] {
  const out: number[] = [];
  for (const p of n.of(needle)) at(p, out);
  return out;
}
const T = 84, t_ = 116, H = 72, h = 104, C = 67, c_ = 99, u = 117, i_ = 105, v = 118, x = 120;
const STARTS: Record<Family, (t: string, n: Needles) => number[]> = {
  // "Một là": a number word, spaces, "là"; the longest word first, so the starts stay in order
  la: (t, n) => startsBy(n, 'là', (p, out) => {
    if (p === 0 || !isSpace(t.charCodeAt(p - 1))) return;
    let q = p - 1;
    while (q > 0 && isSpace(t.charCodeAt(q - 1))) q--;
    if (q === 0 || !LA_LAST.has(t.charCodeAt(q - 1))) return;
    for (const len of LA_LENGTHS) if (q - len >= 0 && LA_FORMS.has(t.slice(q - len, q))) out.push(q - len);
  }),
  // (a rare letter is the cheapest needle: "hứ" would stop at every "h" of the text)
  thu: (t, n) => merged(
    startsBy(n, 'ứ', (p, out) => { if (t.charCodeAt(p - 1) === h && (t.charCodeAt(p - 2) === T || t.charCodeAt(p - 2) === t_)) out.push(p - 2); }),
    startsBy(n, 'Ứ', (p, out) => { if (t.charCodeAt(p - 1) === H && t.charCodeAt(p - 2) === T) out.push(p - 2); })),
  last: (t, n) => startsBy(n, 'ối cùng', (p, out) => {
    if (t.charCodeAt(p - 1) === u && (t.charCodeAt(p - 2) === C || t.charCodeAt(p - 2) === c_)) out.push(p - 2);
  }),
  paren: (t, n) => startsBy(n, '(', (p, out) => { if (isDigit(t.charCodeAt(p + 1))) out.push(p); }),
  roman: (t, n) => startsBy(n, '(', (p, out) => { const c = t.charCodeAt(p + 1); if (c === i_ || c === v || c === x) out.push(p); }),
  // "12. " "3) ": one or two digits before the mark, a space or a tab after it
  num: (t, n) => startsBy(n, '.', (p, out) => { if (isBlank(t.charCodeAt(p + 1))) digitsBefore(t, p, out); }),
  numparen: (t, n) => startsBy(n, ')', (p, out) => { if (isBlank(t.charCodeAt(p + 1))) digitsBefore(t, p, out); }),
  numslash: (t, n) => startsBy(n, '/', (p, out) => { if (isBlank(t.charCodeAt(p + 1))) digitsBefore(t, p, out); }),
  // ("3-Phạt tiền": a capital may be glued to the dash)
  numdash: (t, n) => startsBy(n, '-', (p, out) => digitsBefore(t, p, out)),
  letter: (t, n) => startsBy(n, ')', (p, out) => { if (isBlank(t.charCodeAt(p + 1)) && isLetterMark(t.charCodeAt(p - 1))) out.push(p - 1); }),
  letterdot: (t, n) => startsBy(n, '.', (p, out) => { if (isBlank(t.charCodeAt(p + 1)) && isLetterMark(t.charCodeAt(p - 1))) out.push(p - 1); }),
  letterslash: (t, n) => startsBy(n, '/', (p, out) => { if (isBlank(t.charCodeAt(p + 1)) && isLetterMark(t.charCodeAt(p - 1))) out.push(p - 1); }),
  letterparen: (t, n) => startsBy(n, '(', (p, out) => { if (isLetterMark(t.charCodeAt(p + 1)) && t.charCodeAt(p + 2) === 41) out.push(p); }),
  letterdash: (t, n) => startsBy(n, '-', (p, out) => { if (isBlank(t.charCodeAt(p + 1)) && isLetterMark(t.charCodeAt(p - 1))) out.push(p - 1); }),
};
/** The one or two digits before a mark ("12." "3)"), where a number marker starts; after three or more none does ("năm 2023."). */
function digitsBefore(t: string, p: number, out: number[]): void {
  if (!isDigit(t.charCodeAt(p - 1))) return;
  if (!isDigit(t.charCodeAt(p - 2))) out.push(p - 1);
  else if (!isDigit(t.charCodeAt(p - 3))) out.push(p - 2);
}
function merged(x: number[], y: number[]): number[] {
  return y.length ? [...x, ...y].sort((a, b) => a - b) : x;
}
const STICKY = new Map(MARKERS.map(([fam, re]) => [fam, new RegExp(re.source, re.flags.replace('g', 'y'))]));
/**
 * The matches of the family's pattern, as its scan of the whole body finds them: every match starts at one of
 * the offsets STARTS gives, and the scan goes on after each match. (`needles`: the text's, shared by the families.)
 */
export function eachMarker(fam: Family, t: string, visit: (m: RegExpExecArray) => void, needles = new Needles(t)): void {
  for (const m of matchesAt(STICKY.get(fam)!, t, STARTS[fam](t, needles))) visit(m);
}
/** what an item's text does not end with: separators, and a conjunction before the next item ("…; và") */
// (and emphasis closing around an item's text: "**1. Tập trung giải ngân**")
const TRAIL_CHAR = /[\s,;:–\-*_]/u;
const TRAIL_WORD = /[\s,;:–-](?:và|hoặc|cùng với)$/u;
/** An item's text without its trailing separators, by a walk from the end (a regex anchored at $ retries at every comma of ",,,,"). */
function trimTrail(s: string): string {
  let e = s.length;
  while (e > 0 && TRAIL_CHAR.test(s[e - 1])) e--;
  const w = TRAIL_WORD.exec(s.slice(Math.max(0, e - 12), e));
  if (w) {
    e -= w[0].length;
    while (e > 0 && TRAIL_CHAR.test(s[e - 1])) e--;
  }
  return s.slice(0, e);
}
/** a closing quote (and the stop after it) that ends an item of a quoted list: '… làm tốt công tác dân vận".' */
const CLOSE_QUOTE_END = /["”»]\s*[.;,!?…]?$/u;
const count = (s: string, c: string) => s.split(c).length - 1;
/** An item's text without a closing quote whose opening one stands before the list's first marker (none in the item). */
function dropOpenedQuote(s: string): string {
  const m = s.length ? CLOSE_QUOTE_END.exec(s.slice(-4)) : null;
  if (!m) return s;
  const q = m[0][0];
  const unbalanced = q === '"' ? count(s, '"') % 2 === 1 : count(s, q === '”' ? '“' : '«') < count(s, q);
  return unbalanced ? trimTrail(s.slice(0, s.length - m[0].length)) : s;
}
/** Index of the last value ≤ x in a sorted array, -1 if none. */
function lastAtMost(xs: number[], x: number): number {
  let lo = 0, hi = xs.length - 1, k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) { k = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return k;
}
// "Yếu tố thứ ba là": a count noun ("yếu tố", "nguyên nhân", "việc") opening the sentence
// or any other opening of one or two words ("Hệ quả thứ hai", "Trong phần thứ hai là"); it only continues a list, with its next number
const NOUN_LEAD = new RegExp(`(?<=^|[.!?;:\\n]\\s*)(?:${alternationAnyCase([...D.countNouns, ...D.leadNouns])}|\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+(?!là\\s)[\\p{L}\\p{M}]+)?)\\s+$`, 'u');
/** a known noun opening the sentence: "Lưu ý thứ nhất", "Giải pháp thứ nhất là" may open a list, not only continue one */
const KNOWN_LEAD = new RegExp(`(?:^|[.!?;:\\n]\\s*)(?:${alternationAnyCase([...D.countNouns, ...D.leadNouns])})\\s+$`, 'u');
const COUNT_RE = new RegExp(
  `${L}(\\d{1,2}|${alternation(Object.keys(D.numberWords))})\\s+(?:${alternation(D.countNouns)})${R}`, 'giu');
/** how many paragraphs may stand between an item and the previous one (three times as many for "1." lines) */
const MAX_PARAGRAPH_GAP = 10;

/** how deep lists of one family nest (numbered points with numbered sub-points) */
const MAX_DEPTH = 4;
/** a list, and where the next list of its family that is not inside it begins: its last item ends there at the latest */
interface Chain { items: Cand[]; cut: number }

interface Cand {
  fam: Family;
  ord: number;
  /** letters are renumbered once the whole list is known (Vietnamese a b c d đ e, or Latin a b c d e) */
  letter?: string;
  start: number;
  markEnd: number;
  textStart: number;
  ctx: Ctx;
  para: number;
  /** opened by a known noun ("Giải pháp thứ nhất"): a 'lead' that may start a list */
  knownLead?: boolean;
}

/** a lower-case letter then a capital: a heading and the next paragraph run together ("chồng chéoThứ nhất, …") */
const GLUED_CAPITAL = /\p{Ll}/u;
function contextAt(t: string, i: number): Ctx | null {
  let j = i - 1;
  if (j >= 0 && GLUED_CAPITAL.test(t[j]) && /\p{Lu}/u.test(t[i])) return 'line';
  // emphasis opening before the marker ("***Thứ nhất**,*") is markup, not text
  while (j >= 0 && (t[j] === '*' || t[j] === '_')) j--;
  while (j >= 0 && (t[j] === ' ' || t[j] === '\t')) j--;
  if (j < 0 || t[j] === '\n') return 'line';
  // an opening quote glued to the marker mid-line stands where the quoted list starts: 'đề nghị: "Một là, …',
  // 'nhấn mạnh: “Thứ nhất, …', 'yêu cầu: «(1) …': the context is what stands before the quote
  if (j === i - 1 && (t[j] === '“' || t[j] === '"' || t[j] === '«') && j > 0 && t[j - 1] !== '\n') {
    let k = j - 1;
    while (k >= 0 && (t[k] === ' ' || t[k] === '\t')) k--;
    if (k >= 0 && '.!?…:;,'.includes(t[k])) return contextAt(t, k + 1);
  }
  if ('-–+•*“"'.includes(t[j])) {
    // a bullet or an opening quote at the start of a line
    let k = j - 1;
    while (k >= 0 && (t[k] === ' ' || t[k] === '\t')) k--;
    if (k < 0 || t[k] === '\n') return 'line';
  }
  const c = t[j];
  if (c === '.' || c === '!' || c === '?' || c === '…') return 'sentence';
  if (c === ':' || c === ';') return 'clause';
  if (c === ',') return 'comma';
  if (j === i - 1) return null;
  const before = t.slice(Math.max(0, i - 30), i);
  // "ba là X và bốn là Y"
  if (/[\s,]và\s+$/u.test(before)) return 'comma';
  if (NOUN_LEAD.test(before)) return 'lead';
  return 'space';
}

function ordinalOf(fam: Family, g: string): number {
  const w = g.toLowerCase();
  switch (fam) {
    case 'thu': return D.ordinalWords[w] ?? +w;
    case 'la': return D.laWords[w];
    case 'last': return 10;
    case 'roman': return ROMAN.indexOf(w) + 1;
    case 'letter': case 'letterdot': case 'letterslash': case 'letterparen': case 'letterdash': return D.letters.indexOf(w) + 1 || w.charCodeAt(0) - 96;
    default: return +w;
  }
}

/** Paragraphs (non-blank lines) of the body: their ranges, for "which paragraph is this offset in". */
function paragraphs(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  while (s <= t.length) {
    let e = t.indexOf('\n', s);
    if (e === -1) e = t.length;
    if (t.slice(s, e).trim()) out.push([s, e]);
    s = e + 1;
  }
  return out;
}
function paraIndex(paras: Array<[number, number]>, i: number): number {
  let lo = 0, hi = paras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paras[mid][0] <= i) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Markers where an item can start; `para` is filled in later. */
function candidates(t: string): Cand[] {
  const out: Cand[] = [];
  const needles = new Needles(t);
  for (const [fam] of MARKERS) {
    // match by match, not matches(): a page of "Thứ nhất, Thứ nhất, …" would hold every match array at once
    eachMarker(fam, t, (m) => {
      const start = m.index;
      // the word markers leave the left edge to this check: a pattern opening with a lookbehind scans slowly
      if (!atWordStart(t, start) && !(GLUED_CAPITAL.test(t[start - 1]) && /\p{Lu}/u.test(t[start]))) return;
      const ctx = contextAt(t, start);
      if (!ctx || !ALLOWED[fam].next.includes(ctx)) return;
      // a number glued to a name by a dash opens a line or a sentence ("3-Phạt tiền"): after a comma it is a
      // player's shirt number in a line-up ("1-Gabor Kiraly, 2-Laszlo Bodnar")
      if (fam === 'numdash' && !isSpace(t.charCodeAt(start + m[1].length + 1)) && ctx !== 'line' && ctx !== 'sentence') return;
      const ord = ordinalOf(fam, m[2] ?? m[1]);
      // word markers go to ten ("Thứ mười"), numbers to 99
      if (!(ord >= 1 && ord <= (fam === 'num' || fam === 'paren' || fam === 'numparen' || fam === 'numslash' || fam === 'numdash' ? 99 : 10))) return;
      const markEnd = start + (m[1].length + (fam === 'paren' || fam === 'roman' || fam === 'letterparen' ? 2 : fam === 'thu' || fam === 'la' || fam === 'last' ? 0 : 1));
      let textStart = start + m[0].length;
      while (textStart < t.length && /[ \t,:.–*_-]/.test(t[textStart])) textStart++;
      // "Nguyên nhân thứ hai": the item and its marker start at the noun
      const lead = ctx === 'lead' ? NOUN_LEAD.exec(t.slice(Math.max(0, start - 30), start)) : null;
      const from = lead ? start - (Math.min(start, 30) - lead.index) : start;
      const knownLead = lead !== null && KNOWN_LEAD.test(t.slice(Math.max(0, start - 30), start));
      out.push({ fam, ord, letter: LETTERED.has(fam) ? m[1] : undefined, start: from, markEnd, textStart, ctx, para: 0, knownLead });
    }, needles);
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Chains of markers of one family, each starting at ordinal 1. "Thứ nhất" and
 * "Một là" chain together ("Một là ..., Hai là ..., Ba là ..., Thứ tư là ...");
 * "Cuối cùng" closes a word-marked list it directly follows. Lists nest: a new
 * "1." opens an inner list, and the next number of an outer list closes it
 * (numbered points with numbered sub-points, "Thứ nhất, ... một là, hai là ... Thứ hai").
 */
function chains(cands: Cand[]): Chain[] {
  // a chain is kept once it has a second item, and put back in order of its first at the end: a run of
  // first items that never go on ("Thứ nhất, Thứ nhất, …") leaves nothing behind
  const out: Array<Chain & { seq: number }> = [];
  let seq = 0;
  const open = new Map<Family, Chain[]>();
  /** lists closed since the last list of their group opened: the next one to open ends their last item */
  const closed = new Map<Family, Chain[]>();
  const group = (f: Family): Family => (f === 'la' || f === 'last' ? 'thu' : f);
  const lastOf = (ch: Chain) => ch.items[ch.items.length - 1];
  for (const c of cands) {
    const g = group(c.fam);
    const stack = open.get(g) ?? [];
    open.set(g, stack);
    const done = closed.get(g) ?? [];
    closed.set(g, done);
    const gap = (g === 'num' ? MAX_PARAGRAPH_GAP * 3 : MAX_PARAGRAPH_GAP) + 1;
    const near = (ch: Chain) => c.para - lastOf(ch).para <= gap;
    const top = stack[stack.length - 1];
    if (c.fam === 'last') {
      if (top && top.items.length >= 2 && c.para - lastOf(top).para <= 1) {
        top.items.push({ ...c, fam: lastOf(top).fam, ord: lastOf(top).ord + 1 });
        done.push(stack.pop()!);
      }
      continue;
    }
    // the innermost open list this marker continues: its next number, else a skip or a repeat ("1) 2) 3) 4) 3) 5)") on
    // the innermost, unless the marker stands mid-sentence ("cái thứ hai, thứ ba thì")
    let d = -1;
    for (let k = stack.length - 1; k >= 0 && d < 0; k--) if (lastOf(stack[k]).ord + 1 === c.ord && near(stack[k])) d = k;
    // (a word marker that skips or repeats stands at a line or sentence start: "…; thứ hai là …" far after "Lưu ý thứ hai" is another list)
    const wordMidSentence = SENTENCE_LEVEL.has(c.fam) && c.ctx !== 'line' && c.ctx !== 'sentence';
    if (d < 0 && top && c.ord !== 1 && c.ctx !== 'lead' && c.ctx !== 'comma' && !wordMidSentence && near(top) && c.ord >= lastOf(top).ord - 1 && c.ord <= lastOf(top).ord + 3) d = stack.length - 1;
    if (d >= 0) {
      done.push(...stack.splice(d + 1));
      stack[d].items.push(c);
      if (stack[d].items.length === 2) out.push(stack[d] as Chain & { seq: number });
    } else if (c.ord === 1 && (ALLOWED[c.fam].start.includes(c.ctx) || (c.fam === 'thu' && c.knownLead))) {
      // a first item after a list of two or more starts the next list, not one inside it ("Thứ nhất … Thứ hai … Thứ nhất …");
      // lists nest a few deep at most
      if (top && top.items.length >= 2) done.push(stack.pop()!);
      if (stack.length >= MAX_DEPTH) done.push(stack.shift()!);
      const chain = { items: [c], cut: Infinity, seq: seq++ };
      for (const x of done) x.cut = c.start;
      done.length = 0;
      stack.push(chain);
    }
  }
  return out.sort((x, y) => x.seq - y.seq);
}

/** Letters go a b c d đ e g in Vietnamese lists; a list with no "đ" is counted a b c d e f. */
function renumberLetters(ch: Cand[]): void {
  if (!LETTERED.has(ch[0].fam) || ch.some((c) => c.letter === 'đ')) return;
  for (const c of ch) c.ord = c.letter!.charCodeAt(0) - 96;
}

/** The sentence that leads into the first item: before it in its paragraph, else the previous paragraph's last. */
function introRange(t: string, paras: Array<[number, number]>, ends: number[], first: Cand): [number, number] | null {
  const [ps] = paras[first.para];
  if (firstWordChar(t, ps, first.start) < first.start) {
    // (without the quote that opens a quoted list: 'đề nghị: "Một là, …')
    let e = first.start;
    while (e > ps && /[\s“"«]/u.test(t[e - 1])) e--;
    return trimRange(t, lastSentenceStart(t, ends, ps, e), e);
  }
  if (first.para === 0) return null;
  const [qs, qe] = paras[first.para - 1];
  return trimRange(t, lastSentenceStart(t, ends, qs, qe), qe);
}
/**
 * Where the last sentence of t[from, to) starts: after the last sentence end inside it that has words after it.
 * An intro is one sentence: a paragraph with no sentence end gives its last INTRO_MAX characters, from a word start.
 */
function lastSentenceStart(t: string, ends: number[], from: number, to: number): number {
  let s = from;
  for (let k = lastAtMost(ends, to); k >= 0 && ends[k] > from; k--) {
    if (firstWordChar(t, ends[k], to) < to) { s = ends[k]; break; }
  }
  if (to - s > INTRO_MAX) {
    s = to - INTRO_MAX;
    while (s < to && !/\s/.test(t[s - 1])) s++;
  }
  return s;
}
/** The first offset in t[from, to) that is neither space nor a bullet or quote mark; `to` if none. */
function firstWordChar(t: string, from: number, to: number): number {
  let i = from;
  while (i < to && /[\s\-–+•*“"]/.test(t[i])) i++;
  return i;
}
function trimRange(t: string, s: number, e: number): [number, number] | null {
  while (s < e && /\s/.test(t[s])) s++;
  while (e > s && /\s/.test(t[e - 1])) e--;
  return e > s ? [s, e] : null;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/**
 * The longest item text kept, in characters: an item runs to the next marker or its paragraph's end, and a
 * paragraph that never ends (a page pasted as one line) is no item of a priorities list. Longer items keep
 * their first ITEM_MAX characters, cut after a word, and "…"; the span still covers the whole item.
 */
const ITEM_MAX = 2000;
function itemText(s: string): string {
  if (s.length <= ITEM_MAX) return clean(s);
  const head = s.slice(0, ITEM_MAX);
  const cut = head.search(/\s\S*$/u);
  return `${clean(cut > ITEM_MAX / 2 ? head.slice(0, cut) : head)} …`;
}
/** the longest intro kept, in characters: an intro is one sentence, and a run-on paragraph is not one */
const INTRO_MAX = 600;
/** how far before an intro an earlier full name may complete a partial speaker ("ông Thắng"), in characters */
const LOOK_BACK = 3000;

/**
 * A numbered list as read in the body: its items, the sentence that
 * introduces it (offsets into the body) and the count that sentence announces
 * ("ba nhiệm vụ trọng tâm"), if any.
 */
export interface ListReading {
  items: EnumerationItem[];
  intro: [number, number] | null;
  announced: { text: string; count: number; span: Span } | null;
}

const extractor: Extractor = {
  id: 'priorities',
  needs: ['enumerations', 'participants'],
  run: (a, { enumerations, participants }) => ({ priorities: priorities(a, enumerations, participants) }),
};
export default extractor;

/** The lists as facts: each intro's speaker is named among the participants (their titles tell "Bộ trưởng" who). */
function priorities(a: Article, lists: ListReading[], people: Participant[]): Enumeration[] {
  if (!lists.length) return [];
  const { start: b0, end: b1 } = a.body;
  const t = a.text.slice(b0, b1);
  const titles = titleIndex(people);
  return lists.map(({ items, intro }) => {
    const introText = intro ? t.slice(intro[0], intro[1]) : null;
    return {
      intro: introText ? clean(introText) : null,
      speaker: introText ? speakerOf(introText, t.slice(Math.max(0, intro![0] - LOOK_BACK), intro![0]), titles) : null,
      items,
      span: { ...items[0].span, end: items[items.length - 1].span.end },
    };
  });
}

/** The numbered lists of the body, in text order; `seg` is the body's segmentation. */
export function readLists(a: Article, seg: Segmentation): ListReading[] {
  const { start: b0, end: b1 } = a.body;
  const t = a.text.slice(b0, b1);
  const result: ListReading[] = [];
  const cands = candidates(t);
  if (cands.length < 2) return result;
  const paras = paragraphs(t);
  for (const c of cands) c.para = paraIndex(paras, c.start);
  // sentence ends of the body's shared segmentation (abbreviations such as "TP. Cần Thơ" end none), relative to the body
  const ends = seg.sentences.map((x) => x.end - b0);
  const span = (s: number, e: number) => a.span(b0 + s, b0 + e);

  // where the last list that ended before this one ends: an intro does not reach back over it. Lists still
  // open at a list's start are those around it (a few, however long the text)
  let doneEnd = 0;
  let open: number[] = [];
  const heading = atxHeading(a);
  for (const { items: ch, cut } of chains(cands)) {
    // numbered headings of the article's sections ("## 1. Kết quả nổi bật" … "## 2. Hạn chế"): no list of points
    if (ch[0].fam === 'num' && heading && ch.every((c) => heading(b0 + c.start))) continue;
    renumberLetters(ch);
    const inline = ch.some((c, k) => k > 0 && c.para === ch[k - 1].para);
    let lastEnd = 0;
    const items: EnumerationItem[] = ch.map((c, k) => {
      const next = ch[k + 1];
      let end = next && next.para === c.para ? next.start : paras[c.para][1];
      if (!next) end = Math.min(end, cut);
      if (!next && ((inline && !SENTENCE_LEVEL.has(c.fam)) || c.ctx === 'comma')) {
        // the last of a run of phrases ("thứ nhất là X, thứ hai là Y.") ends with its sentence
        const k = lastAtMost(ends, c.textStart) + 1;
        if (k < ends.length && ends[k] <= end) end = ends[k];
      }
      const raw = t.slice(c.textStart, Math.max(c.textStart, end));
      const body = dropOpenedQuote(trimTrail(raw));
      lastEnd = c.textStart + body.length;
      return { ordinal: c.ord, marker: clean(t.slice(c.start, c.markEnd)), text: itemText(body), span: span(c.start, c.textStart + body.length) };
    });
    const first = ch[0];
    for (const x of open) if (x <= first.start) doneEnd = Math.max(doneEnd, x);
    open = open.filter((x) => x > first.start);
    let intro = introRange(t, paras, ends, first);
    if (intro && intro[0] < doneEnd) intro = doneEnd < intro[1] ? trimRange(t, doneEnd, intro[1]) : null;
    open.push(lastEnd);
    // the last count the intro names is the list's ("trong 5 năm tới, ba nhiệm vụ"): read once, here
    let stated: RegExpMatchArray | null = null;
    if (intro) for (const m of matches(COUNT_RE, t.slice(intro[0], intro[1]))) stated = m;
    let announced: ListReading['announced'] = null;
    if (stated) {
      const s = intro![0] + stated.index!;
      announced = { text: clean(stated[0]), count: D.numberWords[stated[1].toLowerCase()] ?? +stated[1], span: span(s, s + stated[0].length) };
    }
    result.push({ items, intro, announced });
  }
  return result;
}

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]/;
/**
 * Is the line of a text offset a Markdown heading in the file ("## 1. Kết quả nổi bật": the text has its marks
 * blanked)? Null for a file with no "#" at all. The file's line starts are found once, on the first question.
 */
function atxHeading(a: Article): ((offset: number) => boolean) | null {
  if (!a.raw.includes('#')) return null;
  let starts: number[] | null = null;
  return (off) => {
    if (!starts) {
      starts = [0];
      for (let i = a.raw.indexOf('\n'); i >= 0; i = a.raw.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const s = starts[a.span(off, off).line - 1];
    return s !== undefined && ATX_HEADING.test(a.raw.slice(s, s + 12));
  };
}

/**
 * The participants' titles, folded, as word sequences to look up: a whole title
 * ("phó bí thư thành ủy tp.hcm") and each shorter head of two words or more
 * ("thủ tướng" for "thủ tướng chính phủ"), each with the people who hold it.
 * Built once per article, so naming a speaker by title costs the intro's length.
 */
interface TitleIndex {
  whole: Map<string, Set<string>>; heads: Map<string, Set<string>>; longest: number;
  /** folded name → name, and folded last words ("xuân thắng", "thắng") → the first name ending so */
  names: Map<string, string>; ends: Map<string, string>;
}
function titleIndex(people: Participant[]): TitleIndex {
  const ix: TitleIndex = { whole: new Map(), heads: new Map(), longest: 0, names: new Map(), ends: new Map() };
  const add = (m: Map<string, Set<string>>, k: string, who: string) => { let s = m.get(k); if (!s) m.set(k, (s = new Set())); s.add(who); };
  for (const p of people) {
    const w = foldKey(p.name).split(' ');
    if (!ix.names.has(w.join(' '))) ix.names.set(w.join(' '), p.name);
    for (let k = 1; k < w.length; k++) if (!ix.ends.has(w.slice(k).join(' '))) ix.ends.set(w.slice(k).join(' '), p.name);
  }
  for (const p of people) for (const x of p.titles) {
    const words = foldKey(x).split(' ');
    ix.longest = Math.max(ix.longest, words.length);
    if (x.length > 6) add(ix.whole, words.join(' '), p.name);
    for (let n = words.length - 1; n >= 2; n--) add(ix.heads, words.slice(0, n).join(' '), p.name);
  }
  return ix;
}
/** the words of a folded intro, punctuation at their edges set apart ("tp.hcm," → "tp.hcm") */
const INTRO_WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}.\-/&]*[\p{L}\p{M}\p{N}])?/gu;

/**
 * Who speaks an intro sentence: a full name ("Đồng chí Trần Tuấn Anh đề nghị"),
 * or a partial one after an honorific ("ông Thắng cho rằng") completed from the
 * participants or from the latest earlier full mention before it.
 */
function speakerOf(intro: string, before: string, titles: TitleIndex): string | null {
  const found = speakerName(intro);
  if (found) {
    const k = foldKey(found.name);
    const known = titles.names.get(k) ?? (found.partial ? titles.ends.get(k) : undefined);
    if (known) return known;
    if (!found.partial) return found.name;
    const earlier = fullNames(before).filter((h) => foldKey(h.name).endsWith(' ' + k)).pop();
    return earlier?.name ?? found.name;
  }
  if (!titles.longest) return null;
  // "Phó Bí thư Thành ủy TP.HCM đề nghị": a participant named by a title; "Kết luận hội nghị, Thủ tướng yêu cầu":
  // the title said short ("Thủ tướng" for "Thủ tướng Chính phủ"), held by one participant only ("Phó Thủ tướng" is another office)
  const words = Array.from(matches(INTRO_WORD, foldKey(intro)), (m) => m[0]);
  const byTitle = new Set<string>(), byHead = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const deputy = i > 0 && (words[i - 1] === 'phó' || words[i - 1] === 'nguyên');
    let key = words[i];
    for (let n = 2; n <= titles.longest && i + n <= words.length; n++) {
      key += ' ' + words[i + n - 1];
      for (const who of titles.whole.get(key) ?? []) byTitle.add(who);
      if (!deputy) for (const who of titles.heads.get(key) ?? []) byHead.add(who);
    }
  }
  if (byTitle.size === 1) return [...byTitle][0];
  return byHead.size === 1 ? [...byHead][0] : null;
}
