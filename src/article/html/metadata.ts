/**
 * A saved page's own statements of its title, publication date and site:
 * JSON-LD (`headline`, `datePublished`, `articleBody`), Open Graph and the
 * other `<meta>` conventions, `<time datetime>`.
 *
 * Dates are read in every form portals write them: `2026-03-07T08:52:11+07:00`,
 * `2026-03-07 08:52:11.000 +07:00` (milliseconds, a space before the offset),
 * `2026-03-07T08:52:11` (no offset: taken as written), `2026-03-07`,
 * `07/03/2026 08:52`, feeds' `Sat, 07 Mar 2026 01:52:11 GMT`. A time with an offset or a zone is given in Vietnam time (UTC+7),
 * the time the portal prints beside the headline: `2026-03-07T01:52:11Z` is
 * `2026-03-07T08:52`.
 */
import { decodeHTML } from 'entities';
import { dayInAddress, isValidDate, isoDate, isoTime, parseDateTime, plausibleYear } from '../../text/datetime.js';
import { elements, textOf, type HElement } from './dom.js';

export interface PageMeta {
  /** title candidates in order of trust: JSON-LD headline, og:title, twitter:title */
  titles: string[];
  /** the <title> element's text, trusted least: it finds the headline element, alone it is often a section's name */
  titleTag: string | null;
  /** publication date candidates in order of trust, each ISO 8601 and where it is written (UTF-16 offsets into the page) */
  dates: { value: string; at: { start: number; end: number } | null; from: string }[];
  site: string | null;
  /** the start of JSON-LD articleBody, to recognise the body container */
  articleBody: string | null;
  /** the day in the page's own address (`<link rel="canonical">`, og:url): "…/2026/12/07/…", "…-20261207-…" */
  urlDay: string | null;
}

const ISO = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|(?:GMT|UTC)?\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\s*$/i;
const VN_OFFSET_MIN = 7 * 60;

/**
 * A zone after a date-time that is not ISO: RFC 822 and JavaScript's Date strings, as feeds and crawlers write them
 * ("Thu, 03 Oct 2024 02:20:00 GMT", "Thu Oct 03 2024 09:20:00 GMT+0700 (Indochina Time)"), a portal's "(GMT+7)".
 */
const ZONE_AFTER = /^\s*\(?\s*((?:Z|GMT|UTC|UT)(?![\p{L}])(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})/iu;

/**
 * A date-time as written in metadata → ISO 8601 in Vietnam time, minutes at most; null when it is no date. The one
 * reading of a stated date for saved pages and Markdown front matter alike (a crawler's "Published Time:
 * 2024-10-02T20:20:00-07:00" is 2024-10-03T10:20, as the portal printed it).
 */
export function parseMetaDate(s: string): string | null {
  const m = ISO.exec(s);
  if (!m) {
    const dt = s.length <= 100 ? parseDateTime(s) : null;
    if (!dt) return null;
    const t = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(dt.value);
    if (!t) return dt.value;
    const zone = ZONE_AFTER.exec(s.slice(dt.end, dt.end + 40));
    return inVietnam(+t[1], +t[2], +t[3], +t[4], +t[5], zone ? offsetMinutes(zone[1]) : null);
  }
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (!isValidDate(y, mo, d) || !plausibleYear(y)) return null;
  if (m[4] === undefined) return isoDate(y, mo, d);
  const h = +m[4], min = +m[5];
  if (h > 23 || min > 59) return isoDate(y, mo, d);
  return inVietnam(y, mo, d, h, min, m[7] ? offsetMinutes(m[7]) : null);
}

/** A date and time of day at a zone's offset (null: as written) → ISO 8601 to the minute in Vietnam time (UTC+7). */
function inVietnam(y: number, mo: number, d: number, h: number, min: number, off: number | null): string {
  if (off !== null && off !== VN_OFFSET_MIN) {
    const t = new Date(Date.UTC(y, mo - 1, d, h, min) + (VN_OFFSET_MIN - off) * 60000);
    [y, mo, d, h, min] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
  }
  return `${isoDate(y, mo, d)}T${isoTime(h, min)}`;
}

function offsetMinutes(s: string): number | null {
  if (/^(?:z|gmt|utc|ut)$/i.test(s.trim())) return 0;
  const m = /([+-])\s*(\d{1,2}):?(\d{2})?$/.exec(s);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + (m[3] ? +m[3] : 0));
}

// meta keys naming the publication date, in order of trust
const DATE_KEYS = ['article:published_time', 'datepublished', 'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'article:published',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'date'];
const TITLE_KEYS = ['og:title', 'twitter:title'];
const SITE_KEYS = ['og:site_name', 'application-name'];
const ARTICLE_TYPE = /(?:^|[^a-z])(?:\w*article|blogposting|report|liveblogposting)$/i;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Read the page's metadata (head and body) in one pass over its elements. */
export function readPageMeta(root: HElement): PageMeta {
  const meta = new Map<string, { value: string; at: { start: number; end: number } | null }>();
  const jsonLd: unknown[] = [];
  // each block's raw text and where it starts, to find where its datePublished is written
  const ldText: { raw: string; start: number }[] = [];
  let titleTag: string | null = null;
  let address: string | null = null;
  for (const el of elements(root)) {
    if (el.tag === 'meta') {
      const content = el.attrs.content ?? el.attrs.value;
      if (content === undefined) continue;
      const keys = [el.attrs.property, el.attrs.name, el.attrs.itemprop]
        .filter((k): k is string => !!k).map((k) => k.toLowerCase().trim());
      for (const k of keys) if (!meta.has(k) && content.trim()) meta.set(k, { value: content, at: el.attrAt.content ?? null });
    } else if (el.tag === 'script' && /ld\+json/i.test(el.attrs.type ?? '')) {
      const raw = el.children.map((c) => ('text' in c ? c.text : '')).join('');
      const data = parseJson(raw);
      if (data !== undefined) jsonLd.push(data);
      const first = el.children[0];
      if (first && 'text' in first) ldText.push({ raw, start: first.start });
    } else if (el.tag === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(el.attrs.rel ?? '') && el.attrs.href && address === null) {
      address = el.attrs.href;
    } else if (el.tag === 'title' && titleTag === null) {
      titleTag = clean(textOf(el, 500));
    }
  }
  const ld = articleObjects(jsonLd);
  const titles: string[] = [];
  const dates: PageMeta['dates'] = [];
  for (const o of ld) if (typeof o.headline === 'string' && clean(o.headline)) { titles.push(clean(decodeHTML(o.headline))); break; }
  for (const k of TITLE_KEYS) { const v = meta.get(k); if (v && clean(v.value)) titles.push(clean(v.value)); }
  for (const o of ld) {
    const v = typeof o.datePublished === 'string' ? parseMetaDate(o.datePublished) : null;
    if (v) { dates.push({ value: v, at: ldAt(ldText, o.datePublished as string), from: 'json-ld' }); break; }
  }
  for (const k of DATE_KEYS) {
    const m = meta.get(k);
    const v = m ? parseMetaDate(m.value) : null;
    if (v) dates.push({ value: v, at: m!.at, from: k });
  }
  let articleBody: string | null = null;
  for (const o of ld) if (typeof o.articleBody === 'string' && o.articleBody.trim()) { articleBody = clean(decodeHTML(o.articleBody.replace(/<[^>]*>/g, ' '))); break; }
  let site: string | null = null;
  for (const k of SITE_KEYS) { const v = meta.get(k); if (v && clean(v.value)) { site = clean(v.value); break; } }
  const urlDay = dayInAddress(address ?? meta.get('og:url')?.value ?? '');
  return { titles, titleTag: titleTag || null, dates, site, articleBody, urlDay };
}

/**
 * Where a JSON-LD date is written: its string after "datePublished" in the first block that holds it (raw text: script
 * content has no character references), so the publication's text and span are its own, not a visible line's.
 */
const LD_KEY = /"datePublished"\s*:\s*"/;
function ldAt(blocks: { raw: string; start: number }[], value: string): { start: number; end: number } | null {
  for (const b of blocks) {
    const m = LD_KEY.exec(b.raw);
    if (m && b.raw.startsWith(value, m.index + m[0].length)) return { start: b.start + m.index + m[0].length, end: b.start + m.index + m[0].length + value.length };
  }
  return null;
}

/** JSON-LD text → value; portals sometimes leave raw line breaks inside strings, which JSON forbids. */
function parseJson(raw: string): unknown {
  const s = raw.trim().replace(/^<!--|-->$/g, '');
  try { return JSON.parse(s); } catch { /* try again without control characters */ }
  try { return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' ')); } catch { return undefined; }
}

type LdObject = Record<string, unknown>;

/** The article objects of the JSON-LD blocks (inside arrays and @graph), articles first. */
function articleObjects(blocks: unknown[]): LdObject[] {
  const out: LdObject[] = [];
  const others: LdObject[] = [];
  const todo = [...blocks];
  let guard = 0;
  while (todo.length && guard++ < 10000) {
    const v = todo.shift();
    if (Array.isArray(v)) { todo.push(...v); continue; }
    if (!v || typeof v !== 'object') continue;
    const o = v as LdObject;
    if (Array.isArray(o['@graph'])) todo.push(...(o['@graph'] as unknown[]));
    const types = ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => ARTICLE_TYPE.test(t))) out.push(o);
    else if (o.headline || o.datePublished) others.push(o);
  }
  return [...out, ...others];
}
