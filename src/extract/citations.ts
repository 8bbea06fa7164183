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
import { loadData } from '../data.js';
import { foldKey } from '../article/normalize.js';
import { L, R, alternation, capitalize } from '../text/regex.js';
import { isValidDate, isoDate } from '../text/datetime.js';

interface KindEntry { code: string; codeVariants?: string[]; kind: string; words?: string[]; partyKind?: string }
interface IssuerEntry { code: string; pattern?: string; names: string[] }
const DK = loadData<{ kinds: KindEntry[]; issuers: IssuerEntry[] }>('document-kinds');

/** type code (canonical, upper-cased key) → entry */
const KIND_BY_CODE = new Map<string, KindEntry>();
for (const k of DK.kinds) {
  for (const c of [k.code, ...(k.codeVariants ?? [])]) KIND_BY_CODE.set(c.toUpperCase(), k);
}
/** type word (folded) → canonical kind word */
const KIND_BY_WORD = new Map<string, string>();
for (const k of DK.kinds) for (const w of k.words ?? []) KIND_BY_WORD.set(foldKey(w), capitalize(foldKey(w)));
for (const w of ['luật', 'bộ luật', 'hiến pháp', 'pháp lệnh', 'thông tư liên tịch', 'nghị quyết liên tịch', 'quy định', 'quyết định'])
  KIND_BY_WORD.set(w, capitalize(w));

const ISSUER_NAMES = DK.issuers.flatMap((i) => i.names);
const ISSUER_RE_SRC = alternation(ISSUER_NAMES);

const TYPE_WORD = `(?:${alternation([...KIND_BY_WORD.keys()])})`;
const UP = 'A-ZĐÐƯ';
const CODE_CHARS = `${UP}a-zđư0-9&`;
/**
 * NUM sep [YEAR sep] TYPE sep ISSUER — separators are captured so that the
 * written form can be checked against the canonical one.
 */
const NUMBER_RE = new RegExp(
  `${L}(\\d{1,5}[a-z]?)(\\s*[-/]\\s*|\\s+)(?:((?:19|20)\\d{2})(\\s*[-/]\\s*))?` +
  `([${UP}][${UP}a-zđ]{0,5})(\\s*[-/]\\s*)([${UP}][${CODE_CHARS}]{0,15}(?:-[${UP}][${CODE_CHARS}]{0,15})*)${R}`,
  'gu');
/** NUM/YEAR/ISSUER with no type code: laws and resolutions of the National Assembly (59/2020/QH14) */
const NUMBER_NOTYPE_RE = new RegExp(
  `${L}(\\d{1,5}[a-z]?)\\s*/\\s*((?:19|20)\\d{2})\\s*/\\s*((?:UBTV)?QH\\d{1,2}|L-CTN|PL-UBTVQH\\d{1,2})${R}`, 'gu');

// what may stand before the number: "Nghị quyết số", "Luật Đầu tư số" (a name needs "số")
const TYPE_WORD_RE = new RegExp(`${L}(${TYPE_WORD})${R}`, 'giu');
const BEFORE_SIMPLE_RE = new RegExp(`^\\s*(?:số\\s*)?$`, 'iu');
const BEFORE_NAMED_RE = new RegExp(`^\\s+(?:[\\p{Lu}][\\p{L}\\p{M}]*)(?:\\s+[\\p{L}\\p{M}]+){0,7}?\\s+số\\s*$`, 'u');

/** The type word nearest before a number, and where it starts in `before`. */
function typeWordBefore(before: string): { word: string; index: number } | null {
  let best: { word: string; index: number } | null = null;
  for (const m of before.matchAll(TYPE_WORD_RE)) {
    const tail = before.slice(m.index! + m[0].length);
    if (BEFORE_SIMPLE_RE.test(tail) || BEFORE_NAMED_RE.test(tail)) best = { word: m[1], index: m.index! };
  }
  return best;
}
const DATE_AFTER_RE = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s*(?:([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;
const ISSUER_AFTER_RE = new RegExp(`^\\s*,?\\s*(?:của|do)\\s+(${ISSUER_RE_SRC}|Bộ\\s+[${UP}][\\p{L}]*(?:\\s+(?:và\\s+)?[\\p{Lu}\\p{Ll}][\\p{L}]*){0,5}?(?=[\\s,.;(]|$))`, 'u');
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
  /** why the written number is not in canonical form, if it is not */
  malformed: string | null;
  party: boolean;
  date: string | null;
  /** a date written that does not exist (31/02/2020) */
  invalidDate: string | null;
  issuer: string | null;
  term: string | null;
  /** text offsets: whole mention (type word to term) and the number alone */
  start: number; end: number;
  numStart: number; numEnd: number;
  dateStart: number | null; dateEnd: number | null;
}

const PARTY_ISSUER = /^(?:TW|TƯ|T[UƯ]|ĐU|QU|HU|BCS|BBT|BCT)$|TW$|TƯ$|ĐU/u;

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
  const c = canonCode(s);
  if (c === 'TƯ') return 'TW';
  return c;
}

/** All mentions of numbered documents in the article body, in text order. */
export function findCitationMentions(a: Article): CitationMention[] {
  const { text } = a;
  const { start: b0, end: b1 } = a.body;
  const body = text.slice(b0, b1);
  const out: CitationMention[] = [];
  const taken: Array<[number, number]> = [];

  for (const m of body.matchAll(NUMBER_NOTYPE_RE)) {
    const id = `${m[1]}/${m[2]}/${canonIssuer(m[3])}`;
    out.push(finish(a, body, b0, m.index!, m.index! + m[0].length, {
      id, typeCode: null, issuerCode: canonIssuer(m[3]), kind: null, party: false, written: m[0], malformed: null,
    }));
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of body.matchAll(NUMBER_RE)) {
    const s = m.index!, e = s + m[0].length;
    if (taken.some(([x, y]) => s < y && e > x)) continue;
    const [, num, sep1, year, sepY, typeRaw, sep2, issuerRaw] = m;
    const typeCode = canonType(typeRaw);
    const entry = KIND_BY_CODE.get(typeCode.toUpperCase());
    const before = body.slice(Math.max(0, s - 80), s);
    if (!entry && !typeWordBefore(before)) continue; // "COVID-19/..." and the like
    const issuerCode = canonIssuer(issuerRaw);
    const party = !year && PARTY_ISSUER.test(issuerCode);
    const s1 = sep1.trim(), s2 = sep2.trim();
    let id: string;
    let malformed: string | null = null;
    if (party) {
      id = `${num}-${typeCode}/${issuerCode}`;
      if (s1 !== '-' || s2 !== '/') malformed = `a Party document number is written NUMBER-TYPE/ISSUER (${id})`;
    } else {
      id = year ? `${num}/${year}/${typeCode}-${issuerCode}` : `${num}/${typeCode}-${issuerCode}`;
      if (s1 !== '/' || (sepY && sepY.trim() !== '/') || s2 !== '-') malformed = `a State document number is written NUMBER/${year ? 'YEAR/' : ''}TYPE-ISSUER (${id})`;
    }
    const kind = entry ? (party && entry.partyKind ? entry.partyKind : entry.kind) : null;
    out.push(finish(a, body, b0, s, e, { id, typeCode, issuerCode, kind, party, written: m[0], malformed }));
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

type Core = Pick<CitationMention, 'id' | 'typeCode' | 'issuerCode' | 'kind' | 'party' | 'written' | 'malformed'>;

/** Extend a number match to the type word before it and the date, issuer and term after it. */
function finish(a: Article, body: string, b0: number, s: number, e: number, core: Core): CitationMention {
  let start = s;
  let typeWord: string | null = null;
  const before = body.slice(Math.max(0, s - 80), s);
  const bm = typeWordBefore(before);
  if (bm) {
    typeWord = KIND_BY_WORD.get(foldKey(bm.word)) ?? capitalize(foldKey(bm.word));
    start = s - (before.length - bm.index);
  }
  let kind = core.kind;
  // a type word is the only guide for numbers without a type code (59/2020/QH14)
  if (!core.typeCode) kind = typeWord ?? (/QH/.test(core.issuerCode) ? 'Luật' : null);
  // Party QĐ/TW: the word says whether it is a Quy định or a Quyết định
  if (typeWord && core.typeCode === 'QĐ' && (typeWord === 'Quy định' || typeWord === 'Quyết định')) kind = typeWord;

  let end = e;
  let date: string | null = null, invalidDate: string | null = null, issuer: string | null = null, term: string | null = null;
  let dateStart: number | null = null, dateEnd: number | null = null;
  for (let k = 0; k < 3; k++) {
    const rest = body.slice(end, end + 160);
    let m: RegExpExecArray | null;
    if (!date && !invalidDate && (m = DATE_AFTER_RE.exec(rest))) {
      const d = +m[1], mo = +(m[3] ?? m[5]), y = +(m[4] ?? m[6]);
      if (isValidDate(y, mo, d)) date = isoDate(y, mo, d); else invalidDate = `${m[1]}/${m[3] ?? m[5]}/${m[4] ?? m[6]}`;
      const dOff = m[0].search(/\d/);
      dateStart = b0 + end + dOff; dateEnd = b0 + end + m[0].length;
      end += m[0].length;
    } else if (!issuer && (m = ISSUER_AFTER_RE.exec(rest))) {
      issuer = m[1].replace(/\s+/g, ' ');
      end += m[0].length;
    } else if (!term && (m = TERM_AFTER_RE.exec(rest))) {
      term = m[1];
      end += m[0].length;
    } else break;
  }
  return {
    ...core, kind, typeWord, date, invalidDate, issuer, term,
    start: b0 + start, end: b0 + end, numStart: b0 + s, numEnd: b0 + e, dateStart, dateEnd,
  };
}

/** One citation per document, later mentions merged in. */
export function citations(a: Article, mentions: CitationMention[] = findCitationMentions(a)): Citation[] {
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
      c.issuer ??= m.issuer; c.date ??= m.date; c.term ??= m.term; c.kind ??= m.kind;
    }
  }
  return [...byId.values()];
}
