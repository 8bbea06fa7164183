/**
 * Party congress terms and National Assembly terms ("khóa IX", QH15) with
 * their dates, from data/terms.json: whether a citation's term fits its date.
 */
import { terms } from '../data.js';

const T = terms();

export type TermBody = 'party' | 'nationalAssembly';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
export function romanToInt(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]] ?? 0, next = ROMAN[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}
export function intToRoman(n: number): string {
  const parts: Array<[number, string]> = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of parts) while (n >= v) { s += r; n -= v; }
  return s;
}

/** QH15 / UBTVQH14 → "XV" / "XIV": the legislature that numbered the document. */
export function termOfAssemblyCode(issuerCode: string): string | null {
  const m = /^(?:UBTV)?QH(\d{1,2})$/.exec(issuerCode);
  return m ? intToRoman(+m[1]) : null;
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(iso.length === 10 ? iso : `${iso.slice(0, 10)}`);

/** The term a date falls in (strictly, without margin), or null when outside the table. */
export function termAt(body: TermBody, date: string): string | null {
  const t = time(date);
  for (const s of T[body]) if (t >= time(s.from) && (s.to === null || t < time(s.to))) return s.term;
  return null;
}

/**
 * Whether a document dated `date` can belong to term `term`: true when the
 * date lies within the term, give or take a margin (a congress lasts about
 * a week; some boundaries are approximate), and when the term is not in the table.
 */
export function termFitsDate(body: TermBody, term: string, date: string): boolean {
  const i = T[body].findIndex((x) => x.term === term);
  if (i < 0) return true;
  const s = T[body][i];
  // `approx` marks an inexact end, which is also the next term's start
  const margin = (approx: boolean | undefined) => (approx ? T.approxMarginDays : T.marginDays) * DAY;
  const t = time(date);
  return t >= time(s.from) - margin(T[body][i - 1]?.approx) && (s.to === null || t < time(s.to) + margin(s.approx));
}

/** "IX (2001–2006)" for messages. */
export function describeTerm(body: TermBody, term: string): string {
  const s = T[body].find((x) => x.term === term);
  return s ? `khóa ${term} (${s.from.slice(0, 4)}–${s.to ? s.to.slice(0, 4) : ''})` : `khóa ${term}`;
}
