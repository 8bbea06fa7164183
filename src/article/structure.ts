/**
 * Article structure by evidence, not by position.
 *
 * Real pages and their saved copies do not open with "title, then date line":
 * menus and breadcrumbs (`Trang chủ`, `Chính trị > Thời sự`), a site header's
 * own date (`Chủ Nhật, 24/11/2024`) above the article's, a sapo before the
 * date line, a byline (`Quỳnh Trâm - 09:33, 15/05/2025`), a crawler's prefix
 * (` date 2023-10 `), a crawler's time stamp after the text (`27/05/13 15:20
 * GMT+7`). So every line of the page's head and tail is classified from what
 * it looks like and what surrounds it (see ./lines.ts), the title is the
 * headline among the head's lines, and the publication date is chosen among
 * all candidates by its evidence (./published.ts).
 *
 * Inside the body, photo credits (`Ảnh: TTXVN`), bylines, related-story links
 * (`>> …`) and the title repeated under the date are not article text: their
 * ranges are returned in `blank` and the Article blanks them (offsets kept),
 * so no extractor takes a name or a province from them. Captions stay (they
 * name the people in the photo) but are marked, so the segmentation can tell.
 *
 * Works on normalised text (see normalize.ts); returns ranges into it.
 */
import { linesOf, classifyHead, classifyTail, isBoilerplateHeading, boxEnd, textGoesOn, authorSource, creditHint, creditRange, midCredits, doubledHeadline, isCaption, relatedLink, sourceLine, isLabelledTags, SOURCE_DATE, gluedHeadlineEnds, type Line } from './lines.js';
import { choosePublished, dateCandidate, leadDateline, type Published, type Candidate } from './published.js';
import { precisionOfIso } from '../text/datetime.js';
import { isSpace } from '../text/chars.js';

export { isBoilerplateHeading };

export interface Range { start: number; end: number }
export interface Structure {
  title: Range | null;
  published: Published | null;
  source: { value: string; range: Range } | null;
  body: Range;
  /** ranges inside the body that are not article text (credits, bylines, metadata lines, related links) */
  blank: Range[];
  /** photo captions inside the body */
  captions: Range[];
  related: Range[];
}

export interface FrontMatter {
  title?: string; published?: string; source?: string; publishedRange?: Range;
  /** a day to fall back on when the page shows none: the one in a saved page's address */
  publishedFallback?: string;
}

/** the agency's credit that opens a lead, its name the first group: "(ĐCSVN)", "(Chinhphu.vn)" */
const AGENCY = String.raw`\(\s*([\p{Lu}][\p{L}\p{N}.\- +]{1,30}?)\s*\)`;
const LEAD_CREDIT_RE = new RegExp(String.raw`^${AGENCY}\s*[-–—]?\s+\S`, 'u');
/** the same without brackets, an agency's abbreviation or domain and a dash: "TTXVN - Sáng 6/12", "VOV.VN - …", "Chinhphu.vn – …" */
const BARE_LEAD_CREDIT_RE = /^((?:[\p{Lu}][\p{Lu}\d]{1,9}(?:\.(?:VN|vn|Vn))?)|(?:[\p{Lu}][\p{L}\d]{1,24}\.(?:vn|com\.vn|com)))\s*[-–—]\s+\p{Lu}/u;
/**
 * Can BARE_LEAD_CREDIT_RE match the line? Its agency is one word of 2 to 32 characters (no white space, no dash in
 * it), then a dash, white space maybe between: the line's first white space or dash is at most 64 code units in (32
 * characters, each a surrogate pair at most), and the first character from there that is no white space is a dash.
 * Most leads open with a word, a space and another word ("Sáng 6/12, …"): no search for them.
 */
function dashAfterFirstWord(t: string): boolean {
  let k = 0;
  while (k < t.length && k <= 64 && !isSpace(t.charCodeAt(k)) && !isDash(t.charCodeAt(k))) k++;
  if (k > 64) return false;
  while (k < t.length && isSpace(t.charCodeAt(k))) k++;
  return isDash(t.charCodeAt(k));
}
/** "-", "–" or "—" */
const isDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014;
const SIGNATURE_RE = /(?<=[.!?…"”])\s*[\p{Lu}\p{M}]{2,}(?:\s+[\p{Lu}\p{M}]{2,}){1,3}(?:\s*\([^()]{2,80}\))?\s*$/u;
const CREDIT_RE = /^\(\s*(?:theo|nguồn)\s+([^()]{2,60}?)\s*\)\s*\.?$/iu;
/**
 * A headline run into its lead on the first line: a capitalised phrase of no sentence (no full stop), then the
 * agency's credit and a dash that open the lead ("… (NLĐ) - Lúc 15 giờ", "… (TTXVN)-Sáng nay").
 */
const GLUED_HEADLINE = new RegExp(String.raw`^([\p{Lu}\d][^.!?()\n]{8,150}?[\p{L}\p{N}?!"”])\s*(?=${AGENCY}\s*[-–—]\s*\S)`, 'u');
// a crawler's prefix on the first line: " date 2023-10 ", " date 2025-09-24 "
const CRAWLER_RE = /^\s*date\s+(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?=\s)/;

/**
 * A source line's source, the date closing it cut off ("Nguồn: Cổng TTĐT tỉnh, 12/5/2025", "(Theo Báo
 * Nhân Dân, 8/4/2015)"): that date is the text's, a candidate for its publication date at the tail.
 */
function sourceValue(value: string, line: Line, j: number, candidates: Candidate[]): string {
  const dated = SOURCE_DATE.exec(value);
  const c = dated ? dateCandidate(dated[1], line.start + line.text.lastIndexOf(dated[1]), j) : null;
  if (!c) return value;
  c.evidence.push('tail');
  candidates.push(c);
  return value.slice(0, dated!.index);
}

export function parseStructure(text: string, meta: FrontMatter = {}): Structure {
  const lines = linesOf(text);
  const candidates: Candidate[] = [];
  const blank: Range[] = [];

  // a crawler's prefix is the page's date at the precision it gives; the rest of the line is text
  const crawler = CRAWLER_RE.exec(text);
  if (crawler) {
    const first = lines.find((l) => l.text !== '')!;
    const s = crawler.index + crawler[0].length - crawler[0].trimStart().length;
    const value = [crawler[1], crawler[2], crawler[3]].filter(Boolean).join('-');
    candidates.push({ value, range: { start: s, end: crawler.index + crawler[0].length }, precision: precisionOfIso(value), evidence: ['crawler'], line: -1 });
    blank.push({ start: s, end: crawler.index + crawler[0].length });
    const rest = text.slice(crawler.index + crawler[0].length, first.end);
    const lead = rest.length - rest.trimStart().length;
    first.start = crawler.index + crawler[0].length + lead;
    first.text = rest.trim();
  }

  // a crawler that ran the headline into the lead: "Hai người chết đuối (NLĐ) - Lúc 15 giờ …" is two lines, the
  // headline up to the agency's credit that opens the lead
  // (the credit is in brackets: a first line without one needs no search)
  const glued = lines.length && lines[0].text.includes('(') ? GLUED_HEADLINE.exec(lines[0].text) : null;
  if (glued) {
    const first = lines[0], cut = glued[1].length;
    const lead = first.text.slice(cut).trimStart();
    lines.splice(1, 0, { start: first.end - lead.length, end: first.end, text: lead });
    first.end = first.start + cut;
    first.text = glued[1];
  }

  const head = classifyHead(lines, candidates);
  const title = head.title !== null ? { start: lines[head.title].start, end: lines[head.titleEnd ?? head.title].end } : null;
  blank.push(...head.blank);

  // the body ends at the first boilerplate heading; a "Nguồn:" line names the source
  let bodyEndLine = lines.length;
  let source: Structure['source'] = head.source;
  /** boxes of other stories' headlines inside the body: the heading's line, and the line the text goes on at */
  const boxes: { from: number; to: number }[] = [];
  for (let j = head.bodyStart; j < lines.length; j++) {
    const t = lines[j].text;
    if (t === '' || j < head.headEnd) continue;
    if (isBoilerplateHeading(t)) {
      // "Tin liên quan" over a headline or two, then the article again: a box inside the body
      const to = boxEnd(lines, j);
      if (to < 0) { bodyEndLine = j; break; }
      boxes.push({ from: j, to });
      j = to - 1;
      continue;
    }
    const m = t.length <= 120 ? sourceLine(t) : null;
    if (m && !source) {
      source = { value: sourceValue(m[1].replace(/[.\s]+$/u, ''), lines[j], j, candidates), range: { start: lines[j].start, end: lines[j].end } };
      bodyEndLine = j;
      // anything after a source line that is not a paragraph is boilerplate too; the article going on after it
      // ("Nguồn: Cục Thống kê" under a table, then "Phát biểu tại hội nghị, …") is no end
      let k = j + 1;
      while (k < lines.length && lines[k].text === '') k++;
      if (k >= lines.length || isBoilerplateHeading(lines[k].text) || (lines[k].text.length < 200 && !textGoesOn(lines, k))) break;
      bodyEndLine = lines.length;
    }
  }
  // the tail: a crawler's time stamp, category, tags, the author's name, a "(Theo X)" credit
  const tail = classifyTail(lines, head.bodyStart, bodyEndLine, candidates);
  bodyEndLine = tail.end;
  if (!source && tail.source) source = tail.source;

  let last = bodyEndLine - 1;
  while (last >= head.bodyStart && lines[last].text === '') last--;
  // a closing "(Theo Thanh Niên)" credits the source too
  const credit = last > head.bodyStart && lines[last].text.startsWith('(') ? CREDIT_RE.exec(lines[last].text) : null;
  if (credit && !source) {
    source = { value: sourceValue(credit[1], lines[last], last, candidates), range: { start: lines[last].start, end: lines[last].end } };
    last--;
    while (last >= head.bodyStart && lines[last].text === '') last--;
  }
  // …and "Theo Đỗ Minh Tuấn/Báo Thanh Hóa" the author and the source: the line is no text of the article
  const byline = last > head.bodyStart ? authorSource(lines[last].text) : null;
  if (byline) {
    if (!source) source = { value: byline.value, range: { start: lines[last].start + byline.at, end: lines[last].start + byline.at + byline.value.length } };
    last--;
    while (last >= head.bodyStart && lines[last].text === '') last--;
  }
  // a lead that opens with the agency's credit: "(ĐCSVN) - Chiều 24/5, ...", "(Chinhphu.vn) - ..."
  if (!source) {
    for (let j = head.bodyStart, seen = 0; j <= last && seen < 4; j++) {
      if (lines[j].text === '' || (title && lines[j].start === title.start)) continue;
      seen++;
      // (or without brackets: "TTXVN - Sáng 6/12, …")
      const t = lines[j].text;
      const lead = t.startsWith('(') ? LEAD_CREDIT_RE.exec(t) : dashAfterFirstWord(t) ? BARE_LEAD_CREDIT_RE.exec(t) : null;
      if (lead) {
        const at = lines[j].start + lines[j].text.indexOf(lead[1]);
        source = { value: lead[1].trim(), range: { start: at, end: at + lead[1].length } };
        break;
      }
    }
  }
  // a press release's dateline opening the lead: "Hà Nội, ngày 14/8/2025 – Chiều 13/8, …"
  for (let j = head.bodyStart, seen = 0; j <= last && seen < 3; j++) {
    if (lines[j].text === '' || (title && lines[j].start === title.start)) continue;
    seen++;
    const c = leadDateline(lines[j].text, lines[j].start, j);
    if (c) { candidates.push(c); break; }
  }
  // a reader's or reporter's name in capitals run onto the last sentence, with an affiliation:
  // "… cho địa phương mình.ANH QUÂN (Sở Giao thông vận tải Hưng Yên)"
  if (last >= head.bodyStart) {
    const l = lines[last];
    // (the name closes the line: a line closed by its full stop, most of them, needs no search)
    const sig = l.text.length > 20 && !l.text.endsWith('.') ? SIGNATURE_RE.exec(l.text.slice(-160)) : null;
    if (sig) blank.push({ start: l.end - sig[0].length + (sig[0].length - sig[0].trimStart().length), end: l.end });
  }
  const startLine = Math.min(head.firstLine, title ? head.title! : head.bodyStart);
  const bodyStart = startLine < lines.length ? lines[startLine].start : text.length;
  const body: Range = { start: bodyStart, end: last >= startLine ? Math.max(bodyStart, lines[last].end) : bodyStart };

  // inside the body: credits, related links, the title repeated under the date
  const captions: Range[] = [];
  const related: Range[] = [];
  for (let j = head.bodyStart, box = 0; j <= last; j++) {
    const l = lines[j];
    if (l.text === '' || (head.title !== null && j >= head.title && j <= head.titleEnd!)) continue;
    while (box < boxes.length && boxes[box].to <= j) box++;
    if (box < boxes.length && j >= boxes[box].from) {
      // a box's heading and its headlines: the headlines are related, "- " and "• " not part of them
      blank.push({ start: l.start, end: l.end });
      const bullet = j > boxes[box].from ? /^(?:[-*+•]|\d+[.)])\s+/u.exec(l.text) : null;
      if (j > boxes[box].from) related.push({ start: l.start + (bullet ? bullet[0].length : 0), end: l.end });
      continue;
    }
    const link = relatedLink(l.text);
    if (link) {
      // ">> Thái Bình đẩy nhanh tiến độ …": another story's headline, listed with the related ones
      blank.push({ start: l.start, end: l.end });
      related.push({ start: l.start + link, end: l.end });
      continue;
    }
    if (title && j < head.headEnd + 3 && l.text === text.slice(title.start, title.end)) { blank.push({ start: l.start, end: l.end }); continue; }
    const twice = doubledHeadline(l.text);
    if (twice) {
      // a related-news box inside the body: the headline twice, then its teaser
      blank.push({ start: l.start, end: l.end });
      related.push({ start: l.start, end: l.start + l.text.slice(0, twice).trimEnd().length });
      let k = j + 1;
      while (k <= last && lines[k].text === '') k++;
      if (k <= last && lines[k].text.length <= 800 && !doubledHeadline(lines[k].text)) { blank.push({ start: lines[k].start, end: lines[k].end }); j = k; }
      continue;
    }
    const hint = creditHint(l.text);
    for (const r of midCredits(l.text, hint)) blank.push({ start: l.start + r.start, end: l.start + r.end });
    const cr = creditRange(l.text, hint);
    if (cr) {
      blank.push({ start: l.start + cr.start, end: l.start + cr.end });
      if (cr.start > 0) captions.push({ start: l.start, end: l.start + cr.start });
    } else if (isCaption(l.text)) captions.push({ start: l.start, end: l.end });
  }

  let prev = '';
  for (let j = bodyEndLine; j < lines.length; j++) {
    const l = lines[j];
    if (l.text === '' || isBoilerplateHeading(l.text) || sourceLine(l.text) || isLabelledTags(l.text) || tail.skip.has(j)) continue;
    // portals print a headline twice (image alt + link) and a teaser ending in "..."
    if (l.text === prev) continue;
    if (/(\.\.\.|…)$/.test(l.text) && l.text.length > 60) continue;
    prev = l.text;
    // "- headline", "* headline", "• headline": the bullet is not part of it
    const bullet = /^(?:[-*+•]|\d+[.)])\s+/u.exec(l.text);
    let s = l.start + (bullet ? bullet[0].length : 0);
    // headlines run together on the line, each ending in its date: one each
    for (const e of gluedHeadlineEnds(l.text)) { related.push({ start: s, end: l.start + e }); s = l.start + e; }
    if (s < l.end) related.push({ start: s, end: l.end });
  }

  let published = choosePublished(candidates, head.title);
  if (meta.published) published = { value: meta.published, range: meta.publishedRange ?? published?.range ?? { start: 0, end: 0 }, precision: precisionOfIso(meta.published), evidence: ['metadata'] };
  else if (!published && meta.publishedFallback) published = { value: meta.publishedFallback, range: { start: 0, end: 0 }, precision: 'day', evidence: ['address'] };
  return { title, published, source, body, blank: blank.filter((r) => r.end > r.start), captions, related };
}


export type { Line };
