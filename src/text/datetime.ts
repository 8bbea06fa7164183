/** Calendar helpers shared by the article header parser and the dates extractor. */

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

export function isoTime(h: number, min: number): string {
  return `${pad(h)}:${pad(min)}`;
}

/** Years a date may plausibly carry in these articles. */
export function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

// dd/mm/yyyy (also with . or -), and a time hh:mm or hhhmm before or after it
const DMY = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/;
const WORDS = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})(?!\d)/iu;
const YMD = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
const TIME = /(?<![\d:])(\d{1,2})\s*(?::|h)\s*(\d{2})(?![\d:])/;

/** The first date-time in a metadata line, as ISO 8601 ("2021-11-17T17:25" or "2021-11-17"). */
export function parseDateTime(line: string): { value: string; index: number; end: number } | null {
  const ymd = YMD.exec(line);
  if (ymd) {
    const [y, m, d] = [+ymd[1], +ymd[2], +ymd[3]];
    if (isValidDate(y, m, d)) {
      const t = ymd[4] ? `T${ymd[4]}:${ymd[5]}` : '';
      return { value: isoDate(y, m, d) + t, index: ymd.index, end: ymd.index + ymd[0].length };
    }
  }
  const dmy = DMY.exec(line);
  const words = dmy ? null : WORDS.exec(line);
  const found = dmy ?? words;
  if (!found) return null;
  const [d, m, y] = dmy ? [+dmy[1], +dmy[3], +dmy[4]] : [+words![1], +words![2], +words![3]];
  if (!isValidDate(y, m, d) || !plausibleYear(y)) return null;
  // a time may stand on either side of the date; blank the date out before looking
  const rest = line.slice(0, found.index) + ' '.repeat(found[0].length) + line.slice(found.index + found[0].length);
  const t = TIME.exec(rest);
  let value = isoDate(y, m, d);
  let index = found.index, end = found.index + found[0].length;
  if (t && +t[1] < 24 && +t[2] < 60) {
    value += 'T' + isoTime(+t[1], +t[2]);
    index = Math.min(index, t.index);
    end = Math.max(end, t.index + t[0].length);
  }
  return { value, index, end };
}
