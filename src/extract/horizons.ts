/**
 * Time horizons: targets ("đến năm 2030"), visions ("tầm nhìn đến năm 2045")
 * and periods ("giai đoạn 2021-2030", "từ năm 2021 đến năm 2025",
 * "nhiệm kỳ 2020 - 2025"). The same horizon mentioned again is merged.
 */
import type { Article } from '../article/article.js';
import type { Horizon } from '../types.js';
import { dateWords } from '../data.js';
import { L, R, atWordStart, listed } from '../text/regex.js';
import { matchesAt } from '../text/sticky.js';
import { charTable, isDigit, SPACE as SPACES } from '../text/chars.js';
import { mergeMentions } from './merge.js';
import { Cover } from '../text/cover.js';
import type { Extractor } from './extractor.js';

const W = dateWords();
const YEAR = '((?:19|20)\\d{2})';
// a year without "năm" must not be a count: "đến 2000 người"
const NOT_COUNT = `(?!\\s*(?:[.,]\\d|${listed(W.countAfterYear)})${R})`;
/** a year before the common era is no horizon: "từ năm 2500 đến 2000 TCN" */
const NOT_BC = `(?!\\s*(?:TCN|trước\\s+Công\\s+nguyên)${R})`;

// Word patterns open with their words in either case, not a lookbehind and the i
// flag (several times slower); wordMatches checks the left word edge.
// All are sticky, tried only where yearStarts() finds they can start.
const PERIOD_FROM_TO = new RegExp(`[Tt]ừ\\s+(?:năm\\s+)?${YEAR}\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:năm\\s+)?${YEAR}${R}${NOT_COUNT}${NOT_BC}`, 'yu');
// anchored on the digits (a leading optional group would be tried at every position)
const PERIOD_DASH = new RegExp(`(?<![\\d\\p{L}])${YEAR}\\s*[-–—]\\s*${YEAR}${R}`, 'yu');
const PERIOD_LABEL = new RegExp(`${L}(?:(?:${listed(W.periodLabels)}|\\d+\\s+năm)\\s+)?(?:năm\\s+)?$`, 'iu');
const VISION = new RegExp(`[Tt]ầm nhìn\\s+(?:(?:đến|tới)\\s+)?(?:hết\\s+)?(?:năm\\s+)?${YEAR}${R}${NOT_COUNT}`, 'yu');
const TARGET = new RegExp(`(?:[Đđ]ến|[Tt]ới|[Tt]rước)\\s+(?:(?:hết|cuối)\\s+)?(?:năm\\s+${YEAR}${R}|${YEAR}${R}${NOT_COUNT})${NOT_BC}`, 'yu');

/**
 * Every horizon holds a year, and most articles few: the patterns are tried only near one.
 * PERIOD_DASH starts at a year; the others start at a word (từ, tầm nhìn, đến, tới, trước)
 * followed, up to a year after a space, only by their words' letters and spaces. So from each
 * year after a space the scan walks back over those characters, and a word start there whose
 * letter opens one of the words is where they are tried ("đến hết năm 2030": from 2030 back to đ).
 * A walk back stops at the digits of the year before: the text is read once.
 */
const WORD_CHARS = charTable([...'từ năm đến tới hết trước cuối tầm nhìn'].flatMap((c) => [c, c.toUpperCase()]), true);
const WORD_FIRST = charTable('TtĐđ');
const years: number[] = [], wordStarts: number[] = [];
function yearStarts(body: string): void {
  findYears(body, years);
  wordStarts.length = 0;
  for (const y of years) {
    if (y === 0 || SPACES[body.charCodeAt(y - 1)] === 0) continue;
    let i = y;
    while (i > 0 && WORD_CHARS[body.charCodeAt(i - 1)] === 1) i--;
    for (; i < y; i++) if (WORD_FIRST[body.charCodeAt(i)] === 1 && atWordStart(body, i)) wordStarts.push(i);
  }
}

/**
 * Where a year stands ("1975", "2030"), as a scan for /(?:19|20)\d{2}/g finds them (none inside another: "2020"
 * once, not again at its second "20"), into `out`: "19" and "20" found by indexOf, which passes over the text
 * many times faster than a pattern tried at every offset.
 */
function findYears(body: string, out: number[]): void {
  out.length = 0;
  let at19 = body.indexOf('19'), at20 = body.indexOf('20'), next = 0;
  while (at19 >= 0 || at20 >= 0) {
    let p: number;
    if (at20 < 0 || (at19 >= 0 && at19 < at20)) { p = at19; at19 = body.indexOf('19', p + 1); } else { p = at20; at20 = body.indexOf('20', p + 1); }
    if (p >= next && isDigit(body.charCodeAt(p + 2)) && isDigit(body.charCodeAt(p + 3))) { out.push(p); next = p + 4; }
  }
}

const extractor: Extractor = {
  id: 'horizons',
  needs: [],
  run: (a) => ({ horizons: horizons(a) }),
};
export default extractor;

function horizons(a: Article): Horizon[] {
  const { start: b0, end: b1 } = a.body;
  const body = a.text.slice(b0, b1);
  const found: Array<{ s: number; h: Horizon }> = [];
  let taken: Cover | null = null;
  const free = (s: number, e: number) => taken === null || !taken.any(s, e);
  // the fact is the object given, completed in place (a spread per horizon is a slow copy)
  const add = (s: number, e: number, h: Omit<Horizon, 'span' | 'mentions' | 'text'>) => {
    (taken ??= new Cover(body.length)).mark(s, e);
    const f = h as Horizon;
    f.text = body.slice(s, e).replace(/\s+/g, ' ');
    f.span = a.span(b0 + s, b0 + e);
    f.mentions = [];
    found.push({ s, h: f });
  };

  // every horizon holds a year: most paragraphs of most articles have none
  yearStarts(body);
  if (years.length === 0) return [];
  for (const m of matchesAt(PERIOD_FROM_TO, body, wordStarts)) {
    const from = +m[1], to = +m[2];
    if (to > from) add(m.index!, m.index! + m[0].length, { kind: 'period', from, to });
  }
  for (const m of matchesAt(PERIOD_DASH, body, years)) {
    const e = m.index! + m[0].length;
    const s = m.index! - PERIOD_LABEL.exec(body.slice(Math.max(0, m.index! - 30), m.index!))![0].length;
    const from = +m[1], to = +m[2];
    if (free(s, e) && to > from && to - from <= 50) add(s, e, { kind: 'period', from, to });
  }
  for (const m of matchesAt(VISION, body, wordStarts)) {
    const s = m.index!, e = s + m[0].length;
    if (free(s, e)) add(s, e, { kind: 'vision', year: +m[1] });
  }
  // "Trước năm 1975, …" in an article of 2025 tells of the past: a "before" that the article's year has passed is no target
  const published = a.published ? +a.published.slice(0, 4) : null;
  for (const m of matchesAt(TARGET, body, wordStarts)) {
    const s = m.index!, e = s + m[0].length;
    const year = +(m[1] ?? m[2]);
    if (published !== null && year < published && (body[s] === 't' || body[s] === 'T') && body.startsWith('rước', s + 1)) continue;
    if (free(s, e)) add(s, e, { kind: 'target', year });
  }
  found.sort((x, y) => x.s - y.s);
  const facts = found.map((f) => f.h);
  return mergeMentions(facts, (h) => `${h.kind}|${h.year ?? ''}|${h.from ?? ''}|${h.to ?? ''}`);
}
