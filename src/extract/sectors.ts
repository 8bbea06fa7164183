/**
 * Sector lists ("trên các lĩnh vực trọng tâm: đầu tư; du lịch, văn hóa; ...;
 * giáo dục, đào tạo và y tế") → sectors of the taxonomy in data/sectors.json.
 *
 * Compound sectors ("khoa học và công nghệ", "giáo dục, đào tạo") are taken
 * whole before the list is split on ";", "," and "và"; within an item the
 * longest known phrase wins ("đầu tư bất động sản" → real-estate); an item
 * the taxonomy does not know is kept with key null (the `sector-unknown` rule tells of it).
 */
import type { Sector, Span } from '../types.js';
import { agreements, enumerations, sectors } from '../data.js';
import { R, alternation, alternationAnyCase, listed, matches } from '../text/regex.js';
import { WordHints } from './hints.js';
import { PhraseFinder, phraseKey, type PhraseMatch } from '../text/phrases.js';
import { WORD_MARKER } from './priorities.js';

/** a count spelled out, "hai" to "mười" (data/enumerations.json numberWords): "trên ba lĩnh vực", "4 lĩnh vực" */
export const COUNT_WORDS = alternation(Object.keys(enumerations().numberWords));
/** an enumeration's marker standing alone between separators: "Một là, hợp tác du lịch; Hai là, …" lists no sector "Một là" */
const MARKER_ITEM = new RegExp(`^(?:${WORD_MARKER})$`, 'u');

const S = sectors();
const W = agreements();

const LABEL = new Map(S.sectors.map((s) => [s.key, s.label]));
// Sector phrases are looked up word by word (text/phrases.ts): a regex of the
// hundreds of variants would cost tens of milliseconds to compile. Matching
// ignores case and the spacing around hyphens and commas.
const COMPOUNDS = new PhraseFinder<string[]>(S.compounds.map((c) => [c.phrase, c.keys]));
const VARIANTS = new PhraseFinder<string[]>(S.sectors.flatMap((s) => s.variants.map((v): [string, string[]] => [v, [s.key]])), true);

/** words that start no list found without "lĩnh vực": generic words ("thông tin", "kinh tế") and goals ("kinh tế - xã hội") */
const NO_START = new Set([...S.sectors.flatMap((s) => s.ambiguous ?? []), ...S.generic].map(phraseKey));
const GENERIC = new Set(S.generic.map(phraseKey));
/** A goal rather than a field ("kinh tế - xã hội"): counted only inside an explicit list. */
export function isGenericSector(text: string): boolean {
  return GENERIC.has(phraseKey(text));
}
/** "sản xuất, chế biến, tiêu thụ và xuất khẩu": a run of two value-chain stages starts a list; a stage is an item, known or not */
const CHAIN_WORD = `(?:${alternation(S.valueChain)})${R}`;
const CHAIN_RUN = new RegExp(`^${CHAIN_WORD}(?:\\s*,\\s*|\\s+và\\s+)${CHAIN_WORD}`, 'iu');
const CHAIN_AT = new RegExp(`^${CHAIN_WORD}`, 'iu');
const CHAIN = new Set(S.valueChain.map(phraseKey));
/** "xây dựng đô thị thông minh": a verb before another sector */
const VERB_LIKE = new Set(S.verbLike.map(phraseKey));
const VERB_AT = new RegExp(`^(?:${alternation(S.verbLike)})${R}`, 'iu');

/** The text with the phrases found in it replaced by `by(phrase)`. */
function replaceWords(text: string, found: PhraseMatch[], by: (m: string) => string): string {
  let out = '', at = 0;
  for (const m of found) { out += text.slice(at, m.index) + by(m.text); at = m.end; }
  return out + text.slice(at);
}
const SEPARATOR = /\s*[;,]\s*|\s+(?:và|cùng|hoặc)\s+/gu;
// a filler or a verb around a sector: "đẩy mạnh hợp tác trong lĩnh vực đầu tư" → "đầu tư"
const FILLER_ONE = new RegExp(`^(?:${alternation([...W.listFillers, ...W.itemVerbs])})${R}[\\s:,]*`, 'iu');
/** Whether a known sector phrase starts at text[i]. */
function knownStartsAt(text: string, i: number): boolean {
  const rest = text.slice(i, i + 60);
  return !!(COMPOUNDS.startMatch(rest) ?? VARIANTS.startMatch(rest));
}
/** what may stand between a cue and the first sector: fillers and verbs only ("hợp tác với tổng mức đầu tư" is no list) */
const GAP_PREFIX = new RegExp(`^(?:[\\s:,]|(?:${alternation([...W.listFillers, ...W.itemVerbs, 'chung', 'phát triển', 'công tác', 'việc'])})${R})*`, 'iu');
/** a sector word in a body's name: "Bộ Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch" */
const ORG_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(W.organizationHeads)})\\s+$`, 'u');
/** a head at the end of that gap that is part of a field's name ("công tác đoàn", "công tác dân số") */
const GAP_HEAD_END = /(?:^|\s)công tác\s+$/iu;
const STOP = new RegExp(`^(?:${alternation(W.listStops)})${R}`, 'iu');
const INNER_STOP = new RegExp(`\\s(?:${alternation(W.listStops)})${R}`, 'iu');
const SOFT_STOP = /^\s(?:gắn với|với)$/u;
/** a stop that may join the words of one item ("hỗ trợ vốn cho doanh nghiệp"): see itemGoesOn */
const CONNECTIVE = new RegExp(`^\\s(?:${alternation(W.itemConnectives)})$`, 'iu');
const ONLY_SEPARATORS = /^(?:[\s,;–-]|và)*$/u;
/** what a point's marker numbers its points by: digits, a letter, a small Roman numeral ("(iii)") */
export const POINT = '(?:\\d{1,2}|[a-zđ]|[ivx]{2,4})';
// (a bracket ends the list, but not one of a point's marker inside it: "(1) xúc tiến đầu tư; (2) …", "a) …; b) …",
// "(ii) nghiên cứu khoa học")
const END = new RegExp(`\\s*(?:\\.\\.\\.|…|v\\.v\\.?|vv\\.?|\\.(?=\\s|$)|[!?"“”]|\\((?!\\s*${POINT}\\s*\\))|(?<!(?:^|[(\\s;:,])${POINT}\\s*)\\)|\\n)`, 'u');
/** a point's marker that opens an item: "(1) ", "2) ", "a) ", "(ii) " */
const POINT_MARKER = new RegExp(`^\\(?\\s*${POINT}\\s*\\)\\s*`, 'u');

/**
 * (Scans check the left word edge themselves, see atWordStart.)
 * "lĩnh vực" phrases that open a list: "trên các lĩnh vực (trọng tâm)?:", "về các lĩnh vực",
 * "trong (các) lĩnh vực", "tập trung ở năm lĩnh vực:", "các lĩnh vực hợp tác ... là".
 */
export const SECTOR_LEAD = new RegExp(
  `(?:(?:${alternationAnyCase(W.sectorListPrepositions)})\\s+(?:(?:các|những|một số|\\d+|${COUNT_WORDS})\\s+)?` +
  // a qualifier is not the start of a sector: "lĩnh vực chính trị" is politics, not "main field: trị"
  `(?:${listed(W.sectorNouns)})(?:\\s+(?:${alternation(W.sectorLeadQualifiers)})${R}(?!\\s+(?:trị|sách|phủ|quyền)${R}))*` +
  `|[Cc]ác lĩnh vực hợp tác[^.:;\\n]{0,80}?\\s(?:là|gồm)${R}` +
  // a counted set of fields that is then listed: "triển khai 4 lĩnh vực trọng tâm gồm: ...", "5 lĩnh vực:"
  `|(?:\\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những)\\s+(?:${listed(W.sectorGroupNouns)})(?:\\s+(?:${alternation([...W.sectorLeadQualifiers, 'hợp tác', 'chính', 'trọng tâm'])})${R})*(?=\\s*(?:[:]|gồm|bao gồm|là|như)))` +
  `\\s*(?:[:–-]\\s*|(?:như|gồm|bao gồm|là)${R}\\s*:?\\s*)?`, 'gu');

/** A word every lead of SECTOR_LEAD holds: the first word of its nouns ("lĩnh", "ngành", "nhóm"), for a cheap test of where a lead may be. */
export const SECTOR_LEAD_HINT = new WordHints([...W.sectorNouns, ...W.sectorGroupNouns, 'lĩnh vực'].map((n) => n.split(' ')[0]));

/** "hợp tác về du lịch", "hợp tác toàn diện về ...", "về hợp tác hàng không", "hợp tác GD-ĐT", "hợp tác trong văn hóa - nghệ thuật": a looser lead, trusted for known sectors only. */
export const COOPERATION_ABOUT = new RegExp(`(?:[Hh]ợp tác(?:\\s+(?:toàn diện|chặt chẽ|sâu rộng))?(?:\\s+(?:về|trong))?|[Vv]ề\\s+hợp tác)\\s+(?!(?:các\\s+|những\\s+)?(?:lĩnh vực|ngành)${R})`, 'gu');

export interface SectorResult { sectors: Sector[]; /** where the list ended */ end: number; /** where its last item taken ends */ last: number }

/** The sectors listed in text[from..]: the list ends with its sentence, an ellipsis, or a word like "nhằm". */
/**
 * `strict`: known sectors only (a loose lead: "hợp tác về ..."). `cued`: a list found
 * without "lĩnh vực", which ends where two unknown items in a row show the
 * sentence has moved on to activities ("quản lý biên giới; duy trì chế độ hội đàm, định kỳ, ...").
 */
export function sectorList(text: string, from: number, limit: number, span: (s: number, e: number) => Span, strict = false, cued = false): SectorResult {
  const rest = text.slice(from, limit);
  const endM = END.exec(rest);
  const listEnd = from + (endM ? endM.index : rest.length);
  const out: SectorResult = { sectors: [], end: listEnd, last: from };
  // compounds are atomic: blank them so the separators inside do not split them
  let masked = text.slice(from, listEnd);
  const compounds: Array<[number, number]> = [];
  for (const m of COMPOUNDS.find(masked)) {
    compounds.push([m.index, m.end]);
    masked = masked.slice(0, m.index) + '\u0001'.repeat(m.end - m.index) + masked.slice(m.end);
  }
  let segStart = 0;
  const segments: Array<[number, number]> = [];
  for (const m of matches(SEPARATOR, masked)) {
    segments.push([segStart, m.index!]);
    segStart = m.index! + m[0].length;
  }
  segments.push([segStart, masked.length]);

  /** whether the item is known compounds and the fillers before them only */
  const namesOnlyCompounds = (item: string, s: number): boolean => {
    let rest = '', at = s;
    for (const [cs, ce] of compounds) {
      if (from + cs < s || from + ce > s + item.length) continue;
      rest += text.slice(at, from + cs) + ' '; at = from + ce;
    }
    if (at === s) return false;
    rest = (rest + text.slice(at, s + item.length)).trim();
    for (let f = FILLER_ONE.exec(rest); f && f[0].length; f = FILLER_ONE.exec(rest)) rest = rest.slice(f[0].length);
    return ONLY_SEPARATORS.test(replaceWords(rest, VARIANTS.find(rest), () => ''));
  };
  /** whether a separator (a comma, a semicolon; in a cued list a semicolon) follows item i and the next item opens with a known sector, its fillers skipped */
  const itemGoesOn = (i: number): boolean => {
    // (a list found without "lĩnh vực" only between semicolons: "hướng dẫn các cơ sở dạy nghề miễn giảm học phí cho thanh
    // niên diện chính sách, thanh niên …" is a sentence going on)
    if (i + 1 >= segments.length || !(cued ? /;/u : /[,;]/u).test(masked.slice(segments[i][1], segments[i + 1][0]))) return false;
    // a point's marker opening this item and the next: the list is numbered, and goes on whatever the next item is
    // ("(2) trợ giúp pháp lý cho người dân; (3) hòa giải ở cơ sở")
    if (POINT_MARKER.test(masked.slice(segments[i][0], segments[i][0] + 6)) && POINT_MARKER.test(masked.slice(segments[i + 1][0], segments[i + 1][0] + 6))) return true;
    let n = from + segments[i + 1][0];
    const end = from + segments[i + 1][1];
    for (let f = FILLER_ONE.exec(text.slice(n, end)); f && f[0].length && !knownStartsAt(text, n); f = FILLER_ONE.exec(text.slice(n, end))) n += f[0].length;
    return /\u0001/u.test(masked[segments[i + 1][0]] ?? '') || knownStartsAt(text, n);
  };
  /** unknown items since the last known one (a cued list drops a run of two and ends) */
  let unknownRun = 0;
  const chain = CHAIN_RUN.test(text.slice(from, from + 60));
  /** an item ended where the sentence went on ("Xây dựng gắn với ..."): only known sectors go on with the list */
  let wentOn = false;
  /** whether the item before was written in capitals ("công nghiệp Khí"): a list in title case, not a name going on */
  let titleCase = false;
  /** the index of the item read after a soft stop */
  let after = -1;
  for (let i = 0; i < segments.length; i++) {
    const [s0, e0] = segments[i];
    let s = from + s0, e = from + e0;
    const marker = POINT_MARKER.exec(text.slice(s, e));
    if (marker) s += marker[0].length;
    const raw = text.slice(s, e);
    // fillers and verbs go, one at a time, until a known phrase starts ("mở rộng hợp tác quốc tế" → "hợp tác quốc tế")
    for (let f = FILLER_ONE.exec(raw), off = 0; f && f[0].length; f = FILLER_ONE.exec(raw.slice(off))) {
      if (knownStartsAt(text, s)) break;
      s += f[0].length; off += f[0].length;
    }
    while (e > s && /[\s.:]/.test(text[e - 1])) e--;
    if (e <= s || MARKER_ITEM.test(text.slice(s, e))) continue;
    // in a value chain the stage is the item; what it works on is shared ("xuất khẩu sản phẩm nông nghiệp" → "xuất khẩu")
    const stage = chain ? CHAIN_AT.exec(text.slice(s, e)) : null;
    if (stage) e = s + stage[0].length;
    if (STOP.test(text.slice(s, e))) break;
    // known phrases in the item, found once: "hàng không với 22 quốc gia": the item
    // ends where the sentence goes on (outside a known phrase), and so does the list
    let known = VARIANTS.find(text.slice(s, e));
    let inner = INNER_STOP.exec(replaceWords(text.slice(s, e), known, (m) => '\u0001'.repeat(m.length)));
    // "trên các lĩnh vực: du lịch, hỗ trợ vốn cho doanh nghiệp, y tế, giáo dục": a connective inside an item the list
    // goes on after is one of its words; the item is what is known before it ("đào tạo nghề cho lao động nông thôn" →
    // "đào tạo nghề"), else its words before it ("thực phẩm an toàn cho thành phố" → "thực phẩm an toàn"), else
    // the item whole ("vốn cho doanh nghiệp": one word alone is none)
    if (inner && !strict && CONNECTIVE.test(inner[0]) && itemGoesOn(i)) {
      const before = known.filter((m) => m.end <= inner!.index);
      if (before.length || /\S\s+\S/u.test(text.slice(s, s + inner.index))) { e = s + inner.index; known = before; } else known = [];
      inner = null;
    } else if (inner) { e = s + inner.index; known = known.filter((m) => m.end <= inner!.index); }
    const item = text.slice(s, e);
    // after "gắn với" only a sector phrase as a whole is one ("... gắn với bảo đảm an toàn thông tin"), not an object
    // that names a sector word ("xây dựng gắn với việc bảo vệ di sản kiến trúc cổ", "đào tạo với Đại học Kinh tế")
    if (i === after && (/^\p{Lu}/u.test(item) || !known.length || known[known.length - 1].end < item.length)) continue;
    // a loose lead names sectors outright ("kinh tế - văn hóa - khoa học kỹ thuật"), or names none
    // ... a compound in it counts whole, with the head before it ("công tác xây dựng Đảng và hệ thống chính trị")
    if (strict && !ONLY_SEPARATORS.test(replaceWords(item, known, () => '')) && !namesOnlyCompounds(item, s)) break;
    const found: Sector[] = [];
    // "xây dựng đô thị thông minh": the verb before a sector is no sector
    known = known.filter((m, i) => !(VERB_LIKE.has(m.key) && known[i + 1] && /^\s+$/u.test(text.slice(s + m.end, s + known[i + 1].index))));
    for (const m of known) {
      for (const key of m.value) found.push(sector(key, m.text, span(s + m.index, s + m.end)));
    }
    // a compound blanked out of the item: its own keys
    const whole = compounds.filter(([cs, ce]) => from + cs >= s && from + ce <= e);
    if (whole.length) {
      found.length = 0;
      for (const [cs, ce] of whole) {
        const t = text.slice(from + cs, from + ce);
        for (const key of COMPOUNDS.get(t) ?? []) found.push(sector(key, t, span(from + cs, from + ce)));
      }
    }
    if (found.length && /^\p{Lu}/u.test(item) && inName(text, s)) break;
    // mid-list items are lower case: a capital is a name going on ("Bộ Công nghiệp, Thương mại và Năng lượng")
    // (after a semicolon an item may open with a capital: "Xây dựng chính quyền số; Phát triển kinh tế số")
    if (found.length && s0 > 0 && /^\p{Lu}/u.test(item) && !titleCase && !/[:;\n]\s*$/u.test(text.slice(Math.max(from, s - 4), s))) break;
    titleCase = found.length > 0 && /(?:^|\s)\p{Lu}[\p{L}\p{M}-]*$/u.test(item);
    // "Xây dựng gắn với ...", "nông nghiệp bền vững với ...": the item ends and the list may go on;
    // any other stop ("... giữa Bộ A và Bộ B") ends the list
    if (found.length) {
      out.sectors.push(...found); unknownRun = 0; out.last = e;
      if (inner && !SOFT_STOP.test(inner[0])) break;
      // "ứng dụng số gắn với bảo đảm an toàn thông tin": what follows the soft stop is read as the next item
      if (inner) { segments.splice(i + 1, 0, [s - from + inner.index + inner[0].length, e0]); after = i + 1; }
      wentOn = wentOn || !!inner;
      continue;
    }
    if (wentOn) break;
    // a long unknown item is the sentence going on, not a sector; a loose lead ("hợp tác về") takes known sectors only
    // ... and so is a lone unknown syllable ("vị này", "cần"): sectors take two words or more, or are known
    const words = item.split(/\s+/).length;
    if (strict || words > 6 || words < 2) break;
    // ... and so is one that names a body or a person past its first word ("tennis Phú Thọ", "doanh nghiệp
    // Nguyễn Phan"; an acronym is no name: "phòng chống HIV/AIDS")
    if (/\s\p{Lu}\p{Ll}/u.test(item)) break;
    // a stage of a value chain is an item of its own ("sản xuất, tiêu thụ, xuất khẩu")
    if (cued && !CHAIN.has(phraseKey(item)) && ++unknownRun >= 2) {
      out.sectors.pop();
      break;
    }
    out.sectors.push({ key: null, label: null, text: item.replace(/\s+/g, ' '), span: span(s, e) });
    out.last = e;
    // the sentence went on inside the item: the list ends with it
    if (inner) break;
  }
  return out;
}

/**
 * Where the first known sector phrase starts in text[from, to), or -1: a list
 * said without "lĩnh vực" starts there ("hai bên sẽ đồng hành trong phát triển
 * hạ tầng số, chính quyền số, ..." → from "hạ tầng số"; the verb is left out).
 */
export function firstKnown(text: string, from: number, to: number, subject = false): number {
  // only fillers and verbs stand before it: skip them, then a phrase must start right there
  const gap = GAP_PREFIX.exec(text.slice(from, to))![0].length;
  let at = from + gap;
  let rest = text.slice(at, Math.max(at, to) + 60);
  let m = phraseAt(rest);
  // none after the whole gap, or a word that starts no list there: the head "công tác" that ends it may start one
  // ("về công tác Đoàn" → "công tác đoàn", "trong công tác dân số"; not "trong việc làm quảng cáo": only that head
  // names a field with the word after it)
  const head = m && !NO_START.has(m.key) ? null : GAP_HEAD_END.exec(text.slice(from, from + gap));
  if (head) {
    const h = from + head.index + head[0].search(/\S/u);
    const found = phraseAt(text.slice(h, Math.max(h, to) + 60));
    if (found) { at = h; rest = text.slice(h, Math.max(h, to) + 60); m = found; }
  }
  // a value chain starts a list whatever its stages are to the taxonomy ("phát triển sản xuất, chế biến, tiêu thụ ...")
  if (CHAIN_RUN.test(text.slice(at, at + 60))) return at;
  // a known phrase that opens with a verb the gap skipped is whole ("phát triển đô thị bền vững": "đô thị" alone
  // starts no list, "phát triển đô thị" does; not "trong việc làm quảng cáo")
  if (!m || NO_START.has(m.key)) {
    const lead = from + /^[\s:,]*/u.exec(text.slice(from, from + 8))![0].length;
    const whole = lead < at && VERB_AT.test(text.slice(lead, lead + 12)) ? phraseAt(text.slice(lead, Math.max(lead, to) + 60)) : null;
    if (whole && lead + whole.end > at && !NO_START.has(whole.key) && !GENERIC.has(whole.key)) return lead;
  }
  // a generic word ("thương mại", "thông tin") starts a list right after its cue only
  // ("quan hệ thương mại và kinh tế", not "hợp tác và trao đổi thông tin"); a goal never does
  // ... except the subject of a document ("Bản ghi nhớ về tiếp nhận lao động"): what it is about is named there
  if (!m || GENERIC.has(m.key) || (NO_START.has(m.key) && !subject && /\S/u.test(text.slice(from, at)))) return -1;
  // a capitalised sector word inside a sentence is part of a name ("Bộ Giáo dục và Đào tạo")
  if (/^\p{Lu}/u.test(rest) && inName(text, at)) return -1;
  return at;
}

/**
 * Where the first field the taxonomy knows starts in text[from, to), -1 if none: a word that starts no list
 * alone ("thông tin", "điện"), a goal ("kinh tế - xã hội") or a word of a name ("Bộ Giáo dục") is passed over.
 * For a sentence that goes on describing a signing with no cue before its list ("Theo đó, Viettel sẽ hỗ trợ tỉnh
 * xây dựng chính quyền số, kinh tế số, ...": from "chính quyền số"). Each word is looked at once.
 */
export function firstField(text: string, from: number, to: number): number {
  WORD_START.lastIndex = from;
  for (let m = WORD_START.exec(text); m && m.index < to; m = WORD_START.exec(text)) {
    const at = m.index;
    const p = phraseAt(text.slice(at, Math.min(to, at + 60)));
    if (p && !NO_START.has(p.key) && !GENERIC.has(p.key) && !(/^\p{Lu}/u.test(text[at]) && inName(text, at))) return at;
  }
  return -1;
}
const WORD_START = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]/gu;

/** The longest known phrase (a compound or a variant) at the start of text. */
function phraseAt(rest: string) {
  const c = COMPOUNDS.startMatch(rest), v = VARIANTS.startMatch(rest);
  return c && (!v || c.end >= v.end) ? c : v;
}

/** Whether a capitalised word at `i` continues a name: it follows a body's head, or another capitalised word. */
function inName(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 24), i);
  return ORG_BEFORE.test(before) || /\p{Lu}[\p{L}\p{M}]*[\s,]+$/u.test(before);
}

function sector(key: string, text: string, span: Span): Sector {
  return { key, label: LABEL.get(key) ?? null, text: text.replace(/\s+/g, ' '), span };
}
