/**
 * Dates in the body, with their role:
 *   published — the article's own date-time (from the header line)
 *   document  — the date of a cited document ("37-NQ/TW ngày 01/7/2004")
 *   event     — when something reported happened ("sáng 16/11", "Ngày 27/7, ...")
 *   other     — any other date
 * Forms, each to the precision written (the words are in data/date-words.json):
 *   day      ngày 7/3, 7/3/2017, 3/3/17, ngày 1-7, 12 tháng 10 năm 2017, mồng 3 tháng ba, thứ hai ngày 6 tháng 2
 *   range    từ ngày 15 đến 30/7, 15-16/11, ngày 15-16 tháng 11, từ 28/2 đến 3/3, tháng 3-6/2024 (value and end)
 *   list     ngày 28 và 29/9 (one date per day, the month shared)
 *   month    tháng 6, tháng ba, tháng 10/2017, đầu tháng 7 (edge)
 *   quarter  quý III/2023, quý 2 năm 2024
 *   year     cuối năm 2025, đầu năm nay (only with an edge word: a bare year is a horizon's business)
 *   relative hôm nay, hôm qua, sáng nay, tối qua: days from the publication date
 * A bare d/m (no year, no ngày/mồng, no part of day or weekday) is a date only when
 * something says so: an event or lead word or a time before it ("khai mạc 7/3",
 * "từ 7/3"), a date word after it ("7/3 vừa qua"), a date just before it in a list
 * ("ngày 6/3 và 7/3"), or it opens a sentence before a comma ("7/3, ..."); never
 * before a count ("7/3 số phiếu"). Fractions ("tỷ lệ 3/4") have none of these.
 * A date without a year takes the publication year, or the year before when
 * that would put it after publication by more than UPCOMING_DAYS. Dates that do not exist (31/02) are not
 * facts; the reading keeps them for the `date-invalid` rule.
 * Every look-back and look-ahead reads a bounded window; each pass scans the body once.
 */
import type { Segmentation } from '../article/segment.js';
import type { Article } from '../article/article.js';
import type { DateFact, DateRole, Span } from '../types.js';
import type { Extractor } from './extractor.js';
import type { CitationMention } from './citations.js';
import { DATE_WORDS as W, MONTH_SRC, UPCOMING_DAYS, fullYear, isValidDate, isoDate, monthNumber, plausibleYear } from '../text/datetime.js';
import { L, R, alternation, atWordStart } from '../text/regex.js';
import { matchesAt } from '../text/sticky.js';
import { SPACE, WORD, charTable } from '../text/chars.js';
import { mergeMentions } from './merge.js';

const PART = `(${alternation(Object.keys(W.parts))})`;
const WEEKDAY = `(${alternation(Object.keys(W.weekdays))})`;
const LEAD = `(${alternation(W.leads)})`;
const EVENT = `(${alternation(W.events)})`;
const TIME = '(\\d{1,2}\\s*(?:h|giờ|:)\\s*(?:\\d{1,2}(?:\\s*phút)?)?)';
const TO = `(?:${alternation(W.rangeTo)})`;
const AND = `(?:${alternation(W.listAnd)})`;
const EDGE = `(${alternation(Object.keys(W.edges))})`;
const YEAR_TAIL = '(?:\\s*(?:[/.-]|,?\\s*năm)\\s*(\\d{4})(?!\\d))?';

// The patterns start at digits or a fixed word (a regex that opens with optional
// words is tried at every position of the text); the words before are read afterwards.
// They are sticky, tried only where DAY_START_RE or WORD_START_RE finds they can start:
// one scan of the body for each group instead of one per pattern.

// d[/m[/yyyy]] (đến|-) d/m[/yyyy]: "15-16/11", "từ ngày 15 đến 30/7", "28/12/2023 - 3/1/2024"
const RANGE_RE = new RegExp(`(?<![\\d/.,])(\\d{1,2})(?:\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?)?\\s*${TO}\\s*(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?![\\d/])`, 'yiu');
// d/m[/yyyy|/yy] with /, - or .
const NUMERIC_RE = /(?<![\d/-]|\d\.)(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4})|\s*\/\s*(\d{2})(?![\d/]))?(?!\d|\s*[/.-]\s*\d|\s*[/-]\s*[A-ZĐ])/y;
// d tháng m [năm yyyy]: "12 tháng 10 năm 2017", "mồng 3 tháng ba", "29 Tháng 8 2023"
const WORDS_RE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+tháng\\s+${MONTH_SRC}(?:\\s*(?:,\\s*|[/.-]\\s*)?(?:năm\\s+)?(\\d{4})(?!\\d))?${R}`, 'yiu');
// tháng m[-m2][/yyyy]: "tháng 6", "tháng mười năm 2017", "tháng 3-6/2024", "từ tháng 3 đến tháng 6 năm 2024"
const MONTH_RE = new RegExp(`${L}tháng\\s+${MONTH_SRC}(?:\\s*${TO}\\s*(?:tháng\\s+)?(\\d{1,2})(?!\\d))?${YEAR_TAIL}`, 'yiu');
// quý III/2023, quý 2 năm 2024, quý IV
const QUARTER_RE = new RegExp(`[Qq]uý\\s+(IV|I{1,3}|[1-4])${R}${YEAR_TAIL}`, 'yu');
// đầu năm 2025, cuối năm nay: found at "năm", the edge word read before it
const YEAR_EDGE_RE = new RegExp(`năm\\s+(?:(\\d{4})(?!\\d)|(${alternation(Object.keys(W.relativeYears))})${R})`, 'yu');
// hôm qua, ngày hôm nay, sáng nay, tối qua: found at the last word (a pattern opening with
// a dozen words is tried at every position of the text), the words before read afterwards
const LAST_WORDS = [...Object.keys(W.relative), ...Object.keys(W.relativeAfterPart)].map((p) => p.split(' ').pop()!);
const RELATIVE_END_RE = new RegExp(`(?:${alternation(LAST_WORDS)})${R}`, 'yu');
/**
 * Where the day patterns can start: one or two digits (no more: each pattern's lookbehind
 * refuses a digit before) before a separator, a range word or "tháng", past spaces; what stands
 * there says which patterns can (a dot only NUMERIC_RE, a range word only RANGE_RE: "cho đến",
 * "đến", "tới"; "tháng" only WORDS_RE), read by its first two letters ("5 tỷ" is neither).
 * Only the digits are consumed, so no start is passed over.
 */
const DAY_START_RE = /\d{1,2}(?!\d)(?=\s*([-/.–]|[cC][hH]|[đĐ][ếẾ]|[tT][ớỚ]|([tT][hH])))/g;
const rangeStarts: number[] = [], wordsStarts: number[] = [], numericStarts: number[] = [];
function dayStarts(body: string): void {
  rangeStarts.length = wordsStarts.length = numericStarts.length = 0;
  DAY_START_RE.lastIndex = 0;
  for (let m = DAY_START_RE.exec(body); m; m = DAY_START_RE.exec(body)) {
    const c = m[1];
    if (m[2]) wordsStarts.push(m.index);
    else if (c !== '.') rangeStarts.push(m.index);
    if (c === '/' || c === '.' || c === '-') numericStarts.push(m.index);
  }
}
/** Where the word patterns can start: "tháng" in any case (MONTH_RE), "quý" (QUARTER_RE), "năm" (YEAR_EDGE_RE), the relative words. */
const WORD_START_RE = new RegExp(`([Tt][Hh][Áá][Nn][Gg])|([Qq]uý)|(năm)|(?:${alternation(LAST_WORDS)})`, 'g');
const monthStarts: number[] = [], quarterStarts: number[] = [], yearStarts: number[] = [], relativeStarts: number[] = [];
function wordStarts(body: string): void {
  monthStarts.length = quarterStarts.length = yearStarts.length = relativeStarts.length = 0;
  WORD_START_RE.lastIndex = 0;
  for (let m = WORD_START_RE.exec(body); m; m = WORD_START_RE.exec(body)) {
    if (m[1]) monthStarts.push(m.index);
    else if (m[2]) quarterStarts.push(m.index);
    // "đầu năm", "cuối năm nay": the edge word before is spaced off (EDGE_BEFORE_RE), and matches never overlap
    else if (m[3]) { if (m.index > 0 && SPACE[body.charCodeAt(m.index - 1)] === 1) yearStarts.push(m.index); }
    else if (endsRelativeLast(body, m.index)) relativeStarts.push(m.index);
  }
}
/**
 * Can the word before `s` (past spaces and tabs, as wordBefore reads it) be one of RELATIVE_LAST?
 * Its last letter says no for most "nay" and "qua" ("năm nay", "đi qua"). A relative word's
 * matches never overlap, so a start refused here is one the scan would refuse.
 */
function endsRelativeLast(body: string, s: number): boolean {
  let i = s;
  for (let k = 0; k < 6 && i > 0 && (body[i - 1] === ' ' || body[i - 1] === '\t'); k++) i--;
  return i > 0 && RELATIVE_LAST_END.has(body[i - 1].toLowerCase());
}
const RELATIVE_RE = new RegExp(`${L}(?:${PART}\\s+(${alternation(Object.keys(W.relativeAfterPart))})|(${alternation(Object.keys(W.relative))}))$`, 'iu');

// the words before a day: [event word] [part] [time,] [weekday,] [lead] [ngày] [mồng]; the event word is not part of the date
const BEFORE_RE = new RegExp(`${L}(?:${EVENT}\\s+)?(?:${PART}\\s+)?(?:${TIME}\\s*,?\\s*)?(?:${WEEKDAY}\\s*[,(]?\\s*)?(?:${LEAD}\\s+)?(?:(ngày)\\s+)?(?:(mồng|mùng)\\s+)?$`, 'iu');
const SPACES_RE = /^\s*/;
// The last word each of those groups can end with: a day with none of them (or a time) just before it has no
// words before it to read, so the patterns above, tried at every position of their window, are spared.
const lastToken = (p: string) => p.split(' ').pop()!.toLowerCase();
const BEFORE_LAST = new Set([...W.events, ...Object.keys(W.parts), ...Object.keys(W.weekdays), ...W.leads, 'ngày', 'mồng', 'mùng', 'h', 'giờ', 'phút', 'nay', 'qua'].map(lastToken));
const RELATIVE_LAST = new Set([...Object.keys(W.parts), 'hôm'].map(lastToken));
const RELATIVE_LAST_END = new Set([...RELATIVE_LAST].map((w) => w.at(-1)!));
const HAS_DIGIT = /\d/;
/** what wordBefore passes over before a day's words ("Sáng 7/3", "(thứ Hai, 7/3)") and before a relative word ("sáng  nay") */
const BEFORE_SKIP = charTable(' \t\n,('), RELATIVE_SKIP = charTable(' \t');

/**
 * The word just before `s`, past spaces (and `skip`: commas, an opening bracket), lower-cased; "" if none.
 * (Read by code unit: a regex test per character cost more than the rest of the reading.)
 */
function wordBefore(body: string, s: number, skip: Uint8Array): string {
  let i = s;
  for (let k = 0; k < 6 && i > 0 && skip[body.charCodeAt(i - 1)] === 1; k++) i--;
  let j = i;
  for (let k = 0; k < 12 && j > 0 && (WORD[body.charCodeAt(j - 1)] === 1 || body.charCodeAt(j - 1) === 58); k++) j--;
  return body.slice(j, i).toLowerCase();
}
// "Chiều nay (7/12)", "hôm qua (6/3)", "Hôm qua 6-4": the day right after a relative word names it
const RELATIVE_BEFORE_RE = new RegExp(`${L}(?:${PART}\\s+(?:hôm\\s+)?(?:nay|qua)|hôm\\s+(?:nay|qua))\\s*[(,]?\\s*$`, 'iu');
const RELATIVE_GATE_RE = /(?:nay|qua)\s*[(,]?\s*$/;
// a day listed before a date: "ngày 28 và 29/9", "ngày 28, 29 và 30/9"
const LIST_BEFORE_RE = new RegExp(`(?<![\\d/.])(\\d{1,2})\\s*${AND}\\s*(?:ngày\\s+)?$`, 'iu');
// the first day of a range before "d tháng m": "ngày 15-16 tháng 11", "từ ngày 15 đến ngày 20 tháng 7"
const RANGE_BEFORE_RE = new RegExp(`(?<![\\d/.])(\\d{1,2})\\s*${TO}\\s*(?:ngày\\s+)?$`, 'iu');
// a date just before, joined by a list or range word: "ngày 6/3 và 7/3"
const CONT_RE = new RegExp(`(?:${AND}|${TO})\\s*(?:ngày\\s+)?$`, 'iu');
const FROM_RE = /(?:kể\s+)?từ\s+$/iu;
const EDGE_BEFORE_RE = new RegExp(`${L}${EDGE}\\s+$`, 'iu');
const AFTER_RE = new RegExp(`^\\s*(?:${alternation(W.after)})(?![\\p{L}\\p{M}])`, 'iu');
const FRACTION_RE = new RegExp(`^\\s*(?:${alternation(W.fractionAfter)})(?![\\p{L}\\p{M}])`, 'iu');
const COUNT_RE = new RegExp(`^\\s*(?:${alternation(W.countAfter)})(?![\\p{L}\\p{M}])`, 'iu');
const YEAR_AFTER_RE = new RegExp(`^\\s*,?\\s*năm\\s+(${alternation(Object.keys(W.relativeYears))})${R}`, 'iu');
const GAP_TO_RE = new RegExp(`^\\s*${TO}\\s*(?:hết\\s+)?(?:ngày\\s+)?$`, 'iu');
const OPEN_PAREN_RE = /\(\s*$/;
const CLOSE_PAREN_RE = /^\s*\)/;
const COMMA_AFTER_RE = /^\s*,/;
const NUMBER_BEFORE_RE = /\d\s*$/;
// "ánh sáng qua khe cửa": light passing, not last morning
const LIGHT_RE = /(?<![\p{L}\p{M}])ánh\s+$/iu;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

type Precision = DateFact['precision'];
interface Ymd { y: number | null; m: number; d: number | null }
interface Found {
  s: number; e: number; y: number | null; m: number; d: number | null; precision: Precision;
  end: Ymd | null; part: string | null; edge: string | null;
  /** days or years from publication */
  rel: number | null;
  /** written as a date beyond doubt (a year, ngày/mồng, a weekday or part of day): a day that does not exist is a fault */
  strong: boolean;
  from: boolean;
  /** a relative day ("hôm qua", "sáng nay"), and its days from publication */
  relative: boolean;
  days?: number;
}
interface Before { start: number; part: string | null; strong: boolean; evidence: boolean; paren: boolean }

// Flags over the body's positions, in one buffer reused across articles (a fresh array per
// article costs more than the scan): only the ranges set are cleared afterwards.
const TAKEN = 1, ENDS = 2, DOC = 4, SENTENCE = 8;
let flags = new Uint8Array(1 << 16);
const dirty: number[] = [];
function setFlag(s: number, e: number, flag: number, n: number): void {
  s = Math.max(0, s); e = Math.min(n, e);
  for (let i = s; i < e; i++) flags[i] |= flag;
  if (e > s) dirty.push(s, e);
}
function clearFlags(): void {
  for (let k = 0; k < dirty.length; k += 2) flags.fill(0, dirty[k], dirty[k + 1]);
  dirty.length = 0;
}

/** `s` with each run of spaces made one space; most dates as written have none to fold, and are read without a regex. */
function oneSpaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (SPACE[c] === 1 && (c !== 32 || SPACE[s.charCodeAt(i + 1)] === 1)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

const lower = (s: string | undefined | null) => (s ? s.toLowerCase().replace(/\s+/g, ' ') : null);

/**
 * What the date grammar reads in the body: each date mention as a fact (in text
 * order, not yet merged), and the strongly marked dates that do not exist
 * ("ngày 31/02/2021"), as written.
 */
export interface DateReading {
  mentions: DateFact[];
  invalid: Array<{ text: string; span: Span }>;
}

const extractor: Extractor = {
  id: 'dates',
  needs: ['dateMentions'],
  run: (a, { dateMentions }) => ({ dates: dates(a, dateMentions.mentions) }),
};
export default extractor;

/** The article's own date first, then the body's; a date said again is a mention of the first. */
function dates(a: Article, mentions: DateFact[]): DateFact[] {
  const facts: DateFact[] = [];
  if (a.published && a.publishedRange) {
    const value = a.published.slice(0, 10);
    const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
    facts.push({ value, text: a.publishedText ?? '', part: null, role: 'published', span: a.span(a.publishedRange.start, a.publishedRange.end), mentions: [], precision });
  }
  // the reading is shared: its facts are copied, not given mentions in place
  for (const m of mentions) facts.push({ ...m, mentions: [] });
  return mergeMentions(facts, (f) => `${f.value ?? f.text}|${f.end ?? ''}|${f.edge ?? ''}|${f.role}`);
}

/** The date mentions of the body; `mentions` are the citations (their numbers are no dates), `seg` the body's sentences. */
export function readDates(a: Article, mentions: CitationMention[], seg: () => Segmentation): DateReading {
  if (flags.length < a.body.end - a.body.start + 2) flags = new Uint8Array(Math.max(flags.length * 2, a.body.end - a.body.start + 2));
  try {
    return datesIn(a, mentions, seg);
  } finally {
    clearFlags();
  }
}

function datesIn(a: Article, mentions: CitationMention[], seg: () => Segmentation): DateReading {
  const { text } = a;
  const { start: b0, end: b1 } = a.body;
  const body = text.slice(b0, b1);
  const found: Found[] = [];
  const n = body.length + 1;
  const free = (s: number, e: number) => { for (let i = s; i < e; i++) if (flags[i] & TAKEN) return false; return true; };
  const take = (f: Found) => { found.push(f); setFlag(f.s, f.e, TAKEN, n); setFlag(f.e, f.e + 1, ENDS, n); };
  const win = (s: number, len: number) => body.slice(Math.max(0, s - len), s);
  // where the body's sentences start (the article's one segmentation), marked when first asked
  let sentencesMarked = false;
  const sentenceInitial = (pos: number) => {
    if (!sentencesMarked) {
      sentencesMarked = true;
      for (const x of seg().sentences) setFlag(x.start - b0, x.start - b0 + 1, SENTENCE, n);
    }
    return (flags[pos] & SENTENCE) !== 0;
  };
  // citation numbers are not dates
  for (const c of mentions) setFlag(c.numStart - b0, c.numEnd - b0, TAKEN, n);

  function before(s: number): Before {
    const wb = wordBefore(body, s, BEFORE_SKIP);
    if (!BEFORE_LAST.has(wb) && !HAS_DIGIT.test(wb)) return { start: s, part: null, strong: false, evidence: false, paren: false };
    const w = win(s, 48);
    const p = RELATIVE_GATE_RE.test(w) ? RELATIVE_BEFORE_RE.exec(w) : null;
    if (p) return { start: s - p[0].length, part: lower(p[1]), strong: true, evidence: true, paren: OPEN_PAREN_RE.test(p[0]) };
    const m = BEFORE_RE.exec(w);
    if (!m || m[0] === '') return { start: s, part: null, strong: false, evidence: false, paren: false };
    const [, event, part, time, weekday, lead, ngay, mong] = m;
    const strong = Boolean(part || weekday || ngay || mong);
    let start = s - m[0].length;
    if (event) start += event.length + SPACES_RE.exec(m[0].slice(event.length))![0].length;
    return { start, part: lower(part), strong, evidence: strong || Boolean(time || lead || event), paren: OPEN_PAREN_RE.test(m[0]) };
  }
  /** Is there a date just before `s`, joined by a list or range word? */
  function continues(s: number): boolean {
    const m = CONT_RE.exec(win(s, 16));
    if (!m) return false;
    let i = s - m[0].length;
    for (let k = 0; k < 4 && i > 0 && body[i - 1] === ' '; k++) i--;
    return (flags[i] & ENDS) !== 0;
  }
  /** Days listed before the day at `s` ("ngày 28, 29 và 30/9"): their positions, nearest last. */
  function listed(s: number): Array<{ s: number; e: number; d: number }> {
    const out: Array<{ s: number; e: number; d: number }> = [];
    for (let k = 0; k < 4; k++) {
      const m = LIST_BEFORE_RE.exec(win(s, 20));
      if (!m) break;
      const ds = s - m[0].length;
      if (!free(ds, ds + m[1].length)) break;
      out.unshift({ s: ds, e: ds + m[1].length, d: +m[1] });
      s = ds;
    }
    return out;
  }
  /** "năm nay", "năm ngoái" after a date without a year: years from publication, and where it ends. */
  function yearAfter(e: number): { rel: number; e: number } | null {
    const m = YEAR_AFTER_RE.exec(body.slice(e, e + 16));
    return m ? { rel: W.relativeYears[m[1].toLowerCase()], e: e + m[0].length } : null;
  }
  // every field written out, in one shape: a spread of defaults per date is a slow copy
  const base = (s: number, e: number, m: number, precision: Precision, o: Partial<Found>): Found => ({
    s, e, y: o.y ?? null, m, d: o.d ?? null, precision, end: o.end ?? null, part: o.part ?? null, edge: o.edge ?? null,
    rel: o.rel ?? null, strong: o.strong ?? false, from: o.from ?? false, relative: o.relative ?? false, days: o.days,
  });

  dayStarts(body);
  wordStarts(body);
  // ranges of days: "15-16/11", "từ ngày 15 đến 30/7", "28/12/2023 - 3/1/2024"
  for (const m of matchesAt(RANGE_RE, body, rangeStarts)) {
    const s0 = m.index!, e0 = s0 + m[0].length;
    if (!free(s0, e0)) continue;
    const d1 = +m[1], m2 = +m[5], d2 = +m[4];
    const m1 = m[2] ? +m[2] : m2;
    const y2 = m[6] ? +m[6] : null;
    const y1 = m[3] ? +m[3] : null;
    const b = before(s0);
    const after = body.slice(e0, e0 + 24);
    // two days and a month ("15-16/11") read as a range even without a lead word; not before a count ("2-3/4 số")
    if (y1 == null && y2 == null && FRACTION_RE.test(after) && !b.strong) continue;
    if (m1 === m2 && (y1 ?? y2) === y2 && d1 >= d2) continue; // "20-15/7" is no range
    take(base(b.start, e0, m1, 'day', { y: y1, d: d1, end: { y: y2, m: m2, d: d2 }, part: b.part, strong: true, from: FROM_RE.test(win(b.start, 8)) }));
  }
  // d tháng m [năm yyyy]
  for (const m of matchesAt(WORDS_RE, body, wordsStarts)) {
    const s0 = m.index!, e0 = s0 + m[0].length;
    if (!free(s0, e0)) continue;
    const mo = monthNumber(m[2]);
    const y = m[3] ? +m[3] : null;
    if (!mo || (y != null && !plausibleYear(y))) continue;
    if (m[2] === 'năm' && y == null) continue; // "7 tháng năm": no month named
    const r = RANGE_BEFORE_RE.exec(win(s0, 24));
    const first = r && +r[1] < +m[1] ? s0 - r[0].length : s0;
    const list = r ? [] : listed(s0);
    const b = before(list.length ? list[0].s : first);
    // without a year, only ngày/mồng, a weekday or a part of day make "12 tháng 10" a date, not twelve months
    if (y == null && !b.strong) continue;
    const ya = y == null ? yearAfter(e0) : null;
    for (const l of list) take(base(l === list[0] ? b.start : l.s, l.e, mo, 'day', { y, d: l.d, part: b.part, strong: true, rel: ya?.rel ?? null }));
    const s = list.length ? s0 : b.start;
    const f: Found = base(s, ya?.e ?? e0, mo, 'day', { y, d: +m[1], part: b.part, strong: true, rel: ya?.rel ?? null, from: FROM_RE.test(win(b.start, 8)) });
    if (first !== s0) { f.d = +r![1]; f.end = { y, m: mo, d: +m[1] }; }
    take(f);
  }
  // d/m[/yyyy]
  for (const m of matchesAt(NUMERIC_RE, body, numericStarts)) {
    const s0 = m.index!;
    let e0 = s0 + m[0].length;
    if (!free(s0, e0)) continue;
    const [, ds, sep, ms, y4, y2] = m;
    if (y2 && sep !== '/') continue;
    const y = y4 ? +y4 : y2 ? fullYear(y2) : null;
    const list = y == null ? listed(s0) : [];
    const b = before(list.length ? list[0].s : s0);
    const after = body.slice(e0, e0 + 24);
    // "7/3 số phiếu", "2-3 người", "1.5 lần": a count, unless ngày, a weekday or a part of day says otherwise
    // (asked first: it refuses most of these numbers, and then what else says "date" need not be read)
    if (y == null && !b.strong && (sep !== '/' || FRACTION_RE.test(after))) continue;
    const ok = y != null || b.evidence || (list.length === 0 && continues(s0)) || AFTER_RE.test(after)
      || (sentenceInitial(b.start) && COMMA_AFTER_RE.test(after));
    if (!ok) continue;
    if (b.paren) { const close = CLOSE_PAREN_RE.exec(after); if (close) e0 += close[0].length; }
    const ya = y == null ? yearAfter(e0) : null;
    const strong = y != null || b.strong;
    for (const l of list) take(base(l === list[0] ? b.start : l.s, l.e, +ms, 'day', { d: l.d, part: b.part, strong, rel: ya?.rel ?? null }));
    take(base(list.length ? s0 : b.start, ya?.e ?? e0, +ms, 'day', { y, d: +ds, part: b.part, strong, rel: ya?.rel ?? null, from: FROM_RE.test(win(b.start, 8)) }));
  }
  // tháng m[-m2][/yyyy]
  for (const m of matchesAt(MONTH_RE, body, monthStarts)) {
    const s0 = m.index!, e0 = s0 + m[0].length;
    if (!free(s0, e0)) continue;
    const mo = monthNumber(m[1]);
    const m2 = m[2] ? +m[2] : null;
    const y = m[3] ? +m[3] : null;
    if (!mo || (m2 != null && (m2 > 12 || m2 <= mo)) || (y != null && !plausibleYear(y))) continue;
    const w = win(s0, 24);
    // "6 tháng 2 lần", "mỗi tháng 2 lần", "12 tháng 10 ngày": a count of months
    if (NUMBER_BEFORE_RE.test(w) || (y == null && COUNT_RE.test(body.slice(e0, e0 + 16)))) continue;
    const edge = EDGE_BEFORE_RE.exec(w);
    const numeric = /^\d/.test(m[1]);
    if (!numeric && y == null) {
      // a month word alone ("tháng hai") needs a capital ("tháng Hai") or a word before it that makes it a month
      if (m[1] === 'năm') continue;
      if (m[1][0] === m[1][0].toLowerCase() && !edge && !before(s0).evidence) continue;
    }
    const ya = y == null ? yearAfter(e0) : null;
    const s = edge ? s0 - edge[0].length : s0;
    take(base(s, ya?.e ?? e0, mo, 'month', { y, end: m2 ? { y, m: m2, d: null } : null, edge: lower(edge?.[1]), rel: ya?.rel ?? null, strong: true, from: FROM_RE.test(win(s, 8)) }));
  }
  // quý III/2023
  for (const m of matchesAt(QUARTER_RE, body, quarterStarts)) {
    const s0 = m.index!, e0 = s0 + m[0].length;
    if (!atWordStart(body, s0) || !free(s0, e0)) continue;
    const q = ROMAN[m[1].toLowerCase()] ?? +m[1];
    const y = m[2] ? +m[2] : null;
    if (y != null && !plausibleYear(y)) continue;
    const edge = EDGE_BEFORE_RE.exec(win(s0, 12));
    const ya = y == null ? yearAfter(e0) : null;
    const s = edge ? s0 - edge[0].length : s0;
    take(base(s, ya?.e ?? e0, (q - 1) * 3 + 1, 'quarter', { y, edge: lower(edge?.[1]), rel: ya?.rel ?? null, strong: true }));
  }
  // cuối năm 2025, đầu năm nay
  for (const m of matchesAt(YEAR_EDGE_RE, body, yearStarts)) {
    const edge = EDGE_BEFORE_RE.exec(win(m.index!, 8));
    if (!edge) continue;
    const s0 = m.index! - edge[0].length, e0 = m.index! + m[0].length;
    if (!free(s0, e0)) continue;
    const y = m[1] ? +m[1] : null;
    if (y != null && !plausibleYear(y)) continue;
    take(base(s0, e0, 1, 'year', { y, edge: lower(edge[1]), rel: y == null ? W.relativeYears[m[2].toLowerCase()] : null, strong: true }));
  }
  // hôm qua, sáng nay
  for (const t of matchesAt(RELATIVE_END_RE, body, relativeStarts)) {
    const e0 = t.index! + t[0].length;
    if (!atWordStart(body, t.index!) || !RELATIVE_LAST.has(wordBefore(body, t.index!, RELATIVE_SKIP))) continue;
    const m = RELATIVE_RE.exec(win(e0, 24));
    if (!m) continue;
    const s0 = e0 - m[0].length;
    if (!free(s0, e0)) continue;
    // "sáng Mai" is rather a name; "ánh sáng qua" is light, not a morning
    if (m[2] && (/^M/.test(m[2]) || LIGHT_RE.test(win(s0, 8)))) continue;
    const days = m[2] ? W.relativeAfterPart[lower(m[2])!] : W.relative[lower(m[3])!];
    take(base(s0, e0, 1, 'day', { part: lower(m[1]), strong: true, relative: true, days }));
  }
  found.sort((x, y) => x.s - y.s);

  // "từ ngày 15/7 đến ngày 30/7", "từ tháng 3 đến tháng 6/2024": two dates joined into a range
  const joined: Found[] = [];
  for (const f of found) {
    const prev = joined[joined.length - 1];
    if (prev && prev.from && !prev.end && !f.end && prev.precision === f.precision && f.precision !== 'year'
      && !prev.relative && !f.relative && f.s - prev.e < 24 && GAP_TO_RE.test(body.slice(prev.e, f.s))) {
      prev.end = { y: f.y, m: f.m, d: f.d };
      prev.e = f.e;
      continue;
    }
    joined.push(f);
  }

  const pub = a.published ? parsePub(a.published) : null;
  const facts: DateFact[] = [];
  const invalid: DateReading['invalid'] = [];
  // citation dates, as marks over the body (no search per date)
  for (const c of mentions) if (c.dateStart != null) setFlag(c.start - b0, c.end - b0, DOC, n);

  for (const f of joined) {
    const span = a.span(b0 + f.s, b0 + f.e);
    const written = oneSpaced(body.slice(f.s, f.e).trim());
    const part = f.part ? W.parts[f.part] ?? null : null;
    // the fields in the order of the output, written out: a spread per fact is a slow copy
    const fact = (value: string | null, role: DateRole): DateFact => ({ value, text: written, part, role, span, mentions: [], precision: f.precision });
    const days = f.days;
    if (f.relative && days != null) {
      const value = pub?.day ? addDays(pub, days) : null;
      const out = fact(value, 'event');
      out.relative = days;
      if (!value) out.resolved = false;
      facts.push(out);
      continue;
    }
    // the year: as written, counted from publication ("năm nay"), borrowed from the range's end, or the publication's
    let y = f.y;
    let endY = f.end ? f.end.y ?? f.y : null;
    if (f.rel != null) {
      if (!pub) {
        // "cuối năm nay" with no publication date: kept, unresolved; a day of "năm nay" has no year to take
        if (f.precision === 'year') {
          const out = fact(null, 'event');
          if (f.edge) out.edge = W.edges[f.edge] as DateFact['edge'];
          out.relative = f.rel;
          out.resolved = false;
          facts.push(out);
        }
        continue;
      }
      y = endY = pub.y + f.rel;
    }
    if (f.end && endY == null) {
      if (!pub) continue;
      endY = anchor(pub, f.end.m, f.end.d);
    }
    if (y == null) {
      if (f.end) y = endY! - (later(f.m, f.d, f.end.m, f.end.d) ? 1 : 0);
      else if (pub) y = anchor(pub, f.m, f.d);
      else continue; // a day without a year and no publication date: nothing to anchor it to
    }
    const bad = (f.d != null && !isValidDate(y, f.m, f.d)) || (f.end?.d != null && !isValidDate(endY!, f.end.m, f.end.d));
    if (bad || f.m < 1 || f.m > 12) {
      if (f.strong) invalid.push({ text: written, span });
      continue;
    }
    const value = valueOf(f.precision, y, f.m, f.d);
    const end = f.end ? valueOf(f.precision, endY!, f.end.m, f.end.d) : null;
    if (end && end <= value) continue;
    let role: DateRole = 'other';
    if (flags[f.s] & DOC) role = 'document';
    else if (f.part || f.y == null || sentenceInitial(f.s)) role = 'event';
    const out = fact(value, role);
    if (end) out.end = end;
    if (f.edge) out.edge = W.edges[f.edge] as DateFact['edge'];
    if (f.rel != null && f.precision === 'year') out.relative = f.rel;
    facts.push(out);
  }
  return { mentions: facts, invalid };
}

function valueOf(p: Precision, y: number, m: number, d: number | null): string {
  if (p === 'year') return String(y);
  if (p === 'quarter') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return isoDate(y, m, p === 'day' ? d : null);
}

/** Is m1/d1 after m2/d2 in the calendar year? */
function later(m1: number, d1: number | null, m2: number, d2: number | null): boolean {
  return m1 > m2 || (m1 === m2 && (d1 ?? 1) > (d2 ?? 31));
}

interface Pub { y: number; m: number; d: number; day: boolean }

/**
 * The year of a day or month written without one: the publication's, or the year before if that would be after
 * publication, unless within UPCOMING_DAYS of it (an event the page announces).
 */
function anchor(pub: Pub, m: number, d: number | null): number {
  if (!later(m, d ?? 1, pub.m, pub.d)) return pub.y;
  const ahead = (Date.UTC(pub.y, m - 1, d ?? 1) - Date.UTC(pub.y, pub.m - 1, pub.d)) / 86_400_000;
  return pub.day && d != null && ahead <= UPCOMING_DAYS ? pub.y : pub.y - 1;
}

function parsePub(iso: string): Pub {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return { y, m: m || 12, d: d || 31, day: Boolean(d) };
}

function addDays(pub: Pub, n: number): string {
  const t = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + n));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

