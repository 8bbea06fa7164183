/**
 * The lines of a page's head and tail, classified by what each looks like and
 * what surrounds it: chrome (menus, breadcrumbs, counters, widgets), title,
 * dateline, byline, label lines (`Nguồn: Thanh niên`), captions and photo
 * credits, related-story links, and the crawler furniture after the text.
 *
 * Words come from data/boilerplate.json; every pattern is compiled once and
 * every line is looked at a bounded number of times (the head and the tail
 * are at most HEAD_LINES / TAIL_LINES lines), so the cost is linear.
 */
import { boilerplate } from '../data.js';
import { foldKey } from './normalize.js';
import { aloneAlt, escapeRe, listed } from '../text/regex.js';
import { codeUnitTable } from '../text/chars.js';
import { dateCandidate, type Candidate } from './published.js';
import type { Range } from './structure.js';

export interface Line { start: number; end: number; text: string }

const BP = boilerplate();
const HEADINGS = new Set(BP.headings.map(foldKey));
/** the base letters the headings' keys start with: "t" for "tin liên quan", "y" for "ý kiến" */
const HEADING_INITIALS = new Set([...HEADINGS].map((h) => h.normalize('NFD')[0]));
const CHROME = new Set(BP.chrome.map(foldKey));
const alt = (words: string[]) => words.map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|');
/**
 * For a pattern anchored at a line's start: can it start with the line's first character? `first` is the
 * alternation of the first characters it can start with, asked with the pattern's flags once per character
 * and remembered. Most lines open with a letter no such pattern does ("Theo", "Chiều"): no search for them.
 */
function startGate(first: string, flags: string): (t: string) => boolean {
  const re = new RegExp(`^(?:${first})$`, flags);
  const seen = new Uint8Array(0x10000);
  return (t) => {
    const c = t.charCodeAt(0);
    // an empty line or a surrogate: the pattern decides
    if (!(c < 0xd800 || c > 0xdfff)) return true;
    let k = seen[c];
    if (k === 0) seen[c] = k = re.test(t[0]) ? 1 : 2;
    return k === 1;
  };
}
/** the first characters of words as alt() and listed() write them (a space there is white space, an empty word starts anywhere) */
const firsts = (words: readonly string[]) =>
  words.map((w) => (w === '' ? '[\\s\\S]' : w[0] === ' ' ? '\\s' : escapeRe(String.fromCodePoint(w.codePointAt(0)!)))).join('|');

const CHROME_START = new RegExp(`^(?:${alt(BP.chromeWords)})(?![\\p{L}\\p{N}])`, 'iu');
const chromeStart = startGate(firsts(BP.chromeWords), 'iu');
export const SOURCE_RE = /^\(?\s*(?:nguồn|theo nguồn)\s*:\s*(.+?)\s*\)?\s*$/iu;
const sourceStart = startGate('\\(|\\s|n|t', 'iu');
/** a date closing a source line, after a comma, a dash or in brackets: "Cổng TTĐT tỉnh, 12/5/2025", "Báo X (12/5/2025)" */
export const SOURCE_DATE = /\s*(?:[,–-]\s*|\(\s*)(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*\)?$/u;
/** SOURCE_RE's match on a line ("Nguồn: Thanh niên"), or null */
export const sourceLine = (t: string) => (sourceStart(t) ? SOURCE_RE.exec(t) : null);
const LABEL_RE = new RegExp(`^(?:${alt(BP.metadataLabels)})(?![\\p{L}\\p{N}])`, 'iu');
const labelStart = startGate(firsts(BP.metadataLabels), 'iu');
const RELATED_RE = new RegExp(`^(?:${BP.relatedPrefixes.map((p) => escapeRe(p.trim())).join('|')})`, 'iu');
const relatedStart = startGate(firsts(BP.relatedPrefixes.map((p) => p.trim())), 'iu');
const CREDIT_WORDS = alt(BP.creditWords);
const creditStart = startGate(firsts(BP.creditWords), 'iu');
// "… phát biểu tại hội nghị. Ảnh: TTXVN", "Ảnh: Đức Thụy", "(Ảnh: Thái Bình)", "(ảnh/Ảnh Minh Hiếu)", "(Nguồn: Reuters)", "… miền núi - ảnh 1"
const CREDIT_AT_END = new RegExp(
  `(?:\\(\\s*(?:${CREDIT_WORDS}|nguồn)\\s*[:/]?[^()]{0,60}\\)|(?<![\\p{L}\\p{N}])(?:${CREDIT_WORDS})\\s*:\\s*[^.!?()]{0,60}?|\\s[-–]\\s*ảnh\\s+\\d{1,2}|^(?:${CREDIT_WORDS}))\\s*\\.?\\s*$`, 'iu');
// a credit run into the next paragraph by a crawler: "… châu Âu. Ảnh: Đỗ Phương Anh - TTXVN Với tinh thần …",
// "… năm 2018. Ảnh: Thái Bình Theo Bộ trưởng …": the credit's name ends where a sentence visibly starts
// (a capital, then a lower-case word), or at the agency after a dash
const CAP = '[\\p{Lu}][\\p{L}\\p{M}]*';
const CREDIT_MID = new RegExp(
  `(?<=[.!?…)"”]\\s{0,3})(?:${CREDIT_WORDS})\\s*:\\s*(?:(?:${CAP}\\s+){0,4}[-–/]\\s*[\\p{Lu}][\\p{Lu}\\p{N}+]{1,10}(?![\\p{L}])|(?:${CAP}(?:\\s+|$)){1,3}?(?=[\\p{Lu}][\\p{Ll}\\p{M}]*\\s+[\\p{Ll}])|${CAP}(?:\\s+${CAP})?)|\\(\\s*(?:${CREDIT_WORDS})\\s*[:/][^()]{0,60}\\)`, 'gu');
const CREDIT_TAIL = 120;
// cheap test before the full pattern: most lines hold no credit word followed by a colon. Every form
// holds a colon, a slash or a bracket: the words are looked for only there (a third of the search's time)
const CREDIT_HINT = new RegExp(`[:/](?<=(?:${CREDIT_WORDS}|ảnh)\\s*[:/])|\\((?=\\s*(?:${CREDIT_WORDS}|ảnh))`, 'u');
// (two patterns: one alternation of both is tried at every position of the line, its anchored half too)
const CAPTION_START = /^(?:Quang cảnh|Toàn cảnh|Cảnh|Các đại biểu|Đại biểu (?:dự|tham dự|chụp)|Các đồng chí lãnh đạo)(?![\p{L}\p{N}])/iu;
const captionStart = startGate('Q|T|C|Đ', 'iu');
const CAPTION_ANYWHERE = /chụp ảnh (?:lưu niệm|chung)/iu;
/** "p ả" in any case, which CAPTION_ANYWHERE needs (found by indexOf, not a search per line) */
const photographed = (t: string) => t.includes('p ả') || t.includes('P ả') || t.includes('p Ả') || t.includes('P Ả');
const BREADCRUMB = /^\s*[>»›]|\s[>»›]\s.*\S/u;
const COUNTER = /^[\d.,]+\s*(?:lượt\s+(?:xem|đọc|thích|chia sẻ)|views?|bình luận)$/iu;
const WEATHER = /-?\d{1,2}\s*(?:°|\*|º)\s*C(?![\p{L}])/u;
const PLAYER = /^\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?$/;
const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp)$/i;
const DIGIT = /\d/;
// the site's name printed above the article: "Báo Dân tộc và Phát triển", "BÁO ĐIỆN TỬ CHÍNH PHỦ"
const SITE_NAME = new RegExp(`^(?:${listed(BP.siteNameHeads)})(?:\\s+(?:điện tử|online))?(?![\\p{L}\\p{N}])`, 'iu');
const siteNameStart = startGate(firsts(BP.siteNameHeads), 'iu');
/** an online paper's or a portal's name, which may be long: "Cổng thông tin điện tử …", "Báo điện tử Đảng Cộng sản Việt Nam" */
const PORTAL_NAME = /^(?:(?:cổng|trang)\s+thông\s+tin|báo)\s+điện\s+tử(?![\p{L}\p{N}])/iu;
// share bars: "Chia sẻ bài viết lên facebook …", "Facebook Zalo Twitter"
const SHARE = new RegExp(`(?:${aloneAlt(['facebook', 'twitter', 'zalo', 'google+', 'linkedin', 'telegram'], '\\p{L}')})(?![\\p{L}])`, 'iu');
// a breadcrumb or a share bar, in one search (BREADCRUMB holds no letter: ignoring case leaves it as it is)
const CRUMB_OR_SHARE = new RegExp(`${BREADCRUMB.source}|${SHARE.source}`, 'iu');
// a person's name alone on a line: "Phạm Hoàng", "ANH QUÂN", "Nhóm PV", "PV"
/** one person's name, in title case or in capitals: "Phạm Hoàng", "ANH QUÂN" */
const ONE_NAME_SRC = '(?:[\\p{Lu}][\\p{Ll}\\p{M}]*\\.?)(?:\\s+[\\p{Lu}][\\p{Ll}\\p{M}]*\\.?){1,3}|[\\p{Lu}\\p{M}]{2,}(?:\\s+[\\p{Lu}\\p{M}]{2,}){1,3}';
const ONE_NAME = new RegExp(`^(?:${ONE_NAME_SRC})$`, 'u');
const NAME_LINE = new RegExp(`^(?:${ONE_NAME_SRC}|PV|Nhóm PV|Phóng viên|Nhóm phóng viên|(?:Bài|Bài và ảnh|Bài, ảnh|Tin, ảnh|Tin và ảnh)\\s*:\\s*.{2,40})$`, 'u');
/** a reporters' team before their names: "Nhóm PV Ban Thời sự: …", "Phóng viên: …" */
const TEAM = /^(?:Nhóm PV|Nhóm phóng viên|PV|Phóng viên)(?:\s+[^:]{1,40})?\s*:\s*/u;
/** the author's affiliation after the name: "(CTV)", "(Trung tâm TT-VH-TT huyện Yên Định)" */
const AFFILIATION = /\s*\([^()]{1,80}\)$/u;
const NAME_SEP = /\s*[-–,]\s*/u;
/** does a line hold NAME_SEP? (its separator alone: a search that may start with white space is tried at every position) */
const SEPARATOR = /[-–,]/;
const HONORIFIC = /^(?:Ông|Bà|Anh|Chị|Cô|Chú|Bác|Đồng chí|Đ\/c)\s/u;
const TRAILING_STAMP = /\s+(\d{1,2}\/\d{1,2}\/\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$/;
/** the last character that is not white space is an ASCII digit */
const endsInDigit = (t: string) => {
  let e = t.length;
  while (e > 0 && isJsSpace(t.charCodeAt(e - 1))) e--;
  const c = t.charCodeAt(e - 1);
  return c >= 0x30 && c <= 0x39;
};
const SENTENCE_END = /[.!?…]["”»)]*$/u;

/**
 * The non-empty lines of a text, trimmed, with their ranges. Blank lines are
 * left out: they carry nothing a classifier reads (adjacent entries may stand
 * apart in the text), and a page of a million line breaks makes no million objects.
 */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let s = start, e = end;
    while (s < e && isJsSpace(text.charCodeAt(s))) s++;
    while (e > s && isJsSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end + 1;
  }
  return out;
}
/** white space that /\s+/ → ' ' changes: a run of two, or one that is not a space */
export const FOLDABLE_SPACE = /\s\s|[^\S ]/;
/** /\s/ (what trim() cuts) by code unit */
const isJsSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 0x7f && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** Words in t, counted up to `cap` and one more (min(words, cap + 1)): each caller asks only whether a line has more or fewer words than a bound, and a paragraph need not be counted to its end. */
/** How many words (runs of letters and digits) t holds, counted up to one past `cap`. */
export const wordCount = (t: string, cap: number): number => {
  // the runs of /[\p{L}\p{N}]+/u, counted by code unit: a regex match per word made an array per word
  let n = 0, inWord = false;
  for (let i = 0; i < t.length && n <= cap; i++) {
    const c = t.charCodeAt(i);
    let w: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      w = WORD_CHAR.test(t.slice(i, i + 2));
      i++;
    } else {
      w = LETTER_OR_DIGIT[c] === 1;
    }
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
};
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** a letter or digit, by code unit */
const LETTER_OR_DIGIT = codeUnitTable('[\\p{L}\\p{N}]');

/** Is this line a boilerplate section heading ("Tin liên quan", "Cùng chuyên mục")? */
export function isBoilerplateHeading(line: string): boolean {
  if (line.length > 40) return false;
  // a line that opens with an ASCII character no heading's first letter is made of ("Lãnh đạo tỉnh") is none:
  // folding leaves that letter the base of the key's first (it composes, lower-cases, moves a tone)
  const c = line.charCodeAt(0);
  if (c > 0x20 && c < 0x7f && !HEADING_INITIALS.has(line[0].toLowerCase())) return false;
  return HEADINGS.has(foldKey(line.replace(/[:：»›>]+\s*$/u, '')));
}

const BOX_HEADINGS = new Set(BP.boxHeadings.map(foldKey));
/** how many headlines a box of other stories inside the body holds at most */
const BOX_LINES = 4;
const ELLIPSIS_END = /(?:\.\.\.|…)["”»)]*$/u;
/** running text of the article's own: a paragraph or a sentence of some length, not a teaser cut off by an ellipsis */
const ownText = (t: string) => !ELLIPSIS_END.test(t) && (isParagraph(t) || (SENTENCE_END.test(t) && !/[?!]["”]?$/u.test(t) && wordCount(t, 12) > 12));

/**
 * Does the article's text go on at line k (after a box or a table's "Nguồn:" line)? Its own running text,
 * then the page's end, more running text or the byline. A teaser under another story's headline is one
 * sentence followed by the next headline ("Tin liên quan" / headline / teaser / headline / teaser): no.
 */
export function textGoesOn(lines: Line[], k: number): boolean {
  while (k < lines.length && lines[k].text === '') k++;
  if (k >= lines.length || !ownText(lines[k].text)) return false;
  let n = k + 1;
  while (n < lines.length && lines[n].text === '') n++;
  return n >= lines.length || ownText(lines[n].text) || isNameLine(lines[n].text);
}

/**
 * A box of other stories' headlines set inside the body: "Tin liên quan", one to BOX_LINES headlines, then
 * the article goes on ("Tin liên quan" / "Phó Thủ tướng kiểm tra dự án sân bay Long Thành" / "Báo cáo với
 * đoàn, Chủ tịch UBND tỉnh cho biết …"). The line where the text goes on, or -1 (the heading ends the body).
 */
export function boxEnd(lines: Line[], j: number): number {
  if (!BOX_HEADINGS.has(foldKey(lines[j].text.replace(/[:：»›>]+\s*$/u, '')))) return -1;
  let k = j + 1, headlines = 0;
  for (; k < lines.length && headlines <= BOX_LINES; k++) {
    const t = lines[k].text;
    if (t === '') continue;
    if (t.length > 200 || ownText(t) || ELLIPSIS_END.test(t) || isBoilerplateHeading(t)) break;
    headlines++;
  }
  return headlines >= 1 && headlines <= BOX_LINES && textGoesOn(lines, k) ? k : -1;
}

/** Page furniture printed as a line: a menu entry, breadcrumb, counter, widget, skip link. */
export function isChrome(t: string): boolean {
  if (t.length <= 2) return true;
  if (t.length > 160) return false;
  // the text is normalised already (NFC, new tone placement): case and spacing are what is left to fold
  if (t.length <= 60) {
    // (most lines have no space to fold: no copy for them)
    const k = t.toLowerCase();
    if (CHROME.has(FOLDABLE_SPACE.test(k) ? k.replace(/\s+/g, ' ') : k)) return true;
  }
  if (t.length <= 100 && chromeStart(t) && CHROME_START.test(t)) return true;
  // (a portal's or an online paper's name may be long: "Cổng Thông tin điện tử tỉnh Hà Tĩnh", eight words; a paper's
  // otherwise is short, and "Báo" opens a headline's "Báo cáo …" too)
  if (t.length <= 90 && siteNameStart(t) && SITE_NAME.test(t) && wordCount(t, 13) <= (PORTAL_NAME.test(t) ? 12 : 7) && !SENTENCE_END.test(t)) return true;
  if (CRUMB_OR_SHARE.test(t) && !SENTENCE_END.test(t)) return true;
  // a counter, a temperature and a player's time hold a digit; a file name no space
  return (DIGIT.test(t) && (COUNTER.test(t) || WEATHER.test(t) || PLAYER.test(t))) || (!t.includes(' ') && IMAGE_FILE.test(t));
}

/** Does a line hold a credit word where a credit starts? (When not, neither credit reader need look: asked once per line of the body.) */
export const creditHint = (t: string) => (t.includes(':') || t.includes('/') || t.includes('(')) && CREDIT_HINT.test(t);

/** A photo credit at the end of a line (or the whole line): its range in the line. `hint`: creditHint(t), when known. */
export function creditRange(t: string, hint?: boolean): Range | null {
  // a credit is short: only the line's last characters are looked at
  const from = Math.max(0, t.length - CREDIT_TAIL);
  const tail = from ? t.slice(from) : t;
  // every form has a colon, a bracket, "ảnh" or is a short line of its own (no hint in the line, none in its tail)
  if (t.length > 40 && !(hint !== false && CREDIT_HINT.test(tail)) && !(tail.includes('(') && /\(\s*nguồn/iu.test(tail)) && !(tail.includes('ảnh') && /[-–]\s*ảnh\s+\d/u.test(tail))) return null;
  // a short line: a bracket, a colon, a dash before "ảnh 1", or a credit word alone
  if (t.length <= 40 && !t.includes('(') && !t.includes(':') && !t.includes('-') && !t.includes('–') && !creditStart(t)) return null;
  const m = CREDIT_AT_END.exec(tail);
  if (!m) return null;
  // "(Nguồn: X)" alone on a line is the article's source line, not a credit
  if (from + m.index === 0 && sourceLine(t)) return null;
  return { start: from + m.index, end: t.length };
}

/** Credits inside a line, where a crawler ran captions and paragraphs together. */
export function midCredits(t: string, hint = CREDIT_HINT.test(t)): Range[] {
  if (!hint) return [];
  const out: Range[] = [];
  for (const m of t.matchAll(CREDIT_MID)) out.push({ start: m.index!, end: m.index! + m[0].trimEnd().length });
  return out;
}

/**
 * A related story's headline printed twice on one line (an image's alt text
 * and the link: "Hai thành phố kết nghĩa … Hai thành phố kết nghĩa …"): the
 * length of one copy, or 0.
 */
export function doubledHeadline(t: string): number {
  if (t.length < 40 || t.length > 500) return 0;
  const half = (t.length - 1) >> 1;
  // both copies start with the line's first character: where the second half does not, no copies are compared
  let first = 0;
  while (first < t.length && isJsSpace(t.charCodeAt(first))) first++;
  for (let i = 0; i < 3; i++) {
    const h = i === 0 ? half : i === 1 ? half + 1 : half - 1;
    let k = h;
    while (k < t.length && isJsSpace(t.charCodeAt(k))) k++;
    if (t.charCodeAt(k) !== t.charCodeAt(first)) continue;
    const a = t.slice(0, h).trim(), b = t.slice(h).trim();
    if (a.length >= 20 && a === b) return h;
  }
  return 0;
}

export function isCaption(t: string): boolean {
  return t.length <= 250 && ((captionStart(t) && CAPTION_START.test(t)) || (photographed(t) && CAPTION_ANYWHERE.test(t)));
}

/** A link to another story inside the body (">> …", "Xem thêm: …"): where its headline starts, or 0 for none. */
export function relatedLink(t: string): number {
  const m = t.length <= 250 && relatedStart(t) ? RELATED_RE.exec(t) : null;
  if (!m) return 0;
  const rest = t.slice(m[0].length);
  return m[0].length + rest.length - rest.trimStart().length;
}

// (a lower-case letter comes early in most lines: that test first)
const isCaps = (t: string) => !/\p{Ll}/u.test(t) && /\p{Lu}{2}/u.test(t);
const isEmphasis = (c: number) => c === 0x2a || c === 0x5f;
const isLabelLine = (t: string) => t.length <= 80 && labelStart(t) && LABEL_RE.test(t) && !SENTENCE_END.test(t);
// a byline's label before the name, with a colon or without: "Viết bởi Minh Anh", "Tác giả: Minh Anh", "Posted by Minh Anh"
const AUTHOR_LABEL = new RegExp(`^(?:${alt(BP.authorLabels)})(?![\\p{L}\\p{N}])\\s*:?\\s*(?=\\S)`, 'iu');
const authorStart = startGate(firsts(BP.authorLabels), 'iu');
/** Where the name after a byline's label starts ("Viết bởi Minh Anh" → 9), 0 when the line opens with no such label. */
export const afterAuthorLabel = (t: string): number => (authorStart(t) ? AUTHOR_LABEL.exec(t)?.[0].length ?? 0 : 0);
// a byline may keep its Markdown emphasis in plain text ("**Hương Dịu**") and open with a label ("Viết bởi Hương Dịu")
const isNameLine = (t: string) => {
  let s = 0, e = t.length;
  while (s < e && isEmphasis(t.charCodeAt(s))) s++;
  while (e > s && isEmphasis(t.charCodeAt(e - 1))) e--;
  const line = s === 0 && e === t.length ? t : t.slice(s, e);
  const name = line.slice(afterAuthorLabel(line));
  if (name.length <= 40 && NAME_LINE.test(name)) return true;
  if (name.length > 160) return false;
  // several authors, a team's label, an affiliation: "Nguyễn Gia - Hoàng Anh", "Trần Minh, Lê Thu Hà", "Nhóm PV Ban
  // Thời sự: Lương Thị Nga, Vũ Đình Khôi", "Nguyễn Thanh Hải (CTV)"
  // (an affiliation closes the line: one that ends in another character needs no search)
  let names = name.replace(TEAM, '');
  if (names.endsWith(')')) names = names.replace(AFFILIATION, '');
  // (an honorific opens a person the article quotes, not its author: "Ông Hà Văn Thạch (Phó Chủ tịch UBND tỉnh)")
  if ((names === name && !SEPARATOR.test(name)) || HONORIFIC.test(names)) return false;
  const parts = names.split(NAME_SEP);
  return parts.length <= 4 && parts.every((p) => p.length <= 40 && ONE_NAME.test(p));
};
/** "Theo Đỗ Minh Tuấn/Báo Thanh Hóa": the author's name and the paper the article is taken from */
const THEO_AUTHOR = /^\(?Theo\s+([^/()]{3,40}?)\s*\/\s*([^/()]{2,60}?)\s*\)?\.?$/u;
/** A closing credit of an author and a source ("Theo Đỗ Minh Tuấn/Báo Thanh Hóa"): where the source starts in the line, and its text; null for none. */
export function authorSource(t: string): { at: number; value: string } | null {
  const m = t.length <= 110 && (t[0] === 'T' || t[0] === '(') ? THEO_AUTHOR.exec(t) : null;
  if (!m || !ONE_NAME.test(m[1])) return null;
  return { at: t.lastIndexOf(m[2]), value: m[2] };
}
/** a paragraph of running text: long, or a full sentence of some length */
const isParagraph = (t: string) => t.length > 250 || (t.length > 140 && SENTENCE_END.test(t));

type Kind = 'chrome' | 'date' | 'label' | 'name' | 'source' | 'text' | 'paragraph';

/** How far into the page the head may reach, in non-empty lines. */
const HEAD_LINES = 16;
const TAIL_LINES = 8;

export interface Head {
  /** line index of the title, or null */
  title: number | null;
  /** last line of the title (a heading in capitals may run over several) */
  titleEnd: number | null;
  /** first line of the body: the title, or running text printed above it */
  firstLine: number;
  /** first line of the body after the title */
  bodyStart: number;
  /** lines before this index are head (metadata), not body */
  headEnd: number;
  blank: Range[];
  source: { value: string; range: Range } | null;
}

/**
 * The head: every non-empty line up to the second paragraph of running text
 * (a sapo may stand before the date line), at most HEAD_LINES. Date lines
 * become publication-date candidates; the title is the headline among the
 * other lines, by evidence (see titleScore).
 */
export function classifyHead(lines: Line[], candidates: Candidate[]): Head {
  const idx: number[] = [];
  const kind: Kind[] = [];
  let paragraphs = 0;
  for (let j = 0; j < lines.length && idx.length < HEAD_LINES && paragraphs < 2; j++) {
    let t = lines[j].text;
    if (t === '') continue;
    let k: Kind;
    const d = t.length <= 200 ? dateCandidate(t, lines[j].start, j) : null;
    // (the stamp ends the line with a digit: another last character spares the pattern)
    const stamp = d || t.length < 20 || !endsInDigit(t) ? null : TRAILING_STAMP.exec(t.slice(-28));
    if (stamp) stamp.index += Math.max(0, t.length - 28);
    if (stamp) {
      // "23 bí thư tỉnh ủy … sau sáp nhập 30/06/2025 08:54": a headline with its stamp run on
      const c = dateCandidate(stamp[1], lines[j].start + stamp.index + stamp[0].indexOf(stamp[1]), j);
      if (c) { candidates.push(c); lines[j].text = t.slice(0, stamp.index); lines[j].end = lines[j].start + stamp.index; t = lines[j].text; }
    }
    if (d) { candidates.push(d); k = 'date'; }
    else if (isChrome(t)) k = 'chrome';
    else if (t.length <= 120 && sourceLine(t)) k = 'source';
    else if (isLabelLine(t)) k = 'label';
    else if (isNameLine(t)) k = 'name';
    else if (isParagraph(t)) { k = 'paragraph'; paragraphs++; }
    else k = 'text';
    idx.push(j); kind.push(k);
  }

  // the title: the best-scored text line before the first paragraph
  let best = -1, bestScore = -Infinity, firstText = -1;
  // running text ends the search: a headline stands above the lead
  let lastTitleAt = idx.length;
  for (let i = 0; i < idx.length; i++) if (kind[i] === 'paragraph' || (kind[i] === 'text' && runningText(lines[idx[i]].text))) { lastTitleAt = i; break; }
  for (let i = 0; i < lastTitleAt; i++) {
    // a heading in capitals looks like a byline in capitals ("ANH QUÂN"), but has more words
    // (bylines follow the headline: above any text a two-word line in capitals is a heading too)
    if (kind[i] !== 'text' && !(kind[i] === 'name' && isCaps(lines[idx[i]].text) && wordCount(lines[idx[i]].text, 3) >= (firstText < 0 ? 2 : 3))) continue;
    const first = firstText < 0;
    if (first) firstText = i;
    if (!titleLike(lines[idx[i]].text, first)) continue;
    const s = titleScore(lines, idx, kind, i, first);
    if (s > bestScore) { best = i; bestScore = s; }
  }
  const title = best >= 0 ? idx[best] : null;
  // an official document's heading in capitals runs over several lines:
  // "BẢN THỎA THUẬN HỢP TÁC" / "GIỮA HAI TỈNH HÀ TĨNH VÀ BÌNH ĐỊNH"
  let titleEnd = title;
  if (best >= 0 && isCaps(lines[idx[best]].text)) {
    for (let i = best + 1, stop = Math.min(idx.length, best + 3); i < stop && idx[i] === idx[i - 1] + 1 && (kind[i] === 'text' || kind[i] === 'name') && isCaps(lines[idx[i]].text); i++) {
      titleEnd = idx[i]; best = i;
    }
  }
  // text above a headline chosen further down is the site's name or slogan,
  // unless it reads as running text: then the body starts there
  let first = best >= 0 ? best : idx.length;
  for (let i = 0; i < first; i++) {
    if (kind[i] === 'paragraph' || (kind[i] === 'text' && runningText(lines[idx[i]].text))) { first = i; break; }
  }

  // after the title: metadata lines up to the first line of text are head, blanked
  const blank: Range[] = [];
  let source: Head['source'] = null;
  let headEnd = titleEnd !== null ? titleEnd + 1 : 0;
  const from = best >= 0 ? best + 1 : 0;
  for (let i = from; i < idx.length; i++) {
    const l = lines[idx[i]];
    if (kind[i] === 'text' || kind[i] === 'paragraph') {
      // a date line may follow a sapo: it and what labels it are still head
      if (kind.indexOf('date', i + 1) < 0) break;
      continue;
    }
    // a date line may be the source's too: "Nguồn: Báo Tài chính - 05/12/2026"
    const m = kind[i] === 'source' || (kind[i] === 'date' && l.text.length <= 120) ? sourceLine(l.text) : null;
    if (m && !source) source = { value: m[1].replace(SOURCE_DATE, '').replace(/[.\s]+$/u, ''), range: { start: l.start, end: l.end } };
    blank.push({ start: l.start, end: l.end });
    headEnd = idx[i] + 1;
  }
  // no title: the body starts at the first line that is not furniture
  let bodyStart = titleEnd !== null ? titleEnd + 1 : 0;
  if (title === null) {
    const i = kind.findIndex((k) => k === 'text' || k === 'paragraph');
    bodyStart = i >= 0 ? idx[i] : (idx.length ? idx[idx.length - 1] + 1 : lines.length);
  }
  const firstLine = first < best ? idx[first] : (title ?? bodyStart);
  return { title, titleEnd, firstLine, bodyStart: Math.min(bodyStart, firstLine === title ? bodyStart : firstLine), headEnd: Math.max(headEnd, bodyStart), blank, source };
}

/** a line that reads as running text rather than a heading: a sentence, a line ending in a colon */
const runningText = (t: string) => (SENTENCE_END.test(t) && !/[?!]["”]?$/u.test(t) && wordCount(t, 12) > 12) || /[:：]$/u.test(t) || wordCount(t, 40) > 40;

function titleLike(t: string, first: boolean): boolean {
  const w = wordCount(t, 45);
  return w >= (first ? 1 : 3) && w <= 45 && t.length >= (first ? 2 : 10) && t.length <= 250 && !/[:：]$/u.test(t)
    && !/^[\p{Ll}(\-–•*+]/u.test(t) && !creditRange(t) && !relatedLink(t);
}

/**
 * Evidence that a line is the headline: it comes first among the text lines;
 * a date line, a byline or a label follows it (the portal's header block);
 * a date line precedes it (date-first layouts); a breadcrumb ends with it;
 * it is repeated. A full sentence ending in a period is more likely a lead.
 */
function titleScore(lines: Line[], idx: number[], kind: Kind[], i: number, first: boolean): number {
  const t = lines[idx[i]].text;
  let next = -1;
  for (let k = i + 1; k < idx.length && next < 0; k++) if (kind[k] !== 'chrome') next = k;
  const nt = next >= 0 ? lines[idx[next]].text : '';
  let s = 0;
  if (first) {
    // a first line of one or two words is a short headline ("Tiêu đề", "KẾ HOẠCH" over more capitals),
    // unless a longer headline follows it: then it is the section's name ("Nhân sự", "Thời sự")
    const heading = isCaps(t) && isCaps(nt);
    s = wordCount(t, 3) >= 3 || heading || next < 0 || kind[next] !== 'text' || runningText(nt) || SENTENCE_END.test(nt) ? 2 : -2;
  }
  // a date line, a byline or a label under it: a portal's header block (a line of capitals
  // under a heading in capitals continues the heading, it is no byline)
  if (next >= 0 && (kind[next] === 'date' || kind[next] === 'label' || (kind[next] === 'name' && !(isCaps(t) && isCaps(nt))))) s += 3;
  for (let k = i - 1; k >= 0; k--) {
    if (kind[k] === 'chrome' && !BREADCRUMB.test(lines[idx[k]].text)) continue;
    if (kind[k] === 'date') s += 1;
    if (BREADCRUMB.test(lines[idx[k]].text) && lines[idx[k]].text.includes(t.slice(0, 30))) s += 2;
    break;
  }
  // repeated in the head (under the date, or in a breadcrumb or share line)
  for (let k = 0; k < idx.length; k++) if (k !== i && lines[idx[k]].text.includes(t)) { s += 1; break; }
  if (SENTENCE_END.test(t) && !/[?!]$/.test(t) && t.length > 120) s -= 2;
  if (t.length > 200) s -= 1;
  if (wordCount(t, 3) < 4 && !first) s -= 1;
  return s;
}

export interface Tail {
  /** the body ends before this line */
  end: number;
  /** lines after the body that are furniture, not related headlines */
  skip: Set<number>;
  source: { value: string; range: Range } | null;
}

const TAG_LIST = /^[^.!?]{0,400}$/u;
// (TAG_LIST is the absence of these, found without backtracking, and a length: a paragraph has a stop early)
const SENTENCE_MARK = /[.!?]/;
/** "Tags: Quảng Ninh, Hải Phòng", "Từ khóa: du lịch": a line the page's tags open with their label */
const TAG_LABEL = new RegExp(`^(?:${alt(BP.tagLabels)})\\s*:`, 'iu');
/** A line of the page's tags: after their label, or a list of short items with no sentence in it. */
export const isLabelledTags = (t: string) => t.length <= 400 && TAG_LABEL.test(t) && !SENTENCE_MARK.test(t);
const isTagList = (t: string) => isLabelledTags(t) ||
  (t.indexOf(',') !== t.lastIndexOf(',') && !SENTENCE_MARK.test(t) && (t.length <= 400 || TAG_LIST.test(t)) && t.split(',').every((p) => wordCount(p, 8) <= 8));

/**
 * The tail: the last lines before the body's end that a crawler or a portal
 * adds after the text: a time stamp (`27/05/13 15:20 GMT+7`), a category, a
 * tag list, a source code, the author's name. A time stamp there is a
 * publication-date candidate. Only furniture is cut: a line of running text
 * stops the walk.
 */
/** a headline, then its date in brackets or after a dash: "Tiếp Đoàn công tác tỉnh Quảng Bình (15/03/2024)" */
const DATED_HEADLINE = /^(?:[-*+•]\s+)?["“]?[\p{Lu}\d][^\n]{2,200}?[^.!?:;,\s]\s*(?:\(\s*\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2})?\s*\)|[-–]\s*\d{1,2}\/\d{1,2}\/\d{4})$/u;
/**
 * Such headlines run together on one line, each date glued between its headline and the next one's capital:
 * "Thủ tướng làm việc với tỉnh Sơn La06/12/2026Bộ trưởng thăm Lai Châu05/12/2026" (a list whose items lost their
 * breaks). Two glued dates at least, and no sentence inside.
 */
const GLUED_DATE = /(?<=[\p{L}\p{M})"”])\d{1,2}\/\d{1,2}\/\d{4}(?=\p{Lu}|\s*$)/gu;
/** Does t hold n slashes or more? */
const slashes = (t: string, n: number) => {
  for (let i = t.indexOf('/'); i >= 0; i = t.indexOf('/', i + 1)) if (--n === 0) return true;
  return false;
};
const isGluedHeadlines = (t: string) => gluedHeadlineEnds(t, 2).length >= 2;
/** Where each headline of such a line ends (after its date), up to `most`; none when the line is not one. */
export function gluedHeadlineEnds(t: string, most = Infinity): number[] {
  const ends: number[] = [];
  // (two dates are four slashes: a line with fewer, most of them, is no such list and needs no search)
  if (t.length > 2000 || !slashes(t, 4) || !/^["“]?[\p{Lu}\d]/u.test(t) || /[.!?…]\s+\p{Lu}/u.test(t)) return ends;
  GLUED_DATE.lastIndex = 0;
  for (let m; ends.length < most && (m = GLUED_DATE.exec(t));) ends.push(m.index + m[0].length);
  return ends.length >= 2 ? ends : [];
}
/** (its date closes the line, "…(15/03/2024)" or "… - 15/03/2024": a line ending in another character needs no search) */
const isDatedHeadline = (t: string) => t.length <= 250 && closesWithDate(t) && DATED_HEADLINE.test(t);
const closesWithDate = (t: string) => {
  const c = t.charCodeAt(t.length - 1);
  return c === 0x29 || (c >= 0x30 && c <= 0x39);
};

export function classifyTail(lines: Line[], from: number, bodyEnd: number, candidates: Candidate[]): Tail {
  // other stories' headlines, each with its date, listed with no heading after the body ("Kiểm tra công tác
  // phòng chống cháy rừng (18/03/2024)", "Tuyên chiến (01/10/2004)"): two at least, read whole, however many
  // (one such line may be the article's own stamp); the body's tail is read before them
  let end = bodyEnd, listed = 0;
  for (let j = bodyEnd - 1; j >= from; j--) {
    if (lines[j].text === '') continue;
    if (isGluedHeadlines(lines[j].text)) listed += 2;
    else if (isDatedHeadline(lines[j].text)) listed++;
    else break;
    end = j;
  }
  if (listed < 2) end = bodyEnd;
  const skip = new Set<number>();
  // ('labelled': tags after their label, "Tags: …", furniture wherever they close the page)
  const run: { j: number; k: 'date' | 'tags' | 'labelled' | 'short' | 'name' | 'related' }[] = [];
  for (let j = end - 1, n = 0; j >= from && n < TAIL_LINES; j--) {
    const t = lines[j].text;
    if (t === '') continue;
    n++;
    const d = t.length <= 80 ? dateCandidate(t, lines[j].start, j) : null;
    if (d) { d.evidence.push('tail'); candidates.push(d); run.push({ j, k: 'date' }); continue; }
    if (isTagList(t)) { run.push({ j, k: isLabelledTags(t) ? 'labelled' : 'tags' }); continue; }
    if (isNameLine(t)) { run.push({ j, k: 'name' }); continue; }
    // a teaser of another story after the byline: "more(BĐT)- Trong thông báo …"
    if (relatedLink(t)) { run.push({ j, k: 'related' }); continue; }
    if (t.length <= 30 && wordCount(t, 3) <= 3 && !SENTENCE_END.test(t)) { run.push({ j, k: 'short' }); continue; }
    break;
  }
  /** what may close the page after the body's last line: the author's name, teasers, labelled tags */
  const closing = (r: { k: string }) => r.k === 'name' || r.k === 'related' || r.k === 'labelled';
  let cut = end;
  const stamp = run.findIndex((r) => r.k === 'date');
  if (stamp >= 0) {
    // a crawler's block: everything from its time stamp on
    for (let i = 0; i < run.length; i++) {
      if (i > stamp && !closing(run[i])) break;
      cut = run[i].j;
    }
  } else {
    // the author's name closing the article ("Minh Anh", "ANH QUÂN", "**Lê Hoa**"), teasers after it, labelled tags
    for (const r of run) { if (!closing(r)) break; cut = r.j; }
    if (!run.some((r) => r.j >= cut && (r.k === 'name' || r.k === 'labelled'))) cut = end;
  }
  // furniture is skipped; a teaser stays among the related headlines
  for (const r of run) if (r.j >= cut && r.k !== 'related') skip.add(r.j);
  return { end: cut, skip, source: null };
}
