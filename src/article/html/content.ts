/**
 * Which part of a saved page is the article, by evidence — as readability and
 * trafilatura do:
 * - each paragraph (a `<p>`, or a `<div>` holding running text) scores
 *   1 + its commas + one per 100 characters (at most 3), added to its parent,
 *   half to its grandparent, a third above; the container's score is cut by
 *   its link density (menus and headline lists are mostly links);
 * - class/id words count for (`content`, `detail`, `noidung`, `articleBody`)
 *   or against (`sidebar`, `related`, `comment`, `tin-lien-quan`);
 * - `itemprop=articleBody` and the JSON-LD `articleBody` point at it;
 * - the headline is the `<h1>` (or the element holding the metadata title)
 *   nearest before the body: the kept text runs from it to the body's end, so
 *   the dateline and the sapo between them are kept and the menus, the
 *   masthead, a header's province widget and today's date above are not.
 * Inside that stretch, blocks that are not the article are set aside: scripts,
 * templates, SVG, hidden elements (`display:none`, `hidden`), related-news
 * boxes ("Tin liên quan", "Tham khảo thêm", lists that are mostly links),
 * share bars, figures and captions (`Ảnh: TTXVN`), bylines (a short line of
 * capitalised words at the body's edge, whatever its class).
 * Boxes of other headlines after the body, under a heading such as
 * "Tin đọc nhiều", are kept apart as `related`.
 */
import { isBoilerplateHeading } from '../structure.js';
import { afterAuthorLabel, relatedLink } from '../lines.js';
import { foldKey } from '../normalize.js';
import { parseDateTime } from '../../text/datetime.js';
import { BLOCKISH, SKIP_TEXT, elements, isElement, textOf, type ElementStat, type HElement, type HText } from './dom.js';

export interface ContentPlan {
  container: HElement;
  /** the headline element, when the page has one near the body */
  titleEl: HElement | null;
  /** the stretch of the page that is the article: UTF-16 offsets, end exclusive */
  from: number;
  to: number;
  /** subtrees inside [from, to) that are not the article */
  setAside: Set<HElement>;
  /** related-headline boxes after the body, kept so they become `related` */
  trailing: HElement[];
  /** the visible dateline next to the headline */
  dateline: { el: HElement; value: string } | null;
  /** is the element's content never text (scripts, hidden, …), anywhere on the page */
  excluded: (el: HElement) => boolean;
}

type Stat = ElementStat;
type Stats = { get: (el: HElement) => Stat | null };
type Has = { has: (el: HElement) => boolean };
// flags on elements
const EXCLUDED = 1, UNDER = 2, CHROME_FLAG = 4;
export const isExcluded = (el: HElement) => (el.flags & EXCLUDED) !== 0;

const P_LIKE = new Set(['p', 'pre', 'blockquote', 'td', 'dd']);
const TEXT_BOX = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center', 'li', 'td']);
const CANDIDATE_TAGS = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'form', 'center', 'font', 'span', 'blockquote']);
const POSITIVE = /(?:^|[-_\s])(?:article|body|content|entry|main|post|text|detail|story|news-?content|noidung|chitiet|fck)|articlebody|maincontent|post-?body|detail/i;
const NEGATIVE = /(?:^|[-_\s])(?:comments?|footer|sidebar|side|related|relate|share|sharing|social|widget|menu|nav|navbar|banner|ads?|advert|sponsor|tags?|keywords?|breadcrumbs?|popup|modal|promo|recommend|trending|most|more|other|author|byline|caption|credit|copyright|masthead|header|toolbar|tools?|print|rating|vote|subscribe|newsletter|weather|login|search|bottom|top-?news|box-?news)(?:$|[-_\s\d])|lienquan|tinlienquan|tin-lien-quan|doc-?nhieu|xem-?nhieu|tin-?khac|cung-?chuyen-?muc|tham-?khao|xem-?them|binh-?luan|tac-?gia|quang-?cao|thoi-?tiet/i;
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|d-none|is-hidden|visually-hidden|sr-only|invisible)(?:$|\s)/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
// a caption or photo credit: "… Ảnh: TTXVN", "(Ảnh: Thái Bình)", "Ảnh minh họa", "Nguồn ảnh: VGP"
const CAPTION = /(?:^|[\s(.\-–—|])(?:Ảnh|ảnh|Nguồn ảnh|Photo|Video|Clip)\s*(?::|minh họa|minh hoạ|tư liệu)[^.!?]{0,80}\)?\s*\.?$|^\(?\s*(?:Ảnh|Nguồn ảnh|Photo)\s*(?::|minh họa|minh hoạ|tư liệu)/u;
// "Xem thêm: …", ">> …", "Mời quý độc giả …": a pointer to another page
const POINTER = /^(?:>>|»|xem thêm|đọc thêm|tham khảo|mời (?:quý )?(?:độc giả|bạn đọc)|video\s*:|clip\s*:|tin liên quan)/iu;
// a source credit is part of the article: structure.ts reads it
const CREDIT = /^\(?\s*(?:theo|nguồn)(?![\p{L}\p{N}])/iu;
const DATE_CLASS = /date|time|publish|ngay|thoi-?gian|dateline|posted/i;

const isHidden = (el: HElement) => {
  const a = el.attrs;
  return 'hidden' in a || a['aria-hidden'] === 'true' || HIDDEN_STYLE.test(a.style ?? '') || HIDDEN_CLASS.test(a.class ?? '');
};
const classId = (el: HElement) => `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;

function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c > 32 && c !== 0xa0) n++; }
  return n;
}
function commas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i !== -1; i = s.indexOf(',', i + 1)) n++;
  return n;
}

/** Choose the article and what to set aside in it. `titles` are the metadata titles, `articleBody` the JSON-LD body's start. */
export function planContent(root: HElement, titles: string[], articleBody: string | null,
  isSiteName: (t: string) => boolean = () => false): ContentPlan {
  const order: HElement[] = [];
  for (const el of elements(root)) {
    order.push(el);
    el.flags = SKIP_TEXT.has(el.tag) || isHidden(el) || (el.parent && isExcluded(el.parent)) ? EXCLUDED : 0;
  }
  const excluded = { has: isExcluded };
  // the text nodes in document order with running character counts, to measure the text between two offsets
  const textStarts: number[] = [];
  const textCum: number[] = [0];
  const textNodes: HText[] = [];
  const stats = { get: (el: HElement) => el.stat };
  const bodyHint = articleBody ? foldKey(articleBody.slice(0, 60)) : null;
  let hinted: HElement | null = null;
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    const s: Stat = { chars: 0, inline: 0, linkChars: 0, links: 0, commas: 0, score: 0 };
    if (!excluded.has(el)) {
      for (const c of el.children) {
        if (!isElement(c)) {
          const n = nonSpace(c.text);
          s.chars += n; s.inline += n; s.commas += commas(c.text);
          if (bodyHint && !hinted && n >= 40 && foldKey(c.text).includes(bodyHint.slice(0, 40))) hinted = el;
          continue;
        }
        const cs = stats.get(c)!;
        s.chars += cs.chars; s.linkChars += cs.linkChars; s.links += cs.links; s.commas += cs.commas;
        if (!BLOCKISH.has(c.tag)) s.inline += cs.chars;
      }
      if (el.tag === 'a') { s.linkChars = s.chars; s.links++; }
    }
    el.stat = s;
  }
  // paragraph scores go to the ancestors
  for (const el of order) {
    if (excluded.has(el)) continue;
    const s = stats.get(el)!;
    const len = P_LIKE.has(el.tag) ? s.chars - s.linkChars : TEXT_BOX.has(el.tag) ? s.inline : 0;
    if (len < 25) continue;
    const score = 1 + Math.min(s.commas, 10) + Math.min(Math.floor(len / 100), 3);
    let p = el.parent;
    for (let k = 1; p && k <= 3; k++, p = p.parent) stats.get(p)!.score += score / (k === 1 ? 1 : k === 2 ? 2 : k * 3 / 2);
    if (!P_LIKE.has(el.tag)) stats.get(el)!.score += score; // a div of running text is its own container too
  }
  for (const el of order) if (!excluded.has(el) && el.children.some((c) => !isElement(c))) {
    for (const c of el.children) if (!isElement(c)) textNodes.push(c);
  }
  // in document order: an element's own text nodes were met before its children's ("<div><p>…</p> tail</div>")
  textNodes.sort((x, y) => x.start - y.start);
  for (const c of textNodes) { textStarts.push(c.start); textCum.push(textCum[textCum.length - 1] + nonSpace(c.text)); }
  const textBetween = (a: number, b: number) => {
    const lo = lowerBound(textStarts, a), hi = lowerBound(textStarts, b);
    return textCum[hi] - textCum[lo];
  };

  const hintAncestors = new Set<HElement>();
  for (let p = hinted; p; p = p.parent) hintAncestors.add(p);
  let best: HElement | null = null, bestScore = 0;
  const finalScore = (el: HElement) => {
    const s = stats.get(el)!;
    const density = s.chars ? s.linkChars / s.chars : 0;
    const ci = classId(el);
    let w = 0;
    if (POSITIVE.test(ci)) w += 25;
    if (NEGATIVE.test(ci)) w -= 25;
    if (/articlebody/i.test(el.attrs.itemprop ?? '')) w += 50;
    if (el.tag === 'article') w += 5;
    if (hintAncestors.has(el)) w += 30;
    return (s.score + w) * (1 - density);
  };
  for (const el of order) {
    if (excluded.has(el) || !CANDIDATE_TAGS.has(el.tag) || stats.get(el)!.score <= 0) continue;
    const f = finalScore(el);
    if (f > bestScore) { best = el; bestScore = f; }
  }
  let container = best ?? order.find((e) => e.tag === 'body') ?? root;
  // a body split in several blocks (by an ad, a related box): take the parent holding them all
  for (let k = 0; k < 3 && container.parent && container.parent !== root; k++) {
    const p = container.parent, ps = stats.get(p)!, cs = stats.get(container)!;
    const own = (x: Stat) => x.chars - x.linkChars;
    if (ps.chars && ps.linkChars / ps.chars < 0.25 && own(ps) <= own(cs) * 1.6 && ps.score >= cs.score * 1.3 && !NEGATIVE.test(classId(p))) container = p;
    else break;
  }

  container = withBodyAfterLead(container, root, stats, excluded);

  const titleEl = findTitle(order, excluded, stats, container, titles, textBetween, isSiteName);
  const from = titleEl && titleEl.start < container.start ? titleEl.start : titleEl ? container.start : leadingBlocksStart(container, stats, excluded);
  const to = container.end;

  const setAside = new Set<HElement>();
  const keepers = new Set<HElement>(); // ancestors of the title and the container are never set aside
  for (let p: HElement | null = container; p; p = p.parent) keepers.add(p);
  for (let p: HElement | null = titleEl; p; p = p.parent) keepers.add(p);
  const blocks: HElement[] = []; // text blocks of the stretch, in order
  const under = { has: (el: HElement) => (el.flags & UNDER) !== 0, add: (el: HElement) => { el.flags |= UNDER; } }; // set aside, or inside something set aside
  const dated: HElement[] = []; // inline elements named as dates (<span class="time">)
  for (const el of order) {
    if (el.parent && under.has(el.parent)) { under.add(el); continue; }
    if (el.end <= from || el.start >= to || el === root) continue;
    if (keepers.has(el)) continue;
    if (excluded.has(el) || notArticle(el, stats.get(el)!)) { setAside.add(el); under.add(el); continue; }
    if (isLeafBlock(el, stats)) blocks.push(el);
    else if ((el.tag === 'time' || DATE_CLASS.test(classId(el))) && stats.get(el)!.chars <= 100) dated.push(el);
  }
  // a byline box between the headline and the body may hold the dateline too ("Minh Anh | 09/05/2025 08:00")
  const gapDates: HElement[] = [];
  for (const el of order) {
    if (el.start >= from && el.end <= container.start && under.has(el) && !excluded.has(el) && el.tag !== 'a' && isLeafBlock(el, stats)) gapDates.push(el);
  }
  // captions, bylines and pointers, judged by their text
  const texts = new Map<HElement, string>();
  const tx = (el: HElement) => { let t = texts.get(el); if (t === undefined) { t = textOf(el, 400); texts.set(el, t); } return t; };
  const visible = blocks.filter((b) => tx(b) !== '');
  for (const b of visible) {
    const t = tx(b);
    if (t.length <= 300 && CAPTION.test(t)) setAside.add(b);
    // (or one the plain-text reader knows by its label, data/boilerplate.json relatedPrefixes: "Bài liên quan: <a>…</a>")
    else if (t.length <= 200 && (POINTER.test(t) || relatedLink(t) > 0) && stats.get(b)!.links > 0) setAside.add(b);
    else if (isLinkLine(stats.get(b)!)) setAside.add(b); // a headline of another article, alone on its line
    else if (isBoilerplateHeading(t)) setAside.add(b);
  }
  const inBody = visible.filter((b) => b.start >= container.start && !setAside.has(b));
  for (const b of [...inBody.slice(0, 1), ...inBody.slice(-2)]) if (isByline(tx(b))) setAside.add(b);

  // the dateline: a short block with a date between the headline and the body, or in the body's first blocks
  let dateline: ContentPlan['dateline'] = null;
  const isNear = (b: HElement) => b.start < container.start || b.start < (inBody[3]?.start ?? Infinity);
  const near = visible.filter((b) => !setAside.has(b) && isNear(b) && (!titleEl || b.start >= titleEl.end || b.start < container.start));
  const candidates = [...near.filter((b) => b.tag === 'time' || DATE_CLASS.test(classId(b))), ...dated.filter((b) => (!titleEl || b.start >= titleEl.end) && isNear(b)), ...near, ...gapDates];
  // some portals print the dateline just above the headline, beside the breadcrumb ("Thứ năm, 17/9/2026, 07:31 (GMT+7)")
  const above = titleEl ? datelineAbove(order, titleEl, stats, textBetween) : null;
  if (above) candidates.push(above);
  // last, a byline closing the body with the time ("Hải Yến - 06/11/2024 08:30")
  let last: HElement | undefined;
  // (the body's last text block, even one set aside by its class: "<p class=\"info-bottom\">")
  for (const el of order) if (el.start >= container.start && el.end <= container.end && !excluded.has(el) && el.tag !== 'a' && isLeafBlock(el, stats)) last = el;
  if (last && textBetween(last.end, container.end) > 0) last = undefined;
  if (last && !candidates.includes(last)) candidates.push(last);
  for (const b of candidates) {
    const t = tx(b);
    if (t.length > 100 || /[.!?…]$/.test(t) || CLOCK_CLASS.test(classId(b))) continue;
    const dt = parseDateTime(t);
    if (!dt) continue;
    // above the headline only a date with its time of day, or a date in the headline's own box ('<div class="detail">
    // <div class="detail-top"><a>Thời sự</a> <span class="date">05/03/2024</span></div><h1>'): a bare date further up is
    // the site's "today"
    if (b === above && !dt.value.includes('T') && !(titleEl?.parent && b.start >= titleEl.parent.start)) continue;
    if (b === last && !(dt.value.includes('T') && isByline(t.slice(0, dt.index).replace(/[\s\-–—|,]+$/u, '')))) continue;
    dateline = { el: b, value: dt.value };
    break;
  }

  // a dateline set aside by its class alone ("<div class=\"print-date\">" of a print view) is still the article's header
  if (dateline && setAside.has(dateline.el) && dateline.el.start < container.start && !excluded.has(dateline.el)) setAside.delete(dateline.el);

  for (const el of order) if (CHROME.has(el.tag) || (el.parent && el.parent.flags & CHROME_FLAG)) el.flags |= CHROME_FLAG;
  const chrome = { has: (el: HElement) => (el.flags & CHROME_FLAG) !== 0 };
  const trailing = trailingBoxes(order, excluded, chrome, stats, container, tx, textBetween);
  return { container, titleEl, from, to, setAside, trailing, dateline, excluded: isExcluded };
}

/** the most a lead paragraph (sapo) holds */
const LEAD_CHARS = 600;
/**
 * A lead paragraph (sapo) chosen over the body beside it: a related box or "Xem thêm" links inside the body cut its
 * score by their link density, and the lead, all running text, wins ('<div class="detail-sapo">Ngày 12/5, …</div>
 * <div class="detail-content"><p>Dự lễ có …</p><div class="box-lienquan">…</div>…'). The article is both: their
 * parent, or the body when that parent is the page's.
 */
function withBodyAfterLead(container: HElement, root: HElement, stats: Stats, excluded: Has): HElement {
  const p = container.parent;
  const cs = stats.get(container)!;
  if (!p || cs.chars > LEAD_CHARS || cs.links > 0) return container;
  if (container.children.some((c) => isElement(c) && BLOCKISH.has(c.tag) && c.tag !== 'br' && stats.get(c)!.chars > 0)) return container;
  const siblings = p.children;
  let seen = 0;
  for (let k = siblings.indexOf(container) + 1; k < siblings.length && seen < 3; k++) {
    const c = siblings[k];
    if (!isElement(c) || excluded.has(c)) continue;
    const s = stats.get(c)!;
    if (s.chars === 0) continue;
    seen++;
    // the body: paragraphs of its own, more text than links, not a box named as something else
    if (s.score <= 0 || NEGATIVE.test(classId(c)) || s.chars - s.linkChars < Math.min(cs.chars, 100) || s.linkChars * 2 > s.chars) continue;
    return p === root || p.tag === 'body' || p.tag === 'html' || NEGATIVE.test(classId(p)) ? c : p;
  }
  return container;
}

/** a clock or today's date in the page's bar, no dateline: "<span class=\"date-now\">Thứ Ba, 12/11/2024 10:03</span>" */
const CLOCK_CLASS = /(?:^|[-_\s])(?:now|today|clock|current|homnay|hom-nay)(?:$|[-_\s])|datenow|currentdate|curdate/i;

/** An element named as a date in the headline's own box, right above it. */
function datelineAbove(order: HElement[], titleEl: HElement, stats: Stats, textBetween: (a: number, b: number) => number): HElement | null {
  const box = titleEl.parent?.parent;
  if (!box) return null;
  let found: HElement | null = null;
  for (const el of order) {
    if (el.start >= titleEl.start) break;
    if (el.start < box.start || el.flags & EXCLUDED) continue;
    if ((el.tag === 'time' || DATE_CLASS.test(classId(el))) && !CLOCK_CLASS.test(classId(el)) && stats.get(el)!.chars <= 100 && textBetween(el.end, titleEl.start) <= 200) found = el;
  }
  return found;
}

/**
 * No headline element: the short blocks just before the body in the same parent
 * (a title in a `<div class="tieude">`, a dateline) belong to the article.
 */
function leadingBlocksStart(container: HElement, stats: Stats, excluded: Has): number {
  const siblings = container.parent ? container.parent.children : [];
  let from = container.start;
  let k = siblings.indexOf(container) - 1;
  for (let n = 0; k >= 0 && n < 3; k--) {
    const c = siblings[k];
    if (!isElement(c)) { if (c.text.trim()) break; continue; }
    if (excluded.has(c)) continue;
    const s = stats.get(c)!;
    if (s.chars === 0) continue;
    if (s.chars > 300 || s.links > 0 || NEGATIVE.test(classId(c))) break;
    from = c.start;
    n++;
  }
  return from;
}

function lowerBound(a: number[], x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

const STRUCTURAL_CHROME = new Set(['nav', 'aside', 'footer', 'header', 'figure', 'figcaption', 'form', 'menu', 'dialog']);

/** Not article text, by the element itself: chrome, captions, link lists, boxes named as such. */
function notArticle(el: HElement, s: Stat): boolean {
  if (STRUCTURAL_CHROME.has(el.tag) && !(el.tag === 'form' && s.chars > 500) && !(el.tag === 'figure' && holdsTable(el))) return true;
  if (el.tag === 'table' && s.chars < 400 && hasImage(el)) return true; // a photo with its caption
  if (el.tag === 'article') return true; // an article inside the article: another story's card
  if (s.links >= 2 && s.chars <= 400 && s.score <= 3 && isTeaser(el)) return true; // not a block of the body's paragraphs
  if (NEGATIVE.test(classId(el)) && !POSITIVE_STRONG.test(classId(el))) return true;
  if (s.chars > 0 && s.links >= 2 && s.linkChars / s.chars > 0.5) return true; // a list of other headlines
  if ((el.tag === 'ul' || el.tag === 'ol') && s.chars > 0 && s.linkChars / s.chars > 0.5) return true;
  return false;
}
const POSITIVE_STRONG = /articlebody|(?:^|[-_\s])(?:content|detail|noidung|chitiet)(?:$|[-_\s])/i;

/** Another story's card: its picture and its headline link to the same page ("Cục Bưu điện … " with photo and lead). */
function isTeaser(el: HElement): boolean {
  const hrefs = new Set<string>();
  let budget = 60;
  for (const e of elements(el)) {
    if (--budget === 0) return false;
    if (e.tag !== 'a' || !e.attrs.href || e.attrs.href.startsWith('#') || /^javascript:/i.test(e.attrs.href)) continue;
    if (hrefs.has(e.attrs.href)) return true;
    hrefs.add(e.attrs.href);
  }
  return false;
}

/**
 * A figure that holds a table is the article's table, not a photo: CKEditor 5 wraps every table so
 * ('<figure class="table"><table><tr><td>Điện Biên</td><td>Lê Thành Đô, Chủ tịch UBND tỉnh</td>…'). Its <table>
 * is a child, or under a wrapper or two.
 */
function holdsTable(el: HElement): boolean {
  let budget = 20;
  for (const e of elements(el)) {
    if (e.tag === 'table') return true;
    if (--budget === 0) return false;
  }
  return false;
}

function hasImage(el: HElement): boolean {
  let budget = 200; // a photo table is small; a huge one is no caption anyway
  for (const e of elements(el)) {
    if (e.tag === 'img' || e.tag === 'picture') return true;
    if (--budget === 0) return false;
  }
  return false;
}

/** A block whose children are text and inline elements only (a paragraph, a heading, a dateline). */
/** A line that is (nearly) all link text: another article's headline, not this one's prose. */
function isLinkLine(s: Stat): boolean {
  return s.links > 0 && s.chars > 0 && s.linkChars / s.chars >= 0.9;
}

function isLeafBlock(el: HElement, stats: Stats): boolean {
  if (!BLOCKISH.has(el.tag) || el.tag === 'br' || el.tag === 'img' || el.tag === 'hr') return false;
  const s = stats.get(el)!;
  if (s.chars === 0) return false;
  return el.children.every((c) => !isElement(c) || !BLOCKISH.has(c.tag) || c.tag === 'br' || c.tag === 'img');
}

// a byline: "Minh Anh", "MINH ANH", "Thu Hà - Quang Minh", "Nhóm PV", "Bài, ảnh: Thái Bình", "Ngọc Lan (TTXVN)"
const BYLINE_LEAD = /^(?:bài(?: và ảnh|, ảnh)?|ảnh|tin|nhóm pv|pv|btv|ctv)\s*(?::|$)/iu;
function isByline(t: string): boolean {
  if (t.length === 0 || t.length > 60 || CREDIT.test(t)) return false;
  if (BYLINE_LEAD.test(t)) return true;
  // a labelled author line is one whatever the name looks like: "Viết bởi Ban Biên tập", "Tác giả: Minh Anh"
  if (afterAuthorLabel(t) > 0) return !/[.!?…;]$/.test(t);
  if (/[.!?…:;,]$/.test(t) && !/\b\p{Lu}\.$/u.test(t)) return false;
  const words = t.replace(/\([^()]{1,30}\)/g, ' ').split(/[\s\-–—/&,]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || w === 'và');
}

/** the last part of a page's title after a dash or a bar, often the site's name: " - Sở Khoa học và Công nghệ" */
const LAST_TITLE_PART = /\s+[-|–—]\s+[^-|–—]*$/u;
/** a class naming a headline: "asset-title", "print-title", "title", "tieude", "entry-title", "headline" */
const TITLE_CLASS = /(?:^|[-_\s])(?:title|tieu-?de|tit|headline|heading)(?:$|[-_\s\d])|tieude|posttitle|entrytitle/i;
/** the site's logo, in an <h1> on many portals: "<h1 class=\"logo\"><a href=\"/\">Cổng thông tin điện tử tỉnh …</a></h1>" */
const LOGO_CLASS = /logo|brand|site-?name|site-?title|masthead/i;
/** how much text may stand between a headline found by its class alone and the body: a dateline, a sapo, a byline */
const CLASSED_GAP = 800;

function findTitle(order: HElement[], excluded: Has, stats: Stats, container: HElement, titles: string[],
  textBetween: (a: number, b: number) => number, isSiteName: (t: string) => boolean): HElement | null {
  // each title, and a title of four words or more without the part after its last dash or bar ("… - Sở Khoa học và
  // Công nghệ"): the headline element may be it, a head of it, or it cut short ("Hội nghị triển khai Nghị quyết 57-NQ/TW"
  // for "Hội nghị triển khai Nghị quyết 57-NQ/TW về đột phá …")
  const wanted: string[] = [], cut: string[] = [];
  for (const t of titles) {
    const k = foldKey(t);
    if (!k) continue;
    wanted.push(k);
    const head = k.replace(LAST_TITLE_PART, '');
    if (head !== k && head.split(' ').length >= 4) { wanted.push(head); cut.push(head); }
    else if (k.split(' ').length >= 6) cut.push(k);
  }
  const matches = (t: string) => {
    const k = foldKey(t);
    return k.length > 0 && (wanted.some((w) => w === k || w.startsWith(k + ' ')) || cut.some((w) => k.startsWith(w + ' ')));
  };
  let before: HElement | null = null, inside: HElement | null = null, named: HElement | null = null, classed: HElement | null = null;
  for (const el of order) {
    if (excluded.has(el) || el.start >= container.end) continue;
    // the page's headline element: an <h1>, or whatever the page marks as its headline ("<h2 itemprop=\"headline\">");
    // not the site's logo or name in an <h1> ("<h1 class=\"logo\">Cổng thông tin điện tử tỉnh Bình Phước</h1>")
    if (el.tag === 'h1' || el.attrs.itemprop === 'headline') {
      const t = textOf(el, 400);
      if (!t || (el.attrs.itemprop !== 'headline' && (LOGO_CLASS.test(classId(el)) || (el.parent && LOGO_CLASS.test(classId(el.parent))) || isSiteName(t)))) continue;
      if (el.start < container.start && !(el.end > container.start)) before = el;
      else if (!inside && el.start >= container.start) inside = el;
    } else if (/^(?:h[2-6]|div|p|span|strong|b)$/.test(el.tag) && stats.get(el)!.chars <= 300 && el.start < container.start && el.end <= container.start) {
      const t = textOf(el, 400);
      if (t.length < 10 || t.length > 300) continue;
      if (wanted.length && matches(t)) named = el;
      else if (isClassedTitle(el, t, stats) && !isSiteName(t)) classed = el;
    }
  }
  // the nearest headline before the body, if not too far from it (a logo in <h1> is far above)
  const MAX_GAP = 3000;
  for (const el of [before, named]) if (el && textBetween(el.end, container.start) <= MAX_GAP) {
    if (el === before && named && named.start > el.end) return named.start < container.start && textBetween(named.end, container.start) <= MAX_GAP ? named : el;
    return el;
  }
  // none: a heading whose class names a headline right above the body (Liferay's "<h3 class=\"asset-title\">", a print
  // view's "<h2 class=\"print-title\">"), over an <h1> deep inside the body
  if (classed && textBetween(classed.end, container.start) <= CLASSED_GAP && !(inside && textBetween(container.start, inside.start) <= 200)) return classed;
  return inside;
}

/** A headline by its class alone: a heading or block of a sentence's words, not a link, not a box's heading ("Tin liên quan"). */
function isClassedTitle(el: HElement, t: string, stats: Stats): boolean {
  if (!TITLE_CLASS.test(classId(el)) && !(el.parent && /^h[2-6]$/.test(el.tag) && TITLE_CLASS.test(classId(el.parent)))) return false;
  const s = stats.get(el)!;
  if (s.linkChars * 2 > s.chars || /[:：]$/.test(t) || isBoilerplateHeading(t)) return false;
  return t.split(/\s+/).length >= 4;
}

/** Boxes after the body under a related-news heading, kept as `related`. */
function trailingBoxes(order: HElement[], excluded: Has, chrome: Has, stats: Stats, container: HElement,
  tx: (el: HElement) => string, textBetween: (a: number, b: number) => number): HElement[] {
  const out: HElement[] = [];
  let skipUntil = -1;
  for (const el of order) {
    if (el.start < container.end || el.start < skipUntil || excluded.has(el)) continue;
    if (chrome.has(el)) continue;
    const s = stats.get(el)!;
    // a heading: short, not itself a headline list or one of its items
    if (s.chars === 0 || s.chars > 40 || s.links > 1 || !HEADING_TAGS.has(el.tag)) continue;
    if (!isBoilerplateHeading(tx(el))) continue;
    // the box: the nearest ancestor holding the heading and more, mostly links
    let box: HElement | null = null;
    for (let p = el.parent, k = 0; p && k < 3 && p.start >= container.end; p = p.parent, k++) {
      const ps = stats.get(p)!;
      // the heading opens the box: a share bar or the tags above it would make it something else
      if (ps.chars > s.chars && ps.linkChars / ps.chars >= 0.5 && textBetween(p.start, el.start) === 0) { box = p; break; }
    }
    if (box) { out.push(box); skipUntil = box.end; }
  }
  return out;
}

const CHROME = new Set(['aside', 'nav', 'footer', 'header']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'p', 'span', 'strong', 'b', 'header', 'section']);

export type { HText };
