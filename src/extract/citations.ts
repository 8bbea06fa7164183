/**
 * Citations of numbered Party and State documents:
 *   37-NQ/TW (Party), 13/2020/NĐ-CP, 1234/QĐ-TTg, 59/2020/QH14 (State),
 * with the type word before the number (Nghị quyết, Luật ... số), and the
 * date, issuer and term after it ("ngày 01/7/2004 của Bộ Chính trị (khóa IX)").
 *
 * findCitationMentions() returns every mention with what was written (used by
 * `linkage cite` to check the form); citations() merges mentions of the same
 * document into one fact.
 */
import type { Article } from '../article/article.js';
import type { Citation } from '../types.js';
import { documentKinds, titles as titleData } from '../data.js';
import { foldKey } from '../article/normalize.js';
import { L, R, alternation, atWordStart, capitalize, listed, trie, wordMatches } from '../text/regex.js';
import { isValidDate, isoDate } from '../text/datetime.js';
import { Cover } from '../text/cover.js';
import { overlapsAny } from '../text/ranges.js';
import { findStarts, matchesAt } from '../text/sticky.js';
import { charTable } from '../text/chars.js';
import { personNames } from '../text/persons.js';
import { LEVEL_WORDS, organizationEnd } from './organizations.js';
import type { Extractor } from './extractor.js';

const DK = documentKinds();
type KindEntry = (typeof DK.kinds)[number];

/** type code (canonical, upper-cased key) → entry */
const KIND_BY_CODE = new Map<string, KindEntry>();
for (const k of DK.kinds) {
  for (const c of [k.code, ...(k.codeVariants ?? [])]) KIND_BY_CODE.set(c.toUpperCase(), k);
}
/** type word (folded) → canonical kind word */
const KIND_BY_WORD = new Map<string, string>();
// the coded kinds' words and those of the kinds cited without a code ("Luật …", "Hiến pháp năm 2013")
for (const k of [...DK.kinds, ...DK.uncodedKinds]) for (const w of k.words ?? []) KIND_BY_WORD.set(foldKey(w), capitalize(foldKey(w)));

/**
 * Whether a type word written before a number fits the number: its type code
 * (Party codes may mean another kind: QĐ/TW is a Quy định or a Quyết định) or,
 * for uncoded numbers, its issuer (59/2020/QH14 is a law or a resolution).
 */
export function typeWordFits(typeWord: string, typeCode: string | null, issuerCode: string, party: boolean): boolean {
  const w = foldKey(typeWord);
  if (typeCode) {
    const e = KIND_BY_CODE.get(typeCode.toUpperCase());
    if (!e) return true;
    const words = party && e.partyWords ? e.partyWords : e.words ?? [];
    return words.some((x) => foldKey(x) === w);
  }
  const words = UNCODED_WORDS.find(([re]) => re.test(issuerCode))?.[1];
  return !words || words.has(w);
}
/** Uncoded numbers (NN/YYYY/QHnn): the issuer code's shape → the kind words it admits. */
const UNCODED_WORDS: Array<[RegExp, Set<string>]> = [];
for (const u of DK.uncodedKinds) {
  const shape = /^NN\/YYYY\/([A-Z]+)nn$/.exec(u.idShape ?? '');
  if (!shape) continue;
  const re = `^${shape[1]}\\d{1,2}$`;
  let entry = UNCODED_WORDS.find(([r]) => r.source === re);
  if (!entry) UNCODED_WORDS.push(entry = [new RegExp(re), new Set()]);
  for (const w of u.words) entry[1].add(foldKey(w));
}

const ISSUER_NAMES = DK.issuers.flatMap((i) => i.names);
/** the issuers' codes, as numbers write them ("CP", "TTg", "VPCP") */
const ISSUER_CODES = new Set(DK.issuers.flatMap((i) => [i.code, ...(i.codeVariants ?? [])]));
const ISSUER_CODE_BY_NAME = new Map(DK.issuers.flatMap((i) => i.names.map((n) => [foldKey(n), i.code] as const)));
/** Whether a type code is one the lexicon knows (5046/TCHQ-GSQL is an official letter: TCHQ is its issuer). */
export function isKindCode(code: string): boolean {
  return KIND_BY_CODE.has(code.toUpperCase());
}
const SIGNATORY_TITLES = titleData().signatoryTitles;
const SIGNATORY_KEY = new RegExp(`^(?:${listed(SIGNATORY_TITLES.map(foldKey))}) `, 'u');
/** the listed issuers, longest first: a local body's name opens with one of them */
const ISSUER_KEYS_LONGEST = [...ISSUER_CODE_BY_NAME.keys()].sort((x, y) => y.length - x.length);
/** what follows a listed body's name in a local body's: its place ("Ủy ban nhân dân tỉnh Lào Cai", "Tỉnh ủy Lào Cai") */
const LOCAL_TAIL = new RegExp(`^ (?:${LEVEL_WORDS})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');

/**
 * The issuer code a written issuer name stands for, if the lexicon knows it: "Bộ Chính trị" → TW, and a
 * local body by the listed body its name opens with ("Ủy ban nhân dân tỉnh Lào Cai" → UBND).
 */
export function issuerCodeOfName(name: string): string | null {
  const written = foldKey(name);
  const code = ISSUER_CODE_BY_NAME.get(written);
  if (code) return code;
  // the official who signed for the body: "Bộ trưởng Bộ Tài chính" → BTC
  const key = written.replace(SIGNATORY_KEY, '');
  if (key !== written && ISSUER_CODE_BY_NAME.has(key)) return ISSUER_CODE_BY_NAME.get(key)!;
  const listedBody = ISSUER_KEYS_LONGEST.find((k) => key.startsWith(k) && LOCAL_TAIL.test(key.slice(k.length)));
  return listedBody ? ISSUER_CODE_BY_NAME.get(listedBody)! : null;
}
/** The issuer names the lexicon gives a code (TW → Bộ Chính trị, Ban Bí thư, …). */
export function issuerNames(code: string): string[] {
  return DK.issuers.find((i) => i.code === code || (i.pattern && new RegExp(i.pattern).test(code)))?.names ?? [];
}
const ISSUER_RE_SRC = alternation(ISSUER_NAMES);

const UP = 'A-ZĐÐƯ';
const CODE_CHARS = `${UP}a-zđư0-9&`;
/**
 * A document's number: up to five digits, a sub-number after a dot ("Nghị quyết số 66.7/2025/NQ-CP", one of
 * the Government's 2025 resolutions numbered 66.1, 66.2, …), a letter ("12a/2020/…"). Never the tail of a
 * longer number ("7/2025" inside "66.7/2025", "009/QĐ" inside "1.009/QĐ", "2020/NĐ-CP" after "số 5,7/").
 */
const NOT_A_TAIL = '(?<!\\d[.,]|/)';
const NUM = `${NOT_A_TAIL}\\d{1,5}(?:\\.\\d{1,2}(?!\\d))?[a-z]?`;
/**
 * NUM sep [YEAR sep] TYPE sep ISSUER — separators are captured so that the
 * written form can be checked against the canonical one.
 */
const NUMBER_RE = new RegExp(
  `${L}(${NUM})(\\s*[-/]\\s*|\\s+)(?:((?:19|20)\\d{2})(\\s*[-/]\\s*|\\s+))?` +
  // "T.Ư", "TH.U" are how some papers abbreviate TƯ (Trung ương), ThU (Thành ủy)
  `([${UP}][${UP}a-zđ]{0,5})(\\s*[-/]\\s*)([${UP}]{1,2}\\.\\s?[${UP}]${R}|[${UP}][${CODE_CHARS}]{0,15}(?:-[${UP}][${CODE_CHARS}]{0,15})*)${R}`,
  'yu');
/** NUM/YEAR/ISSUER with no type code: laws and resolutions of the National Assembly (59/2020/QH14) */
const NUMBER_NOTYPE_RE = new RegExp(
  `${L}(${NUM})\\s*/\\s*((?:19|20)\\d{2})\\s*/\\s*((?:UBTV)?QH\\d{1,2}|L-CTN|PL-UBTVQH\\d{1,2})${R}`, 'yu');

/**
 * NUM/ISSUER with no type code, after a capitalised type word ("Quyết định số 780/NHNN",
 * "Công văn số 123/BTC", "Quyết định số 477-TTg"): the issuer's code as written, the kind from the word.
 */
const NUMBER_ISSUER_RE = new RegExp(`${L}${NOT_A_TAIL}(\\d{1,5})\\s*([-/])\\s*([${UP}][${UP}a-z0-9]{1,9})${R}(?!\\s*[-/]\\s*[\\p{L}\\d])`, 'yu');
/**
 * Where the three number patterns above can start: up to five digits (a letter may follow) before
 * a separator, or before spaces and a capital or a year ("723 TC/TCT", "05 2020/..."). They are
 * tried there alone (sticky): searched for, each opens with a lookbehind tried at every position.
 * Only the digits are consumed, so the next number's start is never passed over.
 */
const NUMBER_START_RE = new RegExp(`${NUM}(?=\\s*[-/]|\\s+(?:[${UP}]|(?:19|20)\\d{2}))`, 'g');
const numberStarts: number[] = [];
const CAPITALISED_TYPE_BEFORE = new RegExp(`(?:^|[^\\p{L}])\\p{Lu}[\\p{L}\\s]{2,20}\\s+số\\s*$`, 'u');
// what may stand before the number: "Nghị quyết số", "Luật Đầu tư số" (a name needs "số")
// in the cases they are written in (lower, capitalised, title case, capitals) as a prefix tree,
// the left edge checked by wordMatches: the i flag and a leading lookbehind cost several times more
const TYPE_WORD_RE = new RegExp(`(${trie([...KIND_BY_WORD.keys()].flatMap((w) =>
  [w, capitalize(w), w.split(' ').map(capitalize).join(' '), w.toUpperCase()]))})${R}`, 'gu');
const BEFORE_SIMPLE_RE = new RegExp(`^\\s*(?:số\\s*)?$`, 'iu');
const BEFORE_NAMED_RE = new RegExp(`^\\s+(?:[\\p{Lu}][\\p{L}\\p{M}]*)(?:\\s+[\\p{L}\\p{M}]+){0,7}?\\s+số\\s*$`, 'u');

/** The type word nearest before a number, and where it starts in `before`. */
function typeWordBefore(before: string): { word: string; index: number } | null {
  let best: { word: string; index: number } | null = null;
  for (const m of wordMatches(TYPE_WORD_RE, before, 0, before.length)) {
    const tail = before.slice(m.index! + m[0].length);
    if (BEFORE_SIMPLE_RE.test(tail) || BEFORE_NAMED_RE.test(tail)) best = { word: m[1], index: m.index! };
  }
  return best;
}
/**
 * The date after a number: "ngày 12/10/2021", "ngày 12 tháng 10 năm 2021", "ngày 18/10 năm 2005"; a date
 * without its year ("ngày 21-11 của Cục …") is read over, to the issuer, and gives no date.
 */
const DATE_AFTER_RE = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s*(?:([/.-])\s*(\d{1,2})\s*(?:\2\s*(\d{4})|năm\s+(\d{4})|(?!\d|\s*[/.-]\s*\d))|tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4})|(?!\s*[/.-]?\s*\d)))/iu;
const PLENUM = `[Hh]ội nghị\\s+(?:(?:lần\\s+)?thứ\\s+[\\p{L}\\d]+|Trung ương\\s+\\d+)`;
/**
 * A ministry the lexicon does not list (one of the past: "Bộ Văn hóa Thông tin", "Bộ Công nghiệp",
 * "Bộ Lao động - Thương binh và Xã hội"): its name is compounds of a capitalised syllable and at most
 * one more in lower case, joined by a space, a dash or "và"; the name ends where a lower-case word
 * follows a whole compound ("của Bộ Thủy sản hướng dẫn"). A comma does not join: "Bộ Thủy sản, Ngân hàng …".
 */
const COMPOUND = `\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+)?`;
const MINISTRY = `Bộ\\s+${COMPOUND}(?:(?:\\s*[-–]\\s*|\\s+và\\s+|\\s+)${COMPOUND}){0,3}(?![\\p{L}\\p{M}\\p{N}])`;
// ("Hội nghị Trung ương 6 khóa XII": the plenum by its number is the issuer, the term after it)
const ISSUER_NAME = `(Hội nghị Trung ương\\s+\\d{1,2}(?![\\p{L}\\p{N}])|${ISSUER_RE_SRC}|${MINISTRY})`;
// "của X"; "do X" (a known issuer) only when X issued it ("do Chính phủ ban hành", "do Thủ tướng
// Phan Văn Khải ký"), not "do Bộ Y tế tổ chức"
// "của Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng": the plenum that adopted it, then the body ("của" may
// be left out after the plenum's date: "ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng")
const OF = `^\\s*,?\\s*(?:của\\s+(?:${PLENUM}\\s+)?|${PLENUM}\\s+)`;
const ISSUER_AFTER_RE = new RegExp(
  `${OF}${ISSUER_NAME}|^\\s*,?\\s*do\\s+(${ISSUER_RE_SRC})(?=\\s*(?:ban hành|ký|[,.;:()]|$)|(?:\\s+\\p{Lu}\\p{Ll}*){2,4}\\s+ký)`, 'u');
/** "của", then the title of the official who signed for the body, if one is written ("của Chủ tịch UBND tỉnh …") */
const OF_TITLE_RE = new RegExp(`${OF}((?:${listed(SIGNATORY_TITLES.flatMap((t) => [t, t[0].toLowerCase() + t.slice(1)]))})\\s+)?`, 'u');
const TERM_AT = /\(?\s*khóa\s+[IVXL]+(?![\p{L}\p{M}\p{N}])/uy;
/** the longest a body's name after "của" may run */
const ISSUER_WINDOW = 160;

/**
 * The issuer written at body[pos…]: "của" and a body the lexicon lists, a ministry, or any body's name as the
 * organizations are read ("của UBND tỉnh Cà Mau", "của Cục Nghệ thuật Biểu diễn"), the longest; the
 * official who signed may stand before the body ("của Thống đốc Ngân hàng Nhà nước"), a person's name
 * after it is not the body's ("của Chủ tịch UBND tỉnh Lê Văn Bình"). Or "do" and a listed body that issued it.
 */
function issuerAfter(body: string, pos: number): { start: number; end: number } | null {
  const rest = body.slice(pos, pos + ISSUER_WINDOW);
  const m = ISSUER_AFTER_RE.exec(rest);
  let start = -1, end = -1;
  if (m) {
    const name = m[1] ?? m[2];
    start = pos + m[0].length - name.length; end = pos + m[0].length;
    if (m[2]) return { start, end };
  }
  const lead = OF_TITLE_RE.exec(rest);
  if (lead) {
    const at = pos + lead[0].length, to = pos + rest.length;
    const names = personNames(body, at, to);
    // the body's term is the document's ("của Bộ Chính trị khóa XIII"), read after it
    const stop = (q: number) => names.some((n) => n.start === q) || ((TERM_AT.lastIndex = q), TERM_AT.test(body));
    const e = organizationEnd(body, at, to, stop);
    if (e > end) { start = at - (lead[1]?.length ?? 0); end = e; }
  }
  return end < 0 ? null : { start, end };
}
const TERM_AFTER_RE = /^\s*,?\s*\(?\s*khóa\s+([IVXL]+)\s*\)?/u;

export interface CitationMention {
  id: string;
  typeCode: string | null;
  issuerCode: string;
  /** the kind the type code stands for */
  kind: string | null;
  /** the type word written before the number, canonical case ("Nghị quyết"), if any */
  typeWord: string | null;
  /** the number as written, e.g. "37/NQ-TW" */
  written: string;
  party: boolean;
  /** an official letter's number, issuer first and then its drafting unit ("1289/VPCP-NC"): issuerCode is that issuer */
  letter: boolean;
  date: string | null;
  /** a date written that does not exist (31/02/2020) */
  invalidDate: string | null;
  issuer: string | null;
  term: string | null;
  /** text offsets: whole mention (type word to term), the number alone, and each part written */
  start: number; end: number;
  numStart: number; numEnd: number;
  typeWordStart: number | null; typeWordEnd: number | null;
  dateStart: number | null; dateEnd: number | null;
  issuerStart: number | null; issuerEnd: number | null;
  termStart: number | null; termEnd: number | null;
}

const PARTY_ISSUER = /^(?:TW|TƯ|T[UƯ]|ThU|ĐU|QU|HU|BCS|BBT|BCT)$|TW$|TƯ$|ĐU/u;

function canonCode(s: string): string {
  return s.replace(/Ð/g, 'Đ').replace(/\s+/g, '');
}
function canonType(s: string): string {
  const c = canonCode(s).toUpperCase();
  if (c === 'ND') return 'NĐ';
  if (c === 'QD') return 'QĐ';
  if (c === 'TTG') return 'TTg';
  return KIND_BY_CODE.get(c)?.code ?? c;
}
function canonIssuer(s: string): string {
  const c = canonCode(s).replace(/^([A-ZĐƯ]{1,2})\.([A-ZĐƯ])$/u, '$1$2').replace(/^THU$/u, 'ThU');
  if (c === 'TƯ') return 'TW';
  return c;
}

/** All mentions of numbered documents in the article body, in text order. */
export function findCitationMentions(a: Article): CitationMention[] {
  const { text } = a;
  const { start: b0, end: b1 } = a.body;
  const body = text.slice(b0, b1);
  const out: CitationMention[] = [];
  const starts = findStarts(NUMBER_START_RE, body, numberStarts);
  if (starts.length === 0) return out;
  // most articles cite no law by number: the cover is made for the first
  let taken: Cover | null = null;

  for (const m of matchesAt(NUMBER_NOTYPE_RE, body, starts)) {
    const id = `${m[1]}/${m[2]}/${canonIssuer(m[3])}`;
    out.push(finish(a, body, b0, m.index, m.index + m[0].length, {
      id, typeCode: null, issuerCode: canonIssuer(m[3]), kind: null, party: false, written: m[0], letter: false,
    }));
    (taken ??= new Cover(body.length)).mark(m.index, m.index + m[0].length);
  }
  for (const m of matchesAt(NUMBER_RE, body, starts)) {
    const s = m.index, e = s + m[0].length;
    if (taken?.any(s, e)) continue;
    const [, num, sep1, year, , typeRaw, sep2, issuerRaw] = m;
    const typeCode = canonType(typeRaw);
    const entry = KIND_BY_CODE.get(typeCode.toUpperCase());
    const before = body.slice(Math.max(0, s - 80), s);
    if (!entry && !typeWordBefore(before)) continue; // "COVID-19/..." and the like
    const issuerCode = canonIssuer(issuerRaw);
    const party = !year && PARTY_ISSUER.test(issuerCode);
    const s1 = sep1.trim(), s2 = sep2.trim();
    let id: string;
    // "723 TC/TCT" is how State numbers were written before the 2004–2005 rules: the first code
    // is the issuer (TC = Tài chính), not a kind, and the form is no mistake
    const oldStyle = !party && !year && !s1 && s2 === '/';
    if (party) {
      id = `${num}-${typeCode}/${issuerCode}`;
    } else if (!year && s1 === '-' && s2 === '/' && entry) {
      // "Nghị quyết 03-NQ/CP": a State number written in the Party's form is kept as written (the
      // article's own code is what a reader looks up, and citation-malformed flags), never silently rewritten
      id = `${num}-${typeCode}/${issuerCode}`;
    } else {
      id = year ? `${num}/${year}/${typeCode}-${issuerCode}` : `${num}/${typeCode}-${issuerCode}`;
    }
    const kind = entry && !oldStyle ? (party && entry.partyKind ? entry.partyKind : entry.kind) : null;
    // "công văn số 1289/VPCP-NC": with no kind code first, an official letter's number is issuer, then the
    // drafting unit (NC, a department of Văn phòng Chính phủ), as in "5046/TCHQ-GSQL"
    const letter = !entry && !oldStyle && !party && s2 === '-';
    out.push(finish(a, body, b0, s, e, { id, typeCode: oldStyle || letter ? null : typeCode, issuerCode: letter ? typeCode : issuerCode, kind, party, written: m[0], letter }));
  }
  const numbers = out.map((c): [number, number] => [c.numStart - b0, c.numEnd - b0]).sort((x, y) => x[0] - y[0]);
  for (const m of matchesAt(NUMBER_ISSUER_RE, body, starts)) {
    const s = m.index, e = s + m[0].length;
    const [, num, sep, code] = m;
    if (overlapsAny(numbers, s, e) || isKindCode(code)) continue;
    // a code in mixed case, or after a hyphen, only when an issuer's: "Quyết định số 477-TTg", "Nghị định 15-CP"
    if ((sep === '-' || /[a-z]/.test(code)) && !ISSUER_CODES.has(code)) continue;
    const before = body.slice(Math.max(0, s - 80), s);
    const word = typeWordBefore(before);
    if (!word) continue;
    // "Quyết định số 780/NHNN", "Nghị định 61/CP"; in lower case only with an issuer's code ("nghị định 83/CP",
    // "công văn 6457/VPCP"), and a name between the word and the number needs "số" ("Luật Đầu tư số 5/QH")
    const right = BEFORE_SIMPLE_RE.test(before.slice(word.index + word.word.length));
    const capital = /^\p{Lu}/u.test(word.word);
    if (!(capital && (right || CAPITALISED_TYPE_BEFORE.test(before))) && !(right && ISSUER_CODES.has(code))) continue;
    out.push(finish(a, body, b0, s, e, { id: `${num}${sep}${code}`, typeCode: null, issuerCode: code, kind: null, party: false, written: m[0], letter: false }));
  }
  out.sort((x, y) => x.start - y.start);
  shareIssuers(body, b0, out);
  return out;
}

/** between two citations of one list: commas, "và", "cùng" */
const LIST_GAP = /^[\s,]*(?:(?:và|cùng)\s+)?$/u;
/**
 * "Kết luận số 126-KL/TW, Kết luận số 127-KL/TW của Bộ Chính trị", "Nghị quyết 18-NQ/TW và 19-NQ/TW của Hội nghị
 * Trung ương 6 khóa XII": the issuer and term said after the last of a list are every one's, when their numbers
 * name one issuer (a list is read from its end, so the first of three takes them from the second).
 */
function shareIssuers(body: string, b0: number, out: CitationMention[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const m = out[i], next = out[i + 1];
    // (of one issuer by their numbers: "Nghị định 15/2020/NĐ-CP, Thông tư 5/2021/TT-BTC của Bộ Tài chính" are two issuers')
    if (m.issuer || m.term || !(next.issuer || next.term) || m.issuerCode !== next.issuerCode || next.start - m.end > 12
      || !LIST_GAP.test(body.slice(m.end - b0, next.start - b0))) continue;
    m.issuer = next.issuer; m.issuerStart = next.issuerStart; m.issuerEnd = next.issuerEnd;
    m.term = next.term; m.termStart = next.termStart; m.termEnd = next.termEnd;
  }
}

type Core = Pick<CitationMention, 'id' | 'typeCode' | 'issuerCode' | 'kind' | 'party' | 'written' | 'letter'>;

/** Extend a number match to the type word before it and the date, issuer and term after it. */
function finish(a: Article, body: string, b0: number, s: number, e: number, core: Core): CitationMention {
  let start = s;
  let typeWord: string | null = null;
  let typeWordStart: number | null = null, typeWordEnd: number | null = null;
  const before = body.slice(Math.max(0, s - 80), s);
  const bm = typeWordBefore(before);
  if (bm) {
    typeWord = KIND_BY_WORD.get(foldKey(bm.word)) ?? capitalize(foldKey(bm.word));
    start = s - (before.length - bm.index);
    typeWordStart = b0 + start; typeWordEnd = typeWordStart + bm.word.length;
  }
  let kind = core.kind;
  // a type word is the only guide for numbers without a (known) type code (59/2020/QH14, 5046/TCHQ-GSQL)
  if (!core.typeCode || !kind) kind = typeWord ?? (/QH/.test(core.issuerCode) ? 'Luật' : null);
  // Party QĐ/TW: the word says whether it is a Quy định or a Quyết định
  if (typeWord && core.typeCode === 'QĐ' && (typeWord === 'Quy định' || typeWord === 'Quyết định')) kind = typeWord;

  let end = e;
  let date: string | null = null, invalidDate: string | null = null, issuer: string | null = null, term: string | null = null;
  let dateStart: number | null = null, dateEnd: number | null = null;
  let issuerStart: number | null = null, issuerEnd: number | null = null;
  let termStart: number | null = null, termEnd: number | null = null;
  let dated = false;
  for (let k = 0; k < 3; k++) {
    const rest = body.slice(end, end + 160);
    let m: RegExpExecArray | null, iss: { start: number; end: number } | null;
    if (!dated && (m = DATE_AFTER_RE.exec(rest))) {
      dated = true;
      const month = m[3] ?? m[6], year = m[4] ?? m[5] ?? m[7];
      if (year) {
        const d = +m[1], mo = +month, y = +year;
        if (isValidDate(y, mo, d)) date = isoDate(y, mo, d); else invalidDate = `${m[1]}/${month}/${year}`;
        dateStart = b0 + end + m[0].search(/\d/); dateEnd = b0 + end + m[0].length;
      }
      end += m[0].length;
    } else if (!issuer && (iss = issuerAfter(body, end))) {
      issuer = body.slice(iss.start, iss.end).replace(/\s+/g, ' ');
      issuerStart = b0 + iss.start; issuerEnd = b0 + iss.end;
      end = iss.end;
    } else if (!term && (m = TERM_AFTER_RE.exec(rest))) {
      term = m[1];
      termStart = b0 + end + m[0].search(/khóa/u); termEnd = b0 + end + m[0].indexOf(m[1], m[0].search(/khóa/u)) + m[1].length;
      end += m[0].length;
    } else break;
  }
  // spelled out: a spread of `core` with `kind` overridden is a slow object copy, per mention
  return {
    id: core.id, typeCode: core.typeCode, issuerCode: core.issuerCode, party: core.party, written: core.written, letter: core.letter,
    kind, typeWord, date, invalidDate, issuer, term,
    start: b0 + start, end: b0 + end, numStart: b0 + s, numEnd: b0 + e,
    typeWordStart, typeWordEnd, dateStart, dateEnd, issuerStart, issuerEnd, termStart, termEnd,
  };
}

const extractor: Extractor = {
  id: 'citations',
  needs: ['citationMentions'],
  run: (a, { citationMentions }) => ({ citations: citations(a, citationMentions) }),
};
export default extractor;

/** One citation per document, later mentions (short references included) merged in. */
function citations(a: Article, mentions: CitationMention[], shorts: ShortReference[] = findShortReferences(a, mentions)): Citation[] {
  const byId = new Map<string, Citation>();
  for (const m of mentions) {
    const span = a.span(m.start, m.end);
    const c = byId.get(m.id);
    if (!c) {
      byId.set(m.id, {
        id: m.id, kind: m.kind, issuer: m.issuer, issuerCode: m.issuerCode, date: m.date, term: m.term,
        text: a.text.slice(m.start, m.end).replace(/\s+/g, ' '), span, mentions: [],
      });
    } else {
      c.mentions.push(span);
      // (a later mention may name the issuer more fully: "của UBND tỉnh", then "của UBND tỉnh Khánh Hòa")
      if (c.issuer && m.issuer && m.issuer.length > c.issuer.length && m.issuer.startsWith(c.issuer)) c.issuer = m.issuer;
      c.issuer ??= m.issuer; c.date ??= m.date; c.term ??= m.term; c.kind ??= m.kind;
    }
  }
  for (const r of shorts) {
    const c = r.id ? byId.get(r.id) : undefined;
    if (c) c.mentions.push(a.span(r.start, r.end));
  }
  for (const c of byId.values()) c.mentions.sort((x, y) => x.start - y.start);
  return [...byId.values()];
}

/**
 * A short reference to a document: "Nghị quyết 37", "Nghị quyết số 26",
 * "Kết luận 12", "Nghị quyết này". It counts as a mention of the article's
 * full citation it points to (`id`); a numbered one with no full form in the
 * article has `id` null (an editor should write the full number) and is never
 * turned into a citation of its own.
 */
export interface ShortReference {
  /** the kind word as written, canonical case */
  typeWord: string;
  /** the number written, or null for "Nghị quyết này" */
  number: string | null;
  id: string | null;
  start: number; end: number;
}

// kinds that are referred to by number alone; "quyết định"/"quy định" are verbs too, so only capitalised
const SHORT_WORDS = DK.shortReferenceKinds;
// the kind words in lower case, capitalised and in capitals, as a prefix tree; the left word
// edge is checked by wordMatches (a leading lookbehind and the i flag cost several times more)
const SHORT_PHRASES = [...SHORT_WORDS, 'quyết định', 'quy định']
  .flatMap((w) => [w, capitalize(w), w.split(' ').map(capitalize).join(' '), w.toUpperCase()]);
const SHORT_HEAD = trie(SHORT_PHRASES);
/** sticky: tried where shortNumberedStarts says a reference can start */
const SHORT_NUMBERED_RE = new RegExp(
  `(${SHORT_HEAD})\\s+(?:[Ss]ố\\s+)?(\\d{1,5})${R}` +
  // not the start of a full number (37-NQ/TW, 13/2020/...) or a quantity ("Nghị quyết 15 năm qua")
  `(?!\\s*[-/]\\s*[\\p{L}\\d])(?![.,]\\d)(?!\\s+(?:${listed(DK.countNounsAfterNumber)})${R}(?!\\s+\\d))`,
  'yu');
/**
 * A short reference's number follows a space; between the kind word's start and the number stand
 * only letters of the kind words, "số" and spaces. So the scan looks for a digit after a space,
 * walks back over those characters and tries the pattern at each word start there whose letter can
 * open a kind word: "Nghị quyết số 37" is found from " 3" back to "N". (Searched for, the prefix
 * tree is tried at every n, k, c, t and q of the text; `\s+` in the scan would cost four times `\s`.)
 */
const SPACE_DIGIT_RE = /\s\d/g;
const SHORT_CHARS = charTable([...SHORT_PHRASES.join(''), 'S', 's', 'ố'], true);
const SHORT_FIRST = charTable(SHORT_PHRASES.map((w) => w[0]));
const shortStarts: number[] = [];

/** Where a numbered short reference can start in `body`, in order (each walk back ends at the last number's digits). */
function shortNumberedStarts(body: string): number[] {
  const out = shortStarts;
  out.length = 0;
  SPACE_DIGIT_RE.lastIndex = 0;
  for (let m = SPACE_DIGIT_RE.exec(body); m; m = SPACE_DIGIT_RE.exec(body)) {
    const end = m.index;
    let i = end;
    while (i > 0 && SHORT_CHARS[body.charCodeAt(i - 1)] === 1) i--;
    for (; i < end; i++) if (SHORT_FIRST[body.charCodeAt(i)] === 1 && atWordStart(body, i)) out.push(i);
  }
  return out;
}
/** "Quyết định"/"Quy định" count only when capitalised: lower-case they are verbs ("đã quy định 7 hành vi"). */
const SHORT_WORD_OK = (w: string) => !/^quy(?:ết)? định$/iu.test(w) || /^Q/u.test(w);
const SHORT_THIS_RE = new RegExp(`(${SHORT_HEAD})\\s+(?:này|nói trên|trên đây)${R}`, 'gu');

// kind words as written before a short reference (no title case): see hinted()
const SHORT_HINT = new RegExp([...SHORT_WORDS, 'quyết định', 'quy định']
  .flatMap((w) => [w, capitalize(w), w.toUpperCase()]).map((w) => w.replace(/ /g, '\\s+')).join('|'), 'u');

/** The leading number of an id or of a short reference, without leading zeros ("09-NQ/TW" → "9"). */
const numberOf = (id: string) => (/^\d+[a-z]?/.exec(id)?.[0] ?? '').replace(/^0+(?=\d)/, '');

/** Short references in the body, resolved against the article's full mentions. */
export function findShortReferences(a: Article, mentions: CitationMention[]): ShortReference[] {
  const { text } = a;
  const { start: b0, end: b1 } = a.body;
  const body = text.slice(b0, b1);
  const out: ShortReference[] = [];
  // what the full mentions cover, and what the references found so far cover (body offsets);
  // most articles have no full mention, and so nothing to cover
  let full: Cover | null = null;
  if (mentions.length) {
    full = new Cover(b1 - b0, b0);
    for (const m of mentions) full.mark(m.start, m.end);
  }
  let refs: Cover | null = null;
  const inFull = (s: number, e: number) => full !== null && full.any(s, e);
  // the full mentions a kind word can stand for, in text order, by the word (and the number)
  const fitting = new Map<string, CitationMention[]>();
  const candidates = (word: string, num: string | null) => {
    const key = `${foldKey(word)}|${num ?? ''}`;
    let list = fitting.get(key);
    if (!list) fitting.set(key, list = mentions.filter((c) => (num === null || numberOf(c.id) === num) && typeWordFits(word, c.typeCode, c.issuerCode, c.party)));
    return list;
  };
  for (const m of matchesAt(SHORT_NUMBERED_RE, body, shortNumberedStarts(body))) {
    const s = b0 + m.index!, e = s + m[0].length;
    if (inFull(s, e) || !SHORT_WORD_OK(m[1])) continue;
    const same = candidates(m[1], numberOf(m[2]));
    // the nearest full form before it, else the first after it
    const target = same[lastBefore(same, s)] ?? same[0];
    out.push({ typeWord: kindWord(m[1]), number: m[2], id: target?.id ?? null, start: s, end: e });
    (refs ??= new Cover(b1 - b0, b0)).mark(s, e);
  }
  // "Nghị quyết này" refers back to a full mention: none, nothing to resolve
  if (mentions.length === 0) return hinted(out, body);
  const unnumbered = new Map<string, UnnumberedBefore>();
  for (const m of wordMatches(SHORT_THIS_RE, body, 0, body.length)) {
    const s = b0 + m.index!, e = s + m[0].length;
    if (inFull(s, e)) continue;
    if (!SHORT_WORD_OK(m[1])) continue;
    const same = candidates(m[1], null);
    const target = same[lastBefore(same, s)];
    if (!target) continue;
    const key = foldKey(m[1]);
    let u = unnumbered.get(key);
    if (!u) unnumbered.set(key, u = new UnnumberedBefore(text, b0, b1, m[1], (at) => full!.at(at) || (refs !== null && refs.at(at))));
    // "Nghị quyết này" after another, unnumbered resolution ("Nghị quyết Đại hội XIII ...
    // Nghị quyết này") refers to something unnumbered: not reported
    if (u.lastBefore(s) >= target.end) continue;
    out.push({ typeWord: kindWord(m[1]), number: null, id: target.id, start: s, end: e });
    (refs ??= new Cover(b1 - b0, b0)).mark(s, e);
  }
  return hinted(out, body).sort((x, y) => x.start - y.start);
}

/**
 * The references found, if the body holds a kind word as SHORT_HINT spells it, else none. The
 * hint was once the gate before the scans; asked after them, and only when they found something,
 * it is read for few articles instead of all (the scans find nothing where it fails, but for
 * title case, "Nghị Quyết 15", which it has never let through).
 */
function hinted(out: ShortReference[], body: string): ShortReference[] {
  return out.length === 0 || SHORT_HINT.test(body) ? out : [];
}

/** Index of the last mention that starts before `at` (mentions in text order), or -1. */
function lastBefore(list: CitationMention[], at: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < at) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

/**
 * Where the kind word last occurs outside any numbered mention or short
 * reference, before a position; asked at positions in text order, so the
 * text is read once (asking "any between the citation and here?" anew for
 * each reference re-reads the text after a citation for every reference).
 */
class UnnumberedBefore {
  private readonly hits: number[];
  private next = 0;
  private last = -1;
  constructor(text: string, b0: number, b1: number, word: string, private readonly covered: (at: number) => boolean) {
    const re = new RegExp(`${alternation([word])}${R}`, 'giu');
    this.hits = [...wordMatches(re, text, b0, b1)].map((x) => x.index!);
  }
  lastBefore(at: number): number {
    // a word is judged once all references before it are known: those start before `at`
    while (this.next < this.hits.length && this.hits[this.next] < at) {
      const h = this.hits[this.next++];
      if (!this.covered(h)) this.last = h;
    }
    return this.last;
  }
}

function kindWord(w: string): string {
  return KIND_BY_WORD.get(foldKey(w)) ?? capitalize(foldKey(w));
}
