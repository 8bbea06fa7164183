/**
 * Article structure: title, metadata lines (publication date-time, source),
 * body, and the portal boilerplate after the body ("Cùng chuyên mục",
 * "Tin đọc nhiều", lists of other headlines), which becomes `related`.
 *
 * Works on normalised text (see normalize.ts); returns ranges into it.
 */
import { loadData } from '../data.js';
import { foldKey } from './normalize.js';
import { parseDateTime } from '../text/datetime.js';
import { escapeRe } from '../text/regex.js';

export interface Range { start: number; end: number }
export interface Structure {
  title: Range | null;
  published: { value: string; range: Range } | null;
  source: { value: string; range: Range } | null;
  body: Range;
  related: Range[];
}

interface BoilerplateData { headings: string[]; sourcePrefixes: string[]; metadataLabels: string[] }
const BP = loadData<BoilerplateData>('boilerplate');
const HEADINGS = new Set(BP.headings.map(foldKey));
const SOURCE_RE = new RegExp(
  `^\\(?\\s*(?:nguồn|theo nguồn)\\s*:\\s*(.+?)\\s*\\)?\\s*$`, 'iu');
const LEAD_CREDIT_RE = /^\(\s*([\p{Lu}][\p{L}\p{N}.\- ]{1,30}?)\s*\)\s*[-–—]\s+\S/u;
const CREDIT_RE = /^\(\s*(?:theo|nguồn)\s+([^()]{2,60}?)\s*\)\s*\.?$/iu;
const LABEL_RE = new RegExp(`^(?:${BP.metadataLabels.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'iu');



interface Line { start: number; end: number; text: string }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const rawLine = text.slice(start, end);
    const lead = rawLine.length - rawLine.trimStart().length;
    const trimmed = rawLine.trim();
    out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end + 1;
  }
  return out;
}

/** Is this line a boilerplate section heading? */
export function isBoilerplateHeading(line: string): boolean {
  if (line.length > 40) return false;
  return HEADINGS.has(foldKey(line.replace(/[:：»›>]+\s*$/u, '')));
}

/** A header line that carries a date-time and little else: the date-time and where it stands. */
function metadataDate(line: string): { value: string; index: number; end: number } | null {
  if (line.length > 100) return null;
  const dt = parseDateTime(line);
  if (!dt) return null;
  // the rest of the line must be labels, punctuation, weekday names or short
  const rest = (line.slice(0, dt.index) + ' ' + line.slice(dt.end)).replace(/[\d/:.,\-–|()+]/g, ' ').replace(/\s+/g, ' ').trim();
  // a sentence that opens with a date ("Ngày 15/3/2024, UBND tỉnh họp ...") is body, not header
  const words = rest ? rest.split(' ').length : 0;
  if (/[.!?…]$/.test(line) || words > 6) return null;
  return words <= 3 || LABEL_RE.test(rest) ? dt : null;
}

export interface FrontMatter { title?: string; published?: string; source?: string; publishedRange?: Range }

export function parseStructure(text: string, meta: FrontMatter = {}): Structure {
  const lines = linesOf(text);
  let i = 0;
  const skipBlank = () => { while (i < lines.length && lines[i].text === '') i++; };

  skipBlank();
  let title: Range | null = null;
  let published: Structure['published'] = null;
  // a date line may stand before the title on some portals
  const firstIsDate = i < lines.length && metadataDate(lines[i].text) !== null;
  if (i < lines.length && !firstIsDate && !isBoilerplateHeading(lines[i].text)) {
    title = { start: lines[i].start, end: lines[i].end };
    i++;
  }
  // metadata lines: up to four short lines right after the title
  let bodyStart = i;
  for (let k = 0, j = i; k < 4 && j < lines.length; j++) {
    const l = lines[j];
    if (l.text === '') continue;
    k++;
    const dt = metadataDate(l.text);
    if (dt) {
      if (!published) published = { value: dt.value, range: { start: l.start + dt.index, end: l.start + dt.end } };
      bodyStart = j + 1;
      continue;
    }
    if (l.text.length <= 60 && LABEL_RE.test(l.text) && !/[.!?]$/.test(l.text)) { bodyStart = j + 1; continue; }
    break;
  }
  if (!title && firstIsDate) {
    // date first, then the title
    let j = bodyStart;
    while (j < lines.length && lines[j].text === '') j++;
    if (j < lines.length && lines[j].text.length <= 250) { title = { start: lines[j].start, end: lines[j].end }; bodyStart = j + 1; }
  }

  // body ends at the first boilerplate heading; a "Nguồn:" line names the source
  let bodyEndLine = lines.length;
  let source: Structure['source'] = null;
  for (let j = bodyStart; j < lines.length; j++) {
    const t = lines[j].text;
    if (t === '') continue;
    if (isBoilerplateHeading(t)) { bodyEndLine = j; break; }
    const m = t.length <= 120 ? SOURCE_RE.exec(t) : null;
    if (m && !source) {
      source = { value: m[1].replace(/[.\s]+$/u, ''), range: { start: lines[j].start, end: lines[j].end } };
      bodyEndLine = j;
      // anything after a source line that is not a paragraph is boilerplate too
      const next = lines.slice(j + 1).find((l) => l.text !== '');
      if (!next || isBoilerplateHeading(next.text) || next.text.length < 200) break;
      bodyEndLine = lines.length;
    }
  }
  let bodyLines = lines.slice(bodyStart, bodyEndLine).filter((l) => l.text !== '');
  // a closing "(Theo Thanh Niên)" credits the source too
  const credit = bodyLines.length > 1 ? CREDIT_RE.exec(bodyLines[bodyLines.length - 1].text) : null;
  if (credit && !source) {
    const l = bodyLines[bodyLines.length - 1];
    source = { value: credit[1], range: { start: l.start, end: l.end } };
    bodyLines = bodyLines.slice(0, -1);
  }
  // a lead that opens with the agency's credit: "(ĐCSVN) - Chiều 24/5, ...", "(Chinhphu.vn) - ..."
  const lead = !source ? LEAD_CREDIT_RE.exec(bodyLines[0]?.text ?? '') : null;
  if (lead) {
    const l = bodyLines[0];
    source = { value: lead[1].trim(), range: { start: l.start + lead.index + 1, end: l.start + lead.index + 1 + lead[1].length } };
  }
  const lastBodyLine = bodyLines.pop();
  const body: Range = {
    start: bodyStart < lines.length ? lines[bodyStart].start : text.length,
    end: lastBodyLine ? lastBodyLine.end : (bodyStart < lines.length ? lines[bodyStart].start : text.length),
  };

  const related: Range[] = [];
  let prev = '';
  for (let j = bodyEndLine; j < lines.length; j++) {
    const l = lines[j];
    if (l.text === '' || isBoilerplateHeading(l.text) || SOURCE_RE.test(l.text)) continue;
    // portals print a headline twice (image alt + link) and a teaser ending in "..."
    if (l.text === prev) continue;
    if (/(\.\.\.|…)$/.test(l.text) && l.text.length > 60) continue;
    prev = l.text;
    // "- headline", "* headline", "• headline": the bullet is not part of it
    const bullet = /^(?:[-*+•]|\d+[.)])\s+/u.exec(l.text);
    const s = l.start + (bullet ? bullet[0].length : 0);
    if (s < l.end) related.push({ start: s, end: l.end });
  }

  if (meta.published) published = { value: meta.published, range: meta.publishedRange ?? published?.range ?? { start: 0, end: 0 } };
  return { title, published, source, body, related };
}
