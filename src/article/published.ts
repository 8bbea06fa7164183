/**
 * The publication date, chosen among every candidate by its evidence.
 *
 * A page can carry several dates in its head: the site header's today
 * (`Chủ Nhật, 24/11/2024`), the article's stamp (`Thứ Hai, 3/7/2017
 * 21:9'(GMT+7)`), an update stamp (`Cập nhật: …`), a document header's place
 * and date (`Hà Nội, ngày 18 tháng 6 năm 2022`), and a crawler may add its own
 * (` date 2023-10 ` before the text, `27/05/13 15:20 GMT+7` after it). Each is
 * a candidate with the evidence it carries; the best-supported one wins. A
 * date inside a sentence of the body is never a candidate (only header-like
 * lines are), nor is a day without a year.
 */
import { boilerplate } from '../data.js';
import { parseDateTime, isValidDate, isoDate, type Precision } from '../text/datetime.js';
import { aloneAlt, escapeRe } from '../text/regex.js';
import type { Range } from './structure.js';

export type { Precision };
export interface Published {
  value: string;
  range: Range;
  precision: Precision;
  /** what made this the publication date: label, time, weekday, crawler, document-header, dateline, after-title, metadata, tail */
  evidence: string[];
}
export interface Candidate { value: string; range: Range; precision: Precision; evidence: string[]; line: number }

const BP = boilerplate();
const alt = (words: string[]) => words.map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|');
const LABEL_RE = new RegExp(`(?:^|\\s)(?:${alt(BP.metadataLabels)})(?![\\p{L}\\p{N}])`, 'iu');
const PUBLISHED_LABEL = new RegExp(`(?:${aloneAlt(BP.publishedLabels)})(?![\\p{L}\\p{N}])`, 'iu');
/**
 * A labelled field of a date line, to the next "|" and short: "Tác giả: Minh Anh", "Chuyên mục: Tài chính",
 * "Nguồn: Báo …". (No credit word: "Ảnh: …" opens a caption, which may end in its own date.)
 */
const FIELD = new RegExp(`(?:${aloneAlt(BP.metadataFields)})\\s*:[^|]{0,60}`, 'giu');
const UPDATED_LABEL = new RegExp(`(?:${aloneAlt(BP.updatedLabels)})(?![\\p{L}\\p{N}])`, 'iu');
const WEEKDAY = /(?<![\p{L}\p{N}])(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|CN|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}\p{N}])/iu;
const GMT = /GMT|UTC|\+07:?00/i;
// "Hà Nội, ngày 18 tháng 6 năm 2022" closing a document's header line ("Số: 10/CT-TTg | …")
const DOC_HEADER = /(?:^|[|]\s*|\s{2,})([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*\.?$/u;
/**
 * A press release's dateline opening the lead: the place, the day, a dash, then the text ("Hà Nội, ngày 14/8/2025 –
 * Chiều 13/8, …", "ĐỒNG THÁP, 14/8/2025 - …", "Huế, ngày 5 tháng 3 năm 2025 – …"; the place and day may be in bold).
 */
const LEAD_DATELINE = /^[*_]{0,2}((?:[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3})),\s*(?:ngày\s+)?(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*|\s+tháng\s+(\d{1,2})\s+năm\s+)(\d{4})[*_]{0,2}\s*[–—-]\s*\S/u;
/** A dateline opening a line of the lead: a candidate, weaker than the article's stamp under its headline. */
export function leadDateline(line: string, lineStart: number, lineIndex: number): Candidate | null {
  const m = line.length > 12 && fourDigits(line.slice(0, 60)) ? LEAD_DATELINE.exec(line) : null;
  if (!m) return null;
  const [d, mo, y] = [+m[2], +(m[3] ?? m[4]), +m[5]];
  if (!isValidDate(y, mo, d)) return null;
  const s = m[0].indexOf(m[2], m[1].length + m[0].indexOf(m[1]));
  const e = m[0].lastIndexOf(m[5]) + 4;
  return { value: isoDate(y, mo, d), range: { start: lineStart + s, end: lineStart + e }, precision: 'day', evidence: ['dateline'], line: lineIndex };
}

/**
 * A header-like line that carries a date-time and little else: a candidate.
 * The rest of the line must be labels, weekdays, a byline's name or short.
 */
export function dateCandidate(line: string, lineStart: number, lineIndex: number): Candidate | null {
  if (line.length > 200 || !fourDigits(line)) return null;
  // (a document's header says "tháng": a line without the word needs no search)
  const doc = line.includes('tháng') ? DOC_HEADER.exec(line) : null;
  if (doc) {
    const [d, m, y] = [+doc[2], +doc[3], +doc[4]];
    if (!isValidDate(y, m, d)) return null;
    const s = doc.index + doc[0].indexOf(doc[1]);
    return { value: isoDate(y, m, d), range: { start: lineStart + s, end: lineStart + doc.index + doc[0].trimEnd().length }, precision: 'day', evidence: ['document-header'], line: lineIndex };
  }
  const dt = publishedField(line) ?? parseDateTime(line);
  if (!dt) return null;
  // the rest of the line: labels, punctuation, weekday names, a short byline, labelled fields, the time's "AM"
  const rest = besideDate(line.slice(0, dt.index) + ' ' + line.slice(dt.end));
  let words = rest ? rest.split(' ').length : 0;
  // fields set apart by "|" around the date's own: a site's or an author's name each ("Cổng TTĐT Chính phủ |
  // 09:05 AM, 28/06/2024"), as a byline's name is
  if (words > 3 && line.includes('|')) words = fieldWords(line, dt.index, dt.end) ?? words;
  // a sentence that opens with a date ("Ngày 15/3/2024, UBND tỉnh họp ...") is body, not header
  if (/[.!?…]$/.test(line) && words > 1) return null;
  if (words > 6 || (words > 3 && !LABEL_RE.test(' ' + rest) && !PUBLISHED_LABEL.test(rest))) return null;
  const evidence: string[] = [];
  if (PUBLISHED_LABEL.test(line)) evidence.push('label');
  else if (UPDATED_LABEL.test(line)) evidence.push('updated-label');
  if (dt.value.includes('T')) evidence.push('time');
  if (WEEKDAY.test(line)) evidence.push('weekday');
  if (GMT.test(line)) evidence.push('gmt');
  if (words <= 1) evidence.push('bare');
  return { value: dt.value, range: { start: lineStart + dt.index, end: lineStart + dt.end }, precision: dt.precision, evidence, line: lineIndex };
}

/** What a date line says beside its date, in words one space apart: labelled fields, the time's "AM", digits and punctuation out. */
const besideDate = (s: string) => s.replace(FIELD, ' ').replace(DAY_HALF, ' ').replace(/[\d/:.,\-–|()[\]'’"+*•]/g, ' ').replace(/\s+/g, ' ').trim();
/** the half of the day after a time: "09:05 AM", "8:30:00 SA", "3:30 CH" */
const DAY_HALF = /(?<=\d\s?)(?:AM|PM|SA|CH)(?![\p{L}\p{N}])/giu;
/**
 * The date of a line's published field: "Cập nhật: 16/3/2024 | Ngày đăng: 15/3/2024 22:10" is the 15th at 22:10
 * (read whole, the other field's day took the posting's time), "Đăng lúc 22:10 15/3/2024 - Cập nhật lúc 08:00
 * 16/3/2024" the 15th. The field runs from its label to the next "|", the update's label or the line's end. Null
 * when the line has no such label or the field no date (then the line is read whole: "Thứ Hai, 7/12/2026 | Đăng lúc 10:25").
 */
function publishedField(line: string): ReturnType<typeof parseDateTime> {
  const p = line.length > 12 ? PUBLISHED_LABEL.exec(line) : null;
  if (!p) return null;
  const from = p.index + p[0].length;
  const u = UPDATED_LABEL.exec(line.slice(from));
  const bar = line.indexOf('|', from);
  const after = Math.min(u ? from + u.index : line.length, bar >= 0 ? bar : line.length);
  const dt = parseDateTime(line.slice(p.index, after));
  return dt && { ...dt, index: dt.index + p.index, end: dt.end + p.index };
}
/**
 * The words of a date line split in "|" fields: the date's own field's, and one for each other field of five words
 * at most (a name); null when a field is longer (a sentence, no field).
 */
function fieldWords(line: string, from: number, to: number): number | null {
  let words = 0, at = 0;
  for (const f of line.split('|')) {
    const own = at <= from && to <= at + f.length;
    const r = besideDate(f);
    const w = r ? r.split(' ').length : 0;
    at += f.length + 1;
    if (own) words += w;
    else if (w > 5 || /[.!?…]\s*$/u.test(f)) return null;
    else if (w) words++;
  }
  return words;
}

/**
 * Every dated form has at least four digits (a year, or day, month and a two-digit year). (A pattern: a
 * loop over the line's characters took twice as long; it backtracks from at most three digits, linearly.)
 */
const FOUR_DIGITS = /\d\D*\d\D*\d\D*\d/;
const fourDigits = (s: string) => FOUR_DIGITS.test(s);

const WEIGHT: Record<string, number> = {
  crawler: 10, label: 4, 'document-header': 3, 'updated-label': 2, time: 2, weekday: 1, gmt: 1, bare: 1, dateline: 0.5, tail: -1,
};

/** The best-supported candidate; its evidence says why. Ties go to the earlier line. */
export function choosePublished(cands: Candidate[], titleLine: number | null): Published | null {
  let best: Published | null = null, bestScore = -Infinity;
  for (const c of cands) {
    const evidence = [...c.evidence];
    let s = evidence.reduce((n, e) => n + (WEIGHT[e] ?? 0), 0);
    if (titleLine !== null && c.line >= 0 && !evidence.includes('tail')) {
      // the article's own stamp sits under its headline; a date above the
      // headline is often the site header's today
      if (c.line > titleLine && c.line - titleLine <= 8) { s += 3; evidence.push('after-title'); }
      else if (c.line < titleLine) s -= titleLine - c.line <= 2 ? 0 : 1;
    }
    if (s > bestScore) { bestScore = s; best = { value: c.value, range: c.range, precision: c.precision, evidence }; }
  }
  // a crawler's month ("date 2019-02") is refined by a stamp of that month that gives the day
  if (best?.evidence.includes('crawler')) {
    const finer = cands.find((c) => !c.evidence.includes('crawler') && c.value.length > best!.value.length && c.value.startsWith(best!.value));
    if (finer) best = { value: finer.value, range: finer.range, precision: finer.precision, evidence: [...finer.evidence, 'crawler'] };
  }
  return best;
}

