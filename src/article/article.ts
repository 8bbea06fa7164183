/**
 * raw text → Article: normalised text with an offset map back to the raw
 * text, plus title, publication date, source, body range and the related
 * (boilerplate) ranges. Every extractor reads `text` inside `body` and reports
 * spans through `span`, so none of them thinks about NFD, tone placement or
 * line endings.
 */
import { codePointOffset, ENTITY_IN_TEXT, normalize, rawLineStarts, spanMaker, textOffsetOf, type Span } from './normalize.js';
import { prepareHtml } from './html.js';
import { collectGarbage, LARGE_TEXT } from './memory.js';
import { parseStructure, type Range, type FrontMatter } from './structure.js';
import { FOLDABLE_SPACE } from './lines.js';
import { detached } from '../text/memo.js';
import type { Precision } from './published.js';

export type { Range };

export interface Article {
  file: string;
  raw: string;
  /** normalised text; Markdown markup and the metadata lines under the title are blanked to spaces, so offsets still hold */
  text: string;
  title: string | null;
  titleRange: Range | null;
  published: string | null;
  publishedRange: Range | null;
  /** the publication date-time as written */
  publishedText: string | null;
  /** how precise the publication date is as written, and what made it the publication date */
  publishedPrecision: Precision | null;
  publishedEvidence: string[];
  source: string | null;
  body: Range;
  /** headlines of other stories (after the body, or linked inside it), with their text as printed */
  related: (Range & { text: string })[];
  /** photo captions inside the body (they name the people in the photo, and repeat the lead) */
  captions: Range[];
  /** text offsets → span in the raw file (code points, 1-based line/column) */
  span(start: number, end: number): Span;
}

export interface ArticleOptions {
  /** Markdown: a function that blanks markup (see markdown.ts) and reads front matter */
  markdown?: (text: string) => { text: string; meta: FrontMatter };
  /** a saved HTML page (see html.ts) */
  html?: boolean;
}

/** text with [start, end) of each range turned to spaces (line breaks kept), same length. */
function blankRanges(text: string, ranges: Range[]): string {
  const rs = [...ranges].sort((a, b) => a.start - b.start);
  // one copy of the text at most, made by join: a string built by += is a rope that is copied
  // once more, flat, on the first search in it (two copies of a 50 MB text); none when every
  // range is already blank
  const parts: string[] = [];
  let at = 0;
  for (const r of rs) {
    const s = Math.max(r.start, at);
    if (r.end <= s) continue;
    const piece = text.slice(s, r.end);
    if (!NOT_BLANK.test(piece)) continue;
    parts.push(text.slice(at, s), piece.replace(/[^\n]/g, ' '));
    at = r.end;
  }
  if (!parts.length) return text;
  parts.push(text.slice(at));
  return parts.join('');
}
const NOT_BLANK = /[^\n ]/;

/** s with each run of white space one space ("Hà  Nội\t" → "Hà Nội "); most strings have none to change, and no copy is made of them */
const oneSpaced = (s: string) => (FOLDABLE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s);


export function buildArticle(file: string, raw: string, opts: ArticleOptions = {}): Article {
  let m: FrontMatter = {};
  let source = raw;
  let publishedAt: { start: number; end: number } | undefined;
  if (opts.html) ({ text: source, meta: { publishedAt, ...m } } = prepareHtml(raw));
  // plain text off a crawler may keep a page's character references ("KH&amp;CN"): those closed by ";" are read
  const entities = opts.html ? true : !opts.markdown && source.includes('&') && ENTITY_IN_TEXT.test(source) ? 'closed' : false;
  const n = normalize(source, { entities });
  // blanking HTML turned block tags into line breaks: lines are counted in the file itself
  if (opts.html) n.lineStarts = rawLineStarts(raw);
  // the page says where its date is written (a dateline, a <meta> value): that place in the text
  if (publishedAt) m.publishedRange = { start: textOffsetOf(n, codePointOffset(raw, publishedAt.start)), end: textOffsetOf(n, codePointOffset(raw, publishedAt.end)) };
  let text = n.text;
  // the text as it was before its tones were unified is garbage now; blanking makes one more copy
  if (text.length >= LARGE_TEXT) collectGarbage();
  if (opts.markdown) ({ text, meta: m } = opts.markdown(text));
  const st = parseStructure(text, m);
  const clean = (r: Range | null) => (r ? detached(oneSpaced(text.slice(r.start, r.end)).trim()) : null);
  const title = m.title ?? clean(st.title);
  // as written in the header line; front matter (blanked in `text`) gives its own value
  // (a day read off the page's address is written nowhere in the text: its value stands for it)
  const publishedText = clean(st.published?.range ?? null) || m.published || m.publishedFallback || null;
  // The title is part of the article (news corpora often run title and lead
  // together on the first line), so facts are read from the title onwards.
  // Head lines under it (date, byline, labels), photo credits and related
  // links are blanked, offsets unchanged, so no extractor reads them.
  const body = st.body;
  // (one space between words, as the title: a saved page puts a run of them where its tags stood)
  // (title, source and related headlines are kept as copies of their own: a slice of the text would keep the text as
  // it was before blanking, a second copy of a 50 MB text; see `detached`)
  const related = st.related.map((r) => ({ start: r.start, end: r.end, text: detached(oneSpaced(text.slice(r.start, r.end))) }));
  if (st.blank.length) text = blankRanges(text, st.blank);
  return {
    file,
    raw,
    text,
    title,
    titleRange: st.title,
    published: st.published?.value ?? null,
    publishedRange: st.published?.range ?? null,
    publishedText,
    publishedPrecision: st.published?.precision ?? null,
    publishedEvidence: st.published?.evidence ?? [],
    source: m.source ?? (st.source ? detached(st.source.value) : null),
    body,
    related,
    captions: st.captions,
    span: spanMaker(n),
  };
}
