/**
 * Markdown articles: remark-parse finds the structure; markup is blanked to
 * spaces so every offset in the text still points at the same character, and
 * extractors see prose, not `**`, `#` or link targets. Ordered-list markers
 * ("1.") are kept: they are enumeration markers. YAML front matter supplies
 * title, date and source when present.
 *
 * remark is loaded lazily (it costs start-up time) by loadMarkdown().
 */
import type { Root, Nodes } from 'mdast';

type Parse = (text: string) => Root;
let parser: Parse | null = null;

import type { FrontMatter } from './structure.js';
import { dayInAddress, parseDateTime } from '../text/datetime.js';
import { parseMetaDate } from './html/metadata.js';

export async function loadMarkdown(): Promise<(text: string) => { text: string; meta: FrontMatter }> {
  if (!parser) {
    const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
    const proc = unified().use(remarkParse);
    parser = (t) => proc.parse(t) as Root;
  }
  return maskMarkdown.bind(null, parser);
}

// anything remark could treat as markup: emphasis, code, links, html, headings,
// quotes, lists, tables, setext underlines, thematic breaks, escapes, entities
const MARKUP = /[*_`[\]<>#|\\&]|^\s{0,3}(?:[-+=]|\d{1,9}[.)])/m;
/** an ATX heading's opening marks ("## "), and a closing sequence ("Title ##") */
const ATX = /^ {0,3}#{1,6}(?=[ \t]|$)|[ \t]+#+[ \t]*$(?<=^ {0,3}#{1,6}[ \t].*)/gm;
const FRONT = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
/**
 * A reader's header, as crawlers that turn pages into Markdown write it (Jina AI Reader): "Title: …", "URL Source: …",
 * "Published Time: …", then "Markdown Content:" and the page. Read as front matter; its lines are at most a few.
 */
const READER = /^(Title:[^\n]*\n[\s\S]{0,2000}?)\nMarkdown Content:[ \t]*(?:\n|$)/;
/**
 * The front matter's keys read: title, source, and the dates crawlers and site generators write under several names
 * (Jekyll/Hugo `date`, `publishDate`, RSS `pubDate`, schema.org `datePublished`, `published_at`, `created`), ranked.
 */
const DATE_KEYS: Record<string, number> = {
  created: 0, created_at: 0, date: 1,
  published: 2, pubdate: 2, publishdate: 2, published_at: 2, publishedat: 2, date_published: 2, datepublished: 2,
  'published time': 2,
};
const FRONT_KEY = new RegExp(`^(title|source|url source|${Object.keys(DATE_KEYS).join('|')})\\s*:\\s*["']?(.*?)["']?\\s*$`, 'i');
/**
 * A front-matter date as ISO to the minute in Vietnam time, read as a saved page's metadata is (parseMetaDate): a
 * crawler writes the page's stamp in its own zone or UTC ("2024-10-02T20:20:00-07:00", "Thu, 03 Oct 2024 02:20:00 GMT"
 * are 2024-10-03T10:20 and 09:20, the time the portal printed); else the ISO day and time as written, then as pages
 * write dates ("12/05/2025 09:15").
 */
function frontDate(v: string): string | null {
  const meta = parseMetaDate(v);
  if (meta) return meta;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(v);
  if (iso) return iso[1] + (iso[2] ? 'T' + iso[2] : '');
  return parseDateTime(v)?.value ?? null;
}

/**
 * micromark is quadratic in the markup of one paragraph (emphasis delimiters,
 * unclosed link destinations such as `[a](` repeated, nested quotes). A text
 * with little markup is parsed whole; otherwise each block (up to a blank
 * line) is parsed on its own, and a block with more markup than a real
 * paragraph ever has is blanked by a plain scan: cost stays linear in the text.
 */
const WHOLE_MARKUP = 256;
const BLOCK_MARKUP = 128;
const BLOCK_CHARS = 32 * 1024;
// markup characters, and list markers at the start of a line (deeply nested lists are slow to parse too)
const MARKUP_CHAR = /[*_`[\]<>#|\\&!]|^[ \t]*(?:[-+]|\d{1,9}[.)])(?=[ \t])/gm;
const BLANK_LINE = /\n[ \t]*\n/g;

function markupCount(text: string, from: number, to: number, stop: number): number {
  let n = 0;
  MARKUP_CHAR.lastIndex = from;
  // a list item weighs more: building nested lists is quadratic in their items
  for (let m = MARKUP_CHAR.exec(text); m && m.index < to; m = MARKUP_CHAR.exec(text)) if ((n += m[0].length > 1 ? 8 : 1) > stop) break;
  return n;
}

/** Mark in `keep` the characters of text[from..] that are prose (text, code), not markup. */
function markBlocks(parse: Parse, text: string, from: number, keep: Uint8Array): void {
  if (markupCount(text, from, text.length, WHOLE_MARKUP) <= WHOLE_MARKUP) { markTree(parse(text.slice(from)), from, keep); return; }
  BLANK_LINE.lastIndex = from;
  let s = from;
  for (;;) {
    const m = BLANK_LINE.exec(text);
    const e = m ? m.index + 1 : text.length;
    if (e - s > BLOCK_CHARS || markupCount(text, s, e, BLOCK_MARKUP) > BLOCK_MARKUP) markPlain(text, s, e, keep);
    else markTree(parse(text.slice(s, e)), s, keep);
    if (!m) break;
    s = e;
    BLANK_LINE.lastIndex = m.index + m[0].length - 1;
  }
}

/** Text and code nodes are kept, and a list item's marker ("1."); everything else is markup. */
function markTree(tree: Root, at: number, keep: Uint8Array): void {
  const mark = (s?: number, e?: number) => { if (s != null && e != null) keep.fill(1, at + s, at + e); };
  // an explicit stack: quotes and lists nest as deep as the text says ("> > > …")
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const p = node.position;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') mark(p?.start.offset, p?.end.offset);
    if (node.type === 'listItem' && node.children[0]?.position) mark(p?.start.offset, node.children[0].position.start.offset);
    if ('children' in node) for (const c of node.children) stack.push(c as Nodes);
  }
}

/** A block too marked up to parse: keep all but the markup characters. */
function markPlain(text: string, s: number, e: number, keep: Uint8Array): void {
  keep.fill(1, s, e);
  MARKUP_CHAR.lastIndex = s;
  for (let m = MARKUP_CHAR.exec(text); m && m.index < e; m = MARKUP_CHAR.exec(text)) {
    // a list marker: its bullet is blanked, a number ("1.") is kept as an enumeration marker
    const last = m.index + m[0].length - 1;
    if (m[0].length === 1 || text[last] === '-' || text[last] === '+') keep[last] = 0;
  }
}

export function maskMarkdown(parse: Parse, text: string): { text: string; meta: FrontMatter } {
  const meta: FrontMatter = {};
  const keep = new Uint8Array(text.length);
  let from = 0;
  const front = FRONT.exec(text);
  const fm = front ?? READER.exec(text);
  if (fm) {
    let at = front ? fm[0].indexOf('\n') + 1 : 0;
    let rank = -1;
    for (const line of fm[1].split('\n')) {
      const m = FRONT_KEY.exec(line);
      if (m && m[2]) {
        const name = m[1].toLowerCase();
        if (name === 'title' || name === 'source') meta[name] = m[2];
        // the page's address: its day, should the page show none ("…/2026/12/07/…")
        else if (name === 'url source') meta.publishedFallback = dayInAddress(m[2]) ?? undefined;
        else {
          // a date key: the publication's own beats "date", which beats the file's creation
          const published = frontDate(m[2]);
          const r = DATE_KEYS[name];
          if (published && r > rank) {
            rank = r;
            meta.published = published;
            const v = line.indexOf(m[2]);
            meta.publishedRange = { start: at + v, end: at + v + m[2].length };
          }
        }
      }
      at += line.length + 1;
    }
    from = fm[0].length;
  }
  // prose with no markup but ATX headings ("# Title") need not go through the
  // parser (~4 MB/s): blank the heading marks and the front matter, done
  const headingsBlanked = text.slice(from).replace(ATX, (m) => ' '.repeat(m.length));
  if (!MARKUP.test(headingsBlanked)) return { text: text.slice(0, from).replace(/[^\n]/g, ' ') + headingsBlanked, meta };
  markBlocks(parse, text, from, keep);
  // kept runs and a space for each markup character; one join (adding to a string per character of a long run is slow)
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (keep[i] || text.charCodeAt(i) === 10) continue;
    parts.push(text.slice(run, i), ' ');
    run = i + 1;
  }
  parts.push(text.slice(run));
  return { text: parts.join(''), meta };
}
