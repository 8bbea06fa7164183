/**
 * Time horizons: targets ("đến năm 2030"), visions ("tầm nhìn đến năm 2045")
 * and periods ("giai đoạn 2021-2030", "từ năm 2021 đến năm 2025",
 * "nhiệm kỳ 2020 - 2025"). The same horizon mentioned again is merged.
 */
import type { Article } from '../article/article.js';
import type { Horizon } from '../types.js';
import { dateWords } from '../data.js';
import { L, R, listed, matches, wordMatches } from '../text/regex.js';
import { mergeMentions } from './merge.js';
import { Cover } from '../text/cover.js';
import type { Extractor } from './extractor.js';

const W = dateWords();
const YEAR = '((?:19|20)\\d{2})';
// a year without "năm" must not be a count: "đến 2000 người"
const NOT_COUNT = `(?!\\s*(?:[.,]\\d|${listed(W.countAfterYear)})${R})`;

// Word patterns open with their words in either case, not a lookbehind and the i
// flag (several times slower); wordMatches checks the left word edge.
const PERIOD_FROM_TO = new RegExp(`[Tt]ừ\\s+(?:năm\\s+)?${YEAR}\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:năm\\s+)?${YEAR}${R}${NOT_COUNT}`, 'gu');
// anchored on the digits (a leading optional group would be tried at every position)
const PERIOD_DASH = new RegExp(`(?<![\\d\\p{L}])${YEAR}\\s*[-–—]\\s*${YEAR}${R}`, 'gu');
const PERIOD_LABEL = new RegExp(`${L}(?:(?:${listed(W.periodLabels)}|\\d+\\s+năm)\\s+)?(?:năm\\s+)?$`, 'iu');
const VISION = new RegExp(`[Tt]ầm nhìn\\s+(?:(?:đến|tới)\\s+)?(?:hết\\s+)?(?:năm\\s+)?${YEAR}${R}${NOT_COUNT}`, 'gu');
const TARGET = new RegExp(`(?:[Đđ]ến|[Tt]ới|[Tt]rước)\\s+(?:(?:hết|cuối)\\s+)?(?:năm\\s+${YEAR}${R}|${YEAR}${R}${NOT_COUNT})`, 'gu');

const extractor: Extractor = {
  id: 'horizons',
  needs: [],
  run: (a) => ({ horizons: horizons(a) }),
};
export default extractor;

function horizons(a: Article): Horizon[] {
  const { start: b0, end: b1 } = a.body;
  const body = a.text.slice(b0, b1);
  const found: Array<Horizon & { s: number }> = [];
  const taken = new Cover(body.length);
  const free = (s: number, e: number) => !taken.any(s, e);
  const add = (s: number, e: number, h: Omit<Horizon, 'span' | 'mentions' | 'text'>) => {
    taken.mark(s, e);
    found.push({ ...h, text: body.slice(s, e).replace(/\s+/g, ' '), span: a.span(b0 + s, b0 + e), mentions: [], s });
  };

  // every horizon holds a year: most paragraphs of most articles have none
  if (!/(?:19|20)\d\d/.test(body)) return [];
  for (const m of wordMatches(PERIOD_FROM_TO, body, 0, body.length)) {
    const from = +m[1], to = +m[2];
    if (to > from) add(m.index!, m.index! + m[0].length, { kind: 'period', from, to });
  }
  for (const m of matches(PERIOD_DASH, body)) {
    const e = m.index! + m[0].length;
    const s = m.index! - PERIOD_LABEL.exec(body.slice(Math.max(0, m.index! - 30), m.index!))![0].length;
    const from = +m[1], to = +m[2];
    if (free(s, e) && to > from && to - from <= 50) add(s, e, { kind: 'period', from, to });
  }
  for (const m of wordMatches(VISION, body, 0, body.length)) {
    const s = m.index!, e = s + m[0].length;
    if (free(s, e)) add(s, e, { kind: 'vision', year: +m[1] });
  }
  for (const m of wordMatches(TARGET, body, 0, body.length)) {
    const s = m.index!, e = s + m[0].length;
    if (free(s, e)) add(s, e, { kind: 'target', year: +(m[1] ?? m[2]) });
  }
  found.sort((x, y) => x.s - y.s);
  const facts: Horizon[] = found.map(({ s: _s, ...h }) => h);
  return mergeMentions(facts, (h) => `${h.kind}|${h.year ?? ''}|${h.from ?? ''}|${h.to ?? ''}`);
}
