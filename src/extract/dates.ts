/**
 * Dates in the body, with their role:
 *   published — the article's own date-time (from the header line)
 *   document  — the date of a cited document ("37-NQ/TW ngày 01/7/2004")
 *   event     — when something reported happened ("sáng 16/11", "Ngày 27/7, ...")
 *   other     — any other date
 * A day without a year takes the publication year, or the year before when
 * that would put it after publication. Dates that do not exist (31/02) are not
 * facts; they become `date-invalid` warnings.
 */
import type { Article } from '../article/article.js';
import type { DateFact, DateRole, Warning } from '../types.js';
import type { CitationMention } from './citations.js';
import { isValidDate, isoDate } from '../text/datetime.js';
import { L, R, matches } from '../text/regex.js';
import { mergeMentions } from './merge.js';

const PARTS: Record<string, string> = {
  'sáng': 'morning', 'rạng sáng': 'early-morning', 'trưa': 'noon', 'chiều': 'afternoon',
  'tối': 'evening', 'đêm': 'night', 'khuya': 'night',
};
const PART = '(rạng sáng|sáng|trưa|chiều|tối|đêm|khuya)';
// words that make a bare d/m a date rather than a fraction ("1/3 dân số")
const LEAD = '(?:ngày|hôm|từ|đến|tới|và|hoặc|trước|sau|đầu|cuối|mùng|mồng)';

// The patterns start at the digits (a regex that starts with optional words is
// tried at every position of the text); the words before are read afterwards.
// d/m[/yyyy] with /, - or .
const NUMERIC_RE = /(?<![\d/-]|\d\.)(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?!\d|\s*[/.-]\s*\d|\s*[/-]\s*[A-ZĐ])/g;
// d tháng m [năm yyyy], after "ngày"
const WORDS_RE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?${R}`, 'giu');
// tháng m/yyyy, tháng m năm yyyy
const MONTH_RE = new RegExp(`${L}tháng\\s+(\\d{1,2})\\s*(?:[/-]|năm)\\s*(\\d{4})${R}`, 'giu');
// what may stand before the day: [part [weekday,]] [lead] [ngày]
const BEFORE_RE = new RegExp(
  `${L}(?:${PART}\\s+(?:(?:thứ\\s+\\S+|chủ nhật)\\s*,?\\s*)?)?(?:(${LEAD})\\s+)?(?:(ngày)\\s+)?$`, 'iu');
const BEFORE_WORDS_RE = new RegExp(`${L}(?:${PART}\\s+)?ngày\\s+$`, 'iu');

/** The words before a day at `s`: where they start, the part of day, the lead word. */
function before(body: string, s: number, re: RegExp): { start: number; part: string | null; lead: string | null; ngay: boolean } | null {
  const w = body.slice(Math.max(0, s - 40), s);
  const m = re.exec(w);
  if (!m || m[0] === '') return re === BEFORE_RE ? { start: s, part: null, lead: null, ngay: false } : null;
  return { start: s - m[0].length, part: m[1] ?? null, lead: m[2] ?? null, ngay: Boolean(m[3]) || re === BEFORE_WORDS_RE };
}

interface Found { s: number; e: number; y: number | null; m: number; d: number | null; part: string | null; lead: string | null }

export function dates(a: Article, mentions: CitationMention[] = []): { dates: DateFact[]; warnings: Warning[] } {
  const { text } = a;
  const { start: b0, end: b1 } = a.body;
  const body = text.slice(b0, b1);
  const found: Found[] = [];
  // characters already read as a date or a citation number: one flag per character,
  // so a check costs the length of the date, not the number of dates before it
  const used = new Uint8Array(body.length + 1);
  const taken = { push: ([x, y]: [number, number]) => { used.fill(1, Math.max(0, x), Math.max(0, Math.min(y, body.length))); } };
  const free = (s: number, e: number) => { for (let i = Math.max(0, s); i < e && i < body.length; i++) if (used[i]) return false; return true; };
  // citation numbers are not dates
  for (const c of mentions) taken.push([c.numStart - b0, c.numEnd - b0]);
  // which citation (1-based) covers each character, for dates written inside one
  const inMention = new Int32Array(body.length + 1);
  mentions.forEach((c, k) => { if (c.dateStart != null) inMention.fill(k + 1, Math.max(0, c.start - b0), Math.max(0, Math.min(c.end - b0, body.length))); });

  for (const m of matches(WORDS_RE, body)) {
    const b = before(body, m.index!, BEFORE_WORDS_RE);
    if (!b) continue;
    const e = m.index! + m[0].length;
    found.push({ s: b.start, e, part: b.part, d: +m[1], m: +m[2], y: m[3] ? +m[3] : null, lead: 'ngày' });
    taken.push([b.start, e]);
  }
  for (const m of matches(NUMERIC_RE, body)) {
    const e = m.index! + m[0].length;
    if (!free(m.index!, e)) continue;
    const [, d, sep, mo, y] = m;
    const b = before(body, m.index!, BEFORE_RE)!;
    // a bare d/m with no year needs a word that makes it a date ("1/3 dân số" is not)
    if (!y && !b.part && !b.lead && !b.ngay) continue;
    // "2-3 người", "1.5 lần": without a year only a slash, or a day-word, makes a date
    if (!y && sep !== '/' && !b.part && !b.ngay && b.lead !== 'ngày') continue;
    const lead = b.ngay ? 'ngày' : b.lead?.toLowerCase() ?? null;
    found.push({ s: b.start, e, part: b.part, d: +d, m: +mo, y: y ? +y : null, lead });
    taken.push([b.start, e]);
  }
  for (const m of matches(MONTH_RE, body)) {
    const s = m.index!, e = s + m[0].length;
    if (!free(s, e)) continue;
    found.push({ s, e, part: null, d: null, m: +m[1], y: +m[2], lead: 'tháng' });
  }
  found.sort((x, y) => x.s - y.s);

  const pub = a.published ? parsePub(a.published) : null;
  const facts: DateFact[] = [];
  const warnings: Warning[] = [];
  if (a.published && a.publishedRange) {
    facts.push({ value: a.published.slice(0, 10), text: a.publishedText ?? '', part: null, role: 'published', span: a.span(a.publishedRange.start, a.publishedRange.end), mentions: [] });
  }
  for (const f of found) {
    const span = a.span(b0 + f.s, b0 + f.e);
    const written = body.slice(f.s, f.e);
    let y = f.y;
    if (y == null) {
      if (!pub) continue; // a day without a year and no publication date: nothing to anchor it to
      y = pub.y;
      if (f.m > pub.m || (f.m === pub.m && (f.d ?? 1) > pub.d)) y -= 1;
    }
    if (f.d != null && !isValidDate(y, f.m, f.d)) {
      // d/m without a year that does not exist is most likely not a date at all
      if (f.y != null || f.lead === 'ngày') warnings.push({ code: 'date-invalid', message: `"${written}" is not a valid date`, span });
      continue;
    }
    if (f.m < 1 || f.m > 12) continue;
    const inCitation = inMention[f.s] !== 0 && inMention[f.s] === inMention[f.e - 1];
    let role: DateRole = 'other';
    if (inCitation) role = 'document';
    else if (f.part || f.y == null || sentenceInitial(body, f.s)) role = 'event';
    facts.push({ value: isoDate(y, f.m, f.d), text: written.trim().replace(/\s+/g, ' '), part: f.part ? PARTS[f.part.toLowerCase()] ?? null : null, role, span, mentions: [] });
  }
  return { dates: mergeMentions(facts, (f) => `${f.value}|${f.role}`), warnings };
}

function parsePub(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return { y, m: m || 12, d: d || 31 };
}

/** Does a sentence start at `pos` ("Ngày 27/7, ...")? */
function sentenceInitial(body: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && /[ \t]/.test(body[i - 1])) i--;
  return i === 0 || /[.!?\n]/.test(body[i - 1]);
}
