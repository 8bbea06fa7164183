/**
 * Saved HTML pages → the text the structure parser reads, plus the page's
 * title, publication date and site.
 *
 * The page is tokenized and built into a tree (html/dom.ts), the article is
 * chosen in it by evidence (html/content.ts) and the metadata read
 * (html/metadata.ts). The text keeps the article's text nodes where they stand
 * in the file — character references still raw, decoded by normalize() with
 * the offset map — and everything else becomes spaces, one per code point;
 * block elements start new lines at their tags. So every offset still points
 * into the file on disk, and structure.ts sees only the headline, the
 * dateline, the body and, after it, the boxes of related headlines.
 *
 * Title: JSON-LD `headline`, `og:title`, `twitter:title`, the page's headline
 * element (an `<h1>`, `itemprop=headline`, or the element the `<title>` names) —
 * the headline element wins when a metadata title is it plus the site's name or
 * cut short; a title that is the site's name alone names nothing, and the
 * `<title>` is no title by itself (portals put their section's name there).
 * Publication date: JSON-LD `datePublished`,
 * `article:published_time`, `itemprop=datePublished`, `pubdate` and the other
 * `<meta>` names, `<time datetime>` in the article, then the visible dateline;
 * among the metadata the first that agrees with the visible dateline's day wins, and when none does the dateline;
 * the day in the page's address when the page shows none.
 */
import type { FrontMatter } from './structure.js';
import { foldKey, unifyTones } from './normalize.js';
import { parseDateTime } from '../text/datetime.js';
import { listed } from '../text/regex.js';
import { boilerplate } from '../data.js';
import { BLOCKISH, VOID, isElement, parseHtml, textOf, type HElement, type HText } from './html/dom.js';
import { parseMetaDate, readPageMeta } from './html/metadata.js';
import { planContent, type ContentPlan } from './html/content.js';
import { wordCount } from './lines.js';

export interface HtmlMeta extends FrontMatter {
  /** where the publication date is written: UTF-16 offsets into the page */
  publishedAt?: { start: number; end: number };
}

export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}

const clean = (s: string) => unifyTones(s.normalize('NFC')).replace(/\s+/g, ' ').trim();
const SITE_WORDS = /(?:\.vn|\.com|\.net|\.org|^báo\s|^tạp chí|^cổng thông tin|^trang tin|điện tử$|online$|news$)/iu;
const TITLE_SEPARATOR = /\s+[-|–—:]\s+/u;

/** The site's name after a metadata title ("… - Báo Chính phủ"), or null: the page's site name, or one that reads as a site's. */
function siteAfter(title: string, site: string | null): string | null {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  const k = foldKey(last);
  const s = site ? foldKey(site) : '';
  return (s && (k.includes(s) || s.includes(k))) || SITE_WORDS.test(k) ? last : null;
}

/** A metadata title without the site's name after it ("… - Báo Chính phủ"). */
function withoutSite(title: string, site: string | null): string {
  const last = siteAfter(title, site);
  return last === null ? title : title.slice(0, title.length - last.length).replace(/\s+[-|–—:]\s*$/u, '');
}

/** a site's name as a whole title: "Cổng thông tin điện tử tỉnh …", "Báo Điện Biên Phủ" (not "Báo cáo …"), "baodienbienphu.vn" */
const SITE_HEAD = new RegExp(`^(?:${listed(boilerplate().siteNameHeads.filter((h) => h !== 'báo'))})(?![\\p{L}\\p{N}])|^[Bb]áo\\s+\\p{Lu}|\\.(?:vn|com|net|org)$`, 'u');
/** A title that is a site's name and nothing else: the page's own site name, or one that reads as a site's. */
function siteOnly(title: string, site: string | null): boolean {
  if (TITLE_SEPARATOR.test(title)) return false;
  const t = clean(title);
  return (site !== null && foldKey(t) === foldKey(site)) || SITE_HEAD.test(t[0].toLowerCase() + t.slice(1));
}

/** the most words a section's name has ("Tin tức - Sự kiện", "Tin hoạt động") */
const SECTION_WORDS = 4;

/** HTML → the same text with all but the article blanked, plus page metadata. */
export function prepareHtml(html: string): { text: string; meta: HtmlMeta } {
  const root = parseHtml(html);
  const pm = readPageMeta(root);
  // a title that is the site's name alone ("Cổng thông tin điện tử tỉnh Điện Biên") names no article; the <title>
  // element's text only finds the headline element: alone it is often a section's name ("Tin tức - Sự kiện")
  const titles = pm.titles.filter((t) => !siteOnly(t, pm.site));
  const plan = planContent(root, pm.titleTag && !siteOnly(pm.titleTag, pm.site) ? [...titles, pm.titleTag] : titles, pm.articleBody,
    (t) => siteOnly(t, pm.site));
  const meta: HtmlMeta = {};

  const headline = plan.titleEl ? clean(textOf(plan.titleEl, 500)) : '';
  const first = titles.find((t) => clean(t) !== '');
  // the headline element when the metadata title is it, with the site's name after it, or cut short ("Tỉnh họp" for
  // "Tỉnh họp bàn kế hoạch …")
  // — and when the metadata title is a section's name of a few words where the headline is a sentence ("Tin hoạt động -
  // Cổng Thông tin điện tử Bộ …" in og:title over "<span class=\"title\">Bộ … làm việc với tỉnh Sóc Trăng về …</span>")
  if (headline && (!first || foldKey(first) === foldKey(headline) || foldKey(first).startsWith(foldKey(headline) + ' ')
    || foldKey(headline).startsWith(foldKey(withoutSite(first, pm.site)) + ' ')
    || (wordCount(withoutSite(first, pm.site), SECTION_WORDS) <= SECTION_WORDS && wordCount(headline, 2 * SECTION_WORDS) >= 2 * SECTION_WORDS))) meta.title = headline;
  else if (first) meta.title = clean(withoutSite(first, pm.site));
  else if (headline) meta.title = headline;
  else if (pm.titleTag) {
    // no headline element and no metadata title: the <title> element's, when the site's name after it shows it is an
    // article's ("Tỉnh ký kết hợp tác với … - Cổng thông tin điện tử tỉnh …"), not a section's ("Tin tức - Sự kiện")
    const t = withoutSite(pm.titleTag, pm.site);
    if (t !== pm.titleTag && wordCount(t, 4) >= 4) meta.title = clean(t);
  }
  // the site's name: declared, or after the <title> element's text
  const site = pm.site ?? (pm.titleTag ? siteAfter(pm.titleTag, null) : null);
  if (site) meta.source = clean(site);

  const dates = [...pm.dates];
  for (const t of timeElements(root, plan)) dates.push(t);
  const visible = plan.dateline;
  const day = (v: string) => v.slice(0, 10);
  const agreeing = visible ? dates.find((d) => day(d.value) === day(visible.value)) : undefined;
  // a visible dateline no metadata agrees with wins: the page prints it under the headline, while a CMS writes its
  // update or import time into datePublished (JSON-LD 2024-11-12T10:41 beside "Thứ Tư, 06/11/2024 08:30"); and one
  // candidate gives the value, the text and the span
  const chosen = agreeing ?? (visible ? undefined : dates[0]);
  if (chosen) {
    meta.published = chosen.value;
    const at = visible && day(visible.value) === day(chosen.value) ? datelineAt(visible.el) : chosen.at;
    if (at) meta.publishedAt = at;
  } else if (visible) {
    meta.published = visible.value;
    const at = datelineAt(visible.el);
    if (at) meta.publishedAt = at;
  } else if (pm.urlDay) meta.publishedFallback = pm.urlDay;
  return { text: render(html, root, plan), meta };
}

/**
 * `<time datetime>` inside the article, or marked as the publication date anywhere — but never one inside a box set
 * aside or kept apart as related headlines: there it is another story's day or a reader's comment's
 * ('<div class="tinlienquan"><li><a>…</a> <time datetime="2023-06-01">'), and as the publication date it would give
 * every "ngày 3/12" of the body the wrong year.
 */
function timeElements(root: HElement, plan: ContentPlan): { value: string; at: { start: number; end: number } | null; from: string }[] {
  const out: { value: string; at: { start: number; end: number } | null; from: string }[] = [];
  const trailing = new Set(plan.trailing);
  // each element with whether it or an ancestor was set aside
  const todo: [HElement, boolean][] = [[root, false]];
  while (todo.length) {
    const [el, outer] = todo.pop()!;
    if (plan.excluded(el)) continue;
    const aside = outer || plan.setAside.has(el) || trailing.has(el);
    if (el.tag === 'time' && el.attrs.datetime && !aside) {
      const inArticle = el.start >= plan.from && el.end <= plan.to;
      const marked = /datepublished|pubdate/i.test(`${el.attrs.itemprop ?? ''} ${el.attrs.class ?? ''} ${'pubdate' in el.attrs ? 'pubdate' : ''}`);
      const v = inArticle || marked ? parseMetaDate(el.attrs.datetime) : null;
      if (v) out.push({ value: v, at: el.attrAt.datetime ?? null, from: 'time' });
    }
    for (const c of el.children) if (isElement(c)) todo.push([c, aside]);
  }
  return out.sort((a, b) => (a.at?.start ?? 0) - (b.at?.start ?? 0));
}

/** Where the date stands in a dateline element: in its first text node that holds one. */
function datelineAt(el: HElement): { start: number; end: number } | null {
  const todo: (HElement | HText)[] = [el];
  let budget = 200;
  while (todo.length && budget-- > 0) {
    const n = todo.shift()!;
    if (isElement(n)) { todo.unshift(...n.children); continue; }
    const dt = parseDateTime(n.text);
    if (!dt) continue;
    // without character references the decoded text has the raw text's offsets
    if (n.text.length === n.end - n.start) return { start: n.start + dt.index, end: n.start + dt.end };
    return { start: n.start, end: n.end };
  }
  return null;
}

/**
 * The page with all but the kept text blanked: spaces, one per code point, and a
 * line break at the `<` of each block tag of the kept parts. Line breaks inside
 * the text become spaces (the page's lines are not its paragraphs).
 */
function render(html: string, root: HElement, plan: ContentPlan): string {
  const astral = /[\ud800-\udbff]/.test(html);
  const parts: string[] = [];
  let cursor = 0;
  const blankTo = (pos: number) => {
    if (pos <= cursor) return;
    let n = pos - cursor;
    if (astral) for (let i = cursor; i < pos; i++) { const c = html.charCodeAt(i); if (c >= 0xd800 && c <= 0xdbff && i + 1 < pos) { n--; i++; } }
    parts.push(' '.repeat(n));
    cursor = pos;
  };
  const newline = (pos: number) => {
    if (pos < cursor || pos >= html.length) return;
    blankTo(pos);
    parts.push('\n');
    cursor = pos + 1;
    if (astral && html.charCodeAt(pos) >= 0xd800 && html.charCodeAt(pos) <= 0xdbff) cursor++;
  };
  const keep = (n: HText) => {
    if (n.start < cursor) return;
    blankTo(n.start);
    parts.push(html.slice(n.start, n.end).replace(/[\r\n\t\f]/g, ' '));
    cursor = n.end;
  };
  const trailing = new Set(plan.trailing);
  // iterative walk: [node, kept-context] pairs; a closing marker re-visits the element to emit its end line
  type Item = { n: HElement | HText; inTrailing: boolean; close?: boolean };
  const todo: Item[] = [{ n: root, inTrailing: false }];
  const inStretch = (s: number, e: number) => s >= plan.from && e <= plan.to;
  while (todo.length) {
    const { n, inTrailing, close } = todo.pop()!;
    if (!isElement(n)) {
      if (inTrailing || inStretch(n.start, n.end)) keep(n);
      continue;
    }
    const shown = inTrailing || inStretch(n.start, n.start + 1);
    // (a void element, "<br>", has no end tag: its line was begun where it stands, and the text right after it is kept)
    if (close) { if (shown && BLOCKISH.has(n.tag) && !VOID.has(n.tag)) newline(n.closeStart); continue; }
    if (plan.excluded(n) || plan.setAside.has(n)) continue;
    const t = inTrailing || trailing.has(n);
    if ((t || inStretch(n.start, n.start + 1)) && BLOCKISH.has(n.tag)) newline(n.start);
    todo.push({ n, inTrailing: t, close: true });
    for (let i = n.children.length - 1; i >= 0; i--) todo.push({ n: n.children[i], inTrailing: t });
  }
  blankTo(html.length);
  return parts.join('');
}
