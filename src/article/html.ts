/**
 * Saved HTML pages: markup, scripts and the page furniture (head, nav,
 * header, footer, aside, forms) are blanked to spaces — one space per code
 * point, so every offset still points into the file — and block-level tags
 * become line breaks, so the plain-text structure parser sees paragraphs.
 * Everything before the page's <h1> (menus, breadcrumbs) is furniture too.
 * Title, date and site name come from the page's metadata when present.
 * Character references (&amp; &#7889;) are decoded by normalize().
 */
import type { FrontMatter } from './structure.js';
import { matches } from '../text/regex.js';

// elements whose whole content is not article text
const DROP_ELEMENTS = /<(script|style|noscript|template|svg|head|nav|header|footer|aside|form|select|button|iframe|figcaption)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>/gi;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section',
  'article', 'main', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'figure', 'time', 'address', 'center', 'body', 'html']);

export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}

/** Blank out [s, e) of a code-unit array, one space per code point, keeping line breaks. */
function blank(chars: string[], s: number, e: number): void {
  for (let i = s; i < e; i++) {
    const c = chars[i];
    if (c === '\n' || c === '\r') continue;
    // a surrogate pair is one code point: one space, and drop its low half
    if (c >= '\ud800' && c <= '\udbff' && i + 1 < e) { chars[i] = ' '; chars[++i] = ''; continue; }
    chars[i] = ' ';
  }
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

function meta(html: string, keys: string[]): string | null {
  for (const m of matches(/<meta\b[^>]*>/gi, html)) {
    const k = (attr(m[0], 'property') ?? attr(m[0], 'name') ?? attr(m[0], 'itemprop') ?? '').toLowerCase();
    if (keys.includes(k)) return attr(m[0], 'content');
  }
  return null;
}

const decodeBasic = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();

/** HTML → the same text with markup blanked, plus page metadata. */
export function prepareHtml(html: string): { text: string; meta: FrontMatter } {
  const chars = html.split('');
  const m: FrontMatter = {};
  const title = meta(html, ['og:title', 'twitter:title']) ?? /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? null;
  const published = meta(html, ['article:published_time', 'pubdate', 'publishdate', 'date', 'datepublished', 'dc.date.issued'])
    ?? attr(/<time\b[^>]*datetime[^>]*>/i.exec(html)?.[0] ?? '', 'datetime');
  const site = meta(html, ['og:site_name', 'application-name']);
  const iso = published ? /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(published.trim()) : null;
  if (iso) m.published = iso[1] + (iso[2] ? 'T' + iso[2] : '');
  if (site) m.source = decodeBasic(site);

  for (const d of matches(DROP_ELEMENTS, html)) blank(chars, d.index!, d.index! + d[0].length);
  // the article starts at its <h1>: what stands before is menus and breadcrumbs
  const h1 = /<h1\b/i.exec(html);
  const heading = h1 ? /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html) : null;
  if (h1) blank(chars, 0, h1.index);
  if (heading) m.title = decodeBasic(heading[1].replace(/<[^>]*>/g, ' '));
  else if (title) m.title = decodeBasic(title);
  for (const t of matches(TAG, html)) {
    const s = t.index!, e = s + t[0].length;
    if (chars[s] === ' ') continue; // inside a blanked element already
    blank(chars, s, e);
    if (BLOCK.has(t[1].toLowerCase())) chars[s] = '\n';
  }
  return { text: chars.join(''), meta: m };
}
