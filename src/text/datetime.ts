/** Calendar helpers shared by the article header parser and the dates extractor. */
import { dateWords, englishMonths } from '../data.js';
import { alternation } from './regex.js';

export type DateWords = ReturnType<typeof dateWords>;
/** data/date-words.json: month, weekday, part-of-day, relative-day and range words. */
export const DATE_WORDS = dateWords();

/** What a date or date-time names, from the widest to the narrowest. */
export type Precision = 'year' | 'quarter' | 'month' | 'day' | 'minute' | 'second';

/** The precision of an ISO 8601 value as written: "2023" year, "2023-10" month, "2023-10-05T08:00" minute. */
export function precisionOfIso(value: string): Precision {
  return value.length <= 4 ? 'year' : value.length <= 7 ? 'month' : value.length <= 10 ? 'day' : value.length <= 16 ? 'minute' : 'second';
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 at the precision given: 2004, 2004-07, 2004-07-01. */
export function isoDate(y: number, m?: number | null, d?: number | null): string {
  if (m == null) return String(y);
  if (d == null) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function isoTime(h: number, min: number, sec?: number | null): string {
  return sec == null ? `${pad(h)}:${pad(min)}` : `${pad(h)}:${pad(min)}:${pad(sec)}`;
}

/** Years a date may plausibly carry in these articles. */
/**
 * How many days after its publication a page's day without a year may fall and keep the page's year: the
 * events it announces ("Hội nghị diễn ra trong hai ngày 15-16/12" on a page of 7/12). A day further on is
 * last year's ("Sáng 16/11, hội nghị khai mạc" on a page of June).
 */
export const UPCOMING_DAYS = 45;

export function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

/** A year as written: two digits are 2000–2049 or 1950–1999 (`3/3/17` is 2017, `3/9/91` is 1991). */
export function fullYear(written: string): number {
  const n = +written;
  if (written.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** The month a word after `tháng` names: `3`, `03`, `ba`, `Giêng`; null if none. */
export function monthNumber(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) return +word >= 1 && +word <= 12 ? +word : null;
  return DATE_WORDS.months[word.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** A month after `tháng`: a number or a month word (`tháng 3`, `tháng ba`, `Tháng Mười Hai`). */
export const MONTH_SRC = `(\\d{1,2}(?!\\d)|(?:${alternation(Object.keys(DATE_WORDS.months))})(?![\\p{L}\\p{M}\\p{N}]))`;

/** The first day a date value names, comparable as a string: 2023-Q3 → 2023-07; other ISO values as they are. */
export function periodStart(value: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  return q ? isoDate(+q[1], (+q[2] - 1) * 3 + 1) : value;
}

/**
 * A day in a page's address, as blog engines and some portals file their articles: "/2026/12/07/slug",
 * "/tin-tuc/2026-12-07-…", "…-20261207…": year, month and day, each part apart from the address's other digits.
 */
const ADDRESS_DAY = /(?<![\d])((?:19|20)\d\d)([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d])/;
export function dayInAddress(url: string): string | null {
  const m = ADDRESS_DAY.exec(url.slice(0, 500));
  return m && isValidDate(+m[1], +m[3], +m[4]) ? isoDate(+m[1], +m[3], +m[4]) : null;
}

// ---- the date-time of a header line -------------------------------------------------------

// 2023-10-05, 2023-10-05T08:00:00+07:00, 2026-03-07 08:52:11.000 +07:00
const ISO_RE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?(?![\d])/;
// 2022-07 (year and month); not 2021-2025
const YM_RE = /(?<![\d\-/.])(\d{4})-(\d{2})(?![\d\-/.]?\d)/;
// dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, dd/mm/yy
const DMY_RE = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?!\d)/;
// 29 Tháng 8 2023, ngày 17 tháng 11 năm 2022, 29 tháng Tám, 2023, 7 tháng 3/2023; "07 Th12 2026" (blog engines' "d M Y")
const DMY_WORDS_RE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(?:tháng\\s+${MONTH_SRC}|th(\\d{1,2})(?!\\d))\\s*(?:,\\s*|[/.-]\\s*)?(?:năm\\s+)?(\\d{4})(?!\\d)`, 'iu');
// Tháng 7/2022, tháng 7 năm 2022, tháng Bảy, 2022
const MY_WORDS_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])tháng\\s+${MONTH_SRC}\\s*(?:[/.-]|,|,?\\s*năm)\\s*(\\d{4})(?!\\d)`, 'iu');
// The month first, as blog engines print English's "F j, Y" and "M j, Y" in Vietnamese: "Tháng 12 07, 2026",
// "Tháng Mười Hai 7, 2026", "Th12 7, 2026". The comma before the year is what says day, not a count.
const MDY_WORDS_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:tháng\\s+${MONTH_SRC}|th(\\d{1,2})(?!\\d))\\s+(\\d{1,2})(?!\\d)\\s*,\\s*(\\d{4})(?!\\d)`, 'iu');
// English stamps on blog-hosted copies: "Tuesday, November 22, 2016", "Dec 07, 2026", "7 December 2026", "Sept. 7, 2026"
const MONTHS = englishMonths().english;
/** an English month's name or its first three letters (and "Sept"), lower case → its number */
const EN_MONTH_OF = new Map(MONTHS.flatMap((m, k) => [[m.toLowerCase(), k + 1], [m.slice(0, 3).toLowerCase(), k + 1]] as Array<[string, number]>));
EN_MONTH_OF.set('sept', 9);
const EN_MONTH = `(${[...EN_MONTH_OF.keys()].sort((x, y) => y.length - x.length).join('|')})\\.?`;
const EN_DATE_RE = new RegExp(`(?<![\\p{L}\\d])(?:${EN_MONTH}\\s+(\\d{1,2}),?|(\\d{1,2})\\s+${EN_MONTH},?)\\s+(\\d{4})(?![\\p{L}\\d])`, 'iu');
// 16:28, 16h28, 05:20:24, 21:9' (a minute of one digit only before an apostrophe), 5:20 PM
const TIME_RE = /(?<![\d:+.−])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2}|\d(?='))'?(?:\s*:\s*(\d{2}))?(?!\d)(?:\s*'?\s*(AM|PM|SA|CH)(?![\p{L}\p{M}]))?/iu;

export interface DateTimeMatch {
  /** ISO 8601 at the precision written: 2023-08-29T16:28, 2024-09-18T05:20:24, 2022-07 */
  value: string;
  index: number;
  end: number;
  precision: Precision;
}

interface Cand { index: number; end: number; y: number; m: number; d: number | null; h?: number; min?: number; sec?: number | null }

function best(line: string): Cand | null {
  const cands: Cand[] = [];
  const iso = ISO_RE.exec(line);
  if (iso) {
    const c: Cand = { index: iso.index, end: iso.index + iso[0].length, y: +iso[1], m: +iso[2], d: +iso[3] };
    if (iso[4]) { c.h = +iso[4]; c.min = +iso[5]; c.sec = iso[6] ? +iso[6] : null; }
    cands.push(c);
  }
  const ym = YM_RE.exec(line);
  if (ym) cands.push({ index: ym.index, end: ym.index + ym[0].length, y: +ym[1], m: +ym[2], d: null });
  const dmy = DMY_RE.exec(line);
  if (dmy) cands.push({ index: dmy.index, end: dmy.index + dmy[0].length, y: fullYear(dmy[4]), m: +dmy[3], d: +dmy[1] });
  const w = DMY_WORDS_RE.exec(line);
  if (w) cands.push({ index: w.index, end: w.index + w[0].length, y: +w[4], m: monthNumber(w[2] ?? w[3]) ?? 0, d: +w[1] });
  const my = MY_WORDS_RE.exec(line);
  if (my) cands.push({ index: my.index, end: my.index + my[0].length, y: +my[2], m: monthNumber(my[1]) ?? 0, d: null });
  const md = MDY_WORDS_RE.exec(line);
  if (md) cands.push({ index: md.index, end: md.index + md[0].length, y: +md[4], m: monthNumber(md[1] ?? md[2]) ?? 0, d: +md[3] });
  const en = EN_DATE_RE.exec(line);
  if (en) cands.push({ index: en.index, end: en.index + en[0].length, y: +en[5], m: EN_MONTH_OF.get((en[1] ?? en[4]).toLowerCase()) ?? 0, d: +(en[2] ?? en[3]) });
  let best: Cand | null = null;
  for (const c of cands) {
    const ok = plausibleYear(c.y) && (c.d == null ? c.m >= 1 && c.m <= 12 : isValidDate(c.y, c.m, c.d));
    // a day outranks a month on the same line ("2019-02 24/02/2019 01:33"); then the first
    if (ok && (!best || (c.d != null) > (best.d != null) || ((c.d != null) === (best.d != null) && c.index < best.index))) best = c;
  }
  return best;
}

/**
 * The first date-time in a metadata line, as ISO 8601 at the precision written
 * ("2021-11-17T17:25", "2024-09-18T05:20:24", "2021-11-17", "2022-07"). A day
 * and month without a year ("Chủ nhật, 24/11") are no date here: null.
 */
export function parseDateTime(line: string): DateTimeMatch | null {
  const c = best(line);
  if (!c) return null;
  if (c.d == null) return { value: isoDate(c.y, c.m), index: c.index, end: c.end, precision: 'month' };
  let value = isoDate(c.y, c.m, c.d);
  let { index, end } = c;
  if (c.h != null) {
    if (c.h < 24 && c.min! < 60 && (c.sec ?? 0) < 60) {
      return { value: `${value}T${isoTime(c.h, c.min!, c.sec)}`, index, end, precision: c.sec == null ? 'minute' : 'second' };
    }
    return { value, index, end, precision: 'day' };
  }
  // a time may stand on either side of the date; blank the date out before looking
  const rest = line.slice(0, c.index) + ' '.repeat(c.end - c.index) + line.slice(c.end);
  const t = TIME_RE.exec(rest);
  if (!t) return { value, index, end, precision: 'day' };
  let h = +t[1];
  const min = +t[2], sec = t[3] != null ? +t[3] : null;
  const ampm = t[4]?.toUpperCase();
  if ((ampm === 'PM' || ampm === 'CH') && h < 12) h += 12;
  if ((ampm === 'AM' || ampm === 'SA') && h === 12) h = 0;
  if (h >= 24 || min >= 60 || (sec ?? 0) >= 60) return { value, index, end, precision: 'day' };
  value += 'T' + isoTime(h, min, sec);
  index = Math.min(index, t.index);
  end = Math.max(end, t.index + t[0].length);
  return { value, index, end, precision: sec == null ? 'minute' : 'second' };
}
