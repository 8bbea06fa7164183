/**
 * Agreements: a signing ("ký kết thỏa thuận hợp tác", "ký bản ghi nhớ",
 * "trao biên bản ghi nhớ", "lễ ký kết", "MOU ... được ký"), its parties
 * ("giữa A với B", "giữa A và B", "A và B đã ký", "ký ... với B"), its
 * horizon ("đến năm 2025", "giai đoạn 2023-2025" → 2025) and the sectors it
 * covers ("trên các lĩnh vực trọng tâm: ...").
 *
 * A sentence that reports cooperation without a signing ("đã trao đổi, hợp
 * tác ... trên các lĩnh vực ...") is no agreement: its sectors go to
 * `cooperationFields`. Planned, hoped-for or refused signings ("sẽ ký",
 * "chưa ký") are neither.
 */
import type { Article } from '../article/article.js';
import type { Agreement, Sector, Span, Warning } from '../types.js';
import { loadData } from '../data.js';
import { L, R, alternation, alternationAnyCase, atWordStart, matches } from '../text/regex.js';
import { COOPERATION_ABOUT, SECTOR_LEAD, sectorList } from './sectors.js';

interface AgreementWords {
  documents: string[];
  hedges: string[];
  witnesses: string[];
  auxiliaries: string[];
  cooperationVerbs: string[];
  partyStops: string[];
  organizationHeads: string[];
  subordinators: string[];
  pastMarkers: string[];
  futureMarkers: string[];
}
const W = loadData<AgreementWords>('agreements');
const COMPOUND_NAMES = loadData<{ compounds: Array<{ phrase: string }> }>('sectors').compounds.map((c) => c.phrase);

const DOC = `(?:${alternation(W.documents)})${R}`;
/** a clause that refers back to what was signed: "Theo chương trình hợp tác", "theo thỏa thuận", "Theo đó" */
const AGREEMENT_BACKREF = new RegExp(`(?:^|[\\s,])(?:[Tt]heo|[Tt]rong|[Tt]ại)\\s+(?:(?:bản|các)\\s+)?(?:${alternation(W.documents.filter((d) => d !== 'hợp tác' && d !== 'văn bản'))})${R}|^\\s*[Tt]heo đó${R}`, 'u');
const DOC_ANY_CASE = `(?:${alternationAnyCase(W.documents)})${R}`;
// "ký"/"ký kết" + up to six words ("ký các hợp đồng, biên bản") + what is signed; "trao" + what is signed; "lễ ký"; what is signed + "được/đã ký"
const SIGNING = new RegExp(
  `(?:[Ll]ễ\\s+ký(?:\\s+kết)?${R}` +
  `|[Kk]ý(?:\\s+kết)?${R}(?=(?:[\\s,]+[\\p{L}\\p{N}-]+){0,6}?[\\s,]+${DOC})` +
  `|[Tt]rao(?:\\s+(?:các|bản|văn bản|những|\\d+))?\\s+(?=thỏa thuận|biên bản|bản ghi nhớ|MOU|MoU)` +
  `|${DOC_ANY_CASE}(?=(?:\\s+[\\p{L}\\p{N}-]+){0,10}?\\s+(?:được|đã|vừa)\\s+ký${R})` +
  `|(?:[Đđ]ã|[Vv]ừa)\\s+thỏa thuận${R})`, 'gu');
/** cheap tests before the scans: a signing needs "ký" or "thỏa thuận", a sector list "lĩnh vực", "ngành", "mảng" or "hợp tác" */
const SIGN_HINT = /ký|thỏa thuận/u;
const LEAD_HINT = /lĩnh vực|ngành|mảng/u;
// "đăng ký", "thư ký", "chữ ký", "nhật ký": not a signing
const NOT_SIGN_BEFORE = /(?:đăng|thư|chữ|nhật|phiếu|ứng)\s*$/iu;
const HEDGE = new RegExp(`${L}(?:${alternation(W.hedges)})(?:\\s+(?:${alternation(W.auxiliaries)}))*\\s*$`, 'iu');
// in the signing's clause: "sẽ", "để", "nhằm" ("đi Libi để đàm phán với bạn ký hiệp định") and the multi-word hedges
const HEDGE_IN_CLAUSE = new RegExp(`${L}(?:${alternation(W.hedges.filter((h) => h.includes(' ') || ['sẽ', 'để', 'nhằm'].includes(h)))})${R}`, 'iu');
const TENSE = new RegExp(`${L}(?:${alternation([...W.pastMarkers, ...W.futureMarkers])})${R}`, 'giu');
const FUTURE = new Set(W.futureMarkers);
const WITNESS = new RegExp(`${L}(?:${alternation(W.witnesses)})(?:\\s+(?:việc|lễ|buổi))?\\s*$`, 'iu');
const AUX_TAIL = new RegExp(`(?:\\s+|^)(?:${alternation(W.auxiliaries)})\\s*$`, 'iu');
// the subject ends where its verb phrase starts: "tỉnh Khánh Hòa và TPHCM đã soạn thảo văn bản ký kết"
const SUBJECT_END = /\s(?:đã|vừa|sẽ|cũng|mới|từng|đang|chính thức)\s.*$/su;
const SUBORDINATE = new RegExp(`^(?:${alternation(W.subordinators)})${R}`, 'iu');
const NEW_PARTY = /^(?:tỉnh|thành phố|TP|huyện|quận|xã|các|những|một|hai|ba|nhiều)(?![\p{L}\p{M}])/u;
const ORG_HEAD = new RegExp(`^(?:${alternation(W.organizationHeads)})${R}`, 'u');
const COOPERATION = new RegExp(`${L}(?:${alternation(W.cooperationVerbs)})${R}`, 'iu');
const PARTY_STOP = `(?=\\s+(?:${alternation(W.partyStops)})${R}|\\s*(?:[,;:()…]|\\.(?=\\s|$))|\\s*$)`;
const BETWEEN = new RegExp(`${L}giữa\\s+(.+?)${PARTY_STOP}`, 'u');
const WITH = new RegExp(`${L}với\\s+(.+?)${PARTY_STOP}`, 'u');
const COMPOUND_NAME = new RegExp(`${L}(?:${alternation(COMPOUND_NAMES)})${R}`, 'giu');
const YEAR = '((?:19|20)\\d{2})';
const UNTIL = new RegExp(
  `${L}(?:(?:đến|tới)\\s+(?:hết\\s+)?(?:năm\\s+)?${YEAR}|(?:giai đoạn|thời kỳ|từ năm|từ)\\s+(?:năm\\s+)?(?:19|20)\\d{2}\\s*(?:[-–—]|đến|tới)\\s*(?:năm\\s+)?${YEAR})${R}`, 'u');

interface Sentence { start: number; end: number }

/** "sẽ ... ký", "chưa ký", "hy vọng ... ký kết" in the same clause: not signed (yet). */
function hedged(before: string): boolean {
  const clause = before.split(/[,;:]\s/u).pop()!;
  if (HEDGE.test(before.slice(-40)) || HEDGE_IN_CLAUSE.test(clause)) return true;
  // "Lãnh đạo hai nước sẽ thảo luận ..., ký ...": the latest tense word of the sentence decides
  let tense: string | null = null;
  for (const m of matches(TENSE, before)) tense = m[0].toLocaleLowerCase('vi');
  return tense !== null && FUTURE.has(tense);
}

/** Sentences of the body: a sentence ends at . ! ? … before a space, or at a line end. */
function sentences(t: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?…]+["”]?(?=\s)|\n/gu;
  let s = 0;
  for (const m of matches(re, t)) {
    const e = m.index! + m[0].length;
    if (t.slice(s, e).trim()) out.push({ start: s, end: e });
    s = e;
  }
  if (t.slice(s).trim()) out.push({ start: s, end: t.length });
  return out;
}

/**
 * Split on commas and "và", except a "và" inside an organisation's name: after
 * "Phòng Thương mại", "Bộ Nông nghiệp", "Cục Tin học", ... words that do not
 * start another body or place continue the name ("Phòng Thương mại và Công
 * nghiệp", "Cục Tin học và thống kê tài chính").
 */
function splitAnd(p: string): string[] {
  const out: string[] = [];
  for (const part of p.split(/\s*,\s*/u)) {
    const bits = part.split(/\s+và\s+/u);
    let cur = bits[0];
    for (const b of bits.slice(1)) {
      // "và" inside a name ("Bộ Nông nghiệp và Phát triển nông thôn") follows a head and a word or two;
      // after a complete name ("UBND tỉnh Quảng Ninh") it starts the next party
      if (ORG_HEAD.test(cur) && cur.split(/\s+/).length <= 3 && !ORG_HEAD.test(b) && !NEW_PARTY.test(b)) cur += ' và ' + b;
      else { out.push(cur); cur = b; }
    }
    out.push(cur);
  }
  return out;
}

/** "A, B và C": split on commas and "và", but not inside a ministry-like name ("Nông nghiệp và Phát triển nông thôn"). */
function splitParties(p: string, byWith: boolean): string[] {
  const masked = p.replace(COMPOUND_NAME, (m) => m.replace(/,/g, '\u0001').replace(/ và /g, ' \u0002 '));
  // "giữa A với B và C": "với" is the only split, B may be "phía Bắc và Bắc Trung Bộ"
  const parts = byWith ? masked.split(/\s+với\s+/u) : splitAnd(masked);
  return parts.map((x) => x.replace(/\u0001/g, ',').replace(/\u0002/g, 'và').trim()).filter(Boolean);
}

function partiesOf(t: string, sent: Sentence, at: number, passive: boolean): string[] {
  const after = t.slice(at, sent.end);
  const between = BETWEEN.exec(after) ?? BETWEEN.exec(t.slice(sent.start, sent.end));
  if (between) {
    const inner = between[1];
    return splitParties(inner, /\s+với\s+/u.test(inner));
  }
  const out: string[] = [];
  // the subject: the words before the verb since the last comma, without "đã", "vừa", ...
  let subject = t.slice(sent.start, at).replace(/^.*[,:;“"]/su, '');
  for (let k = 0; k < 4; k++) subject = subject.replace(AUX_TAIL, '');
  subject = subject.replace(SUBJECT_END, '').trim();
  const plausible = subject && !passive && !WITNESS.test(subject) && !SUBORDINATE.test(subject) && subject.split(/\s+/).length <= 24;
  if (plausible) out.push(...splitParties(subject, false));
  const w = WITH.exec(after);
  if (w) out.push(...splitParties(w[1], false));
  return out.filter((p) => p.split(/\s+/).length <= 15);
}

/**
 * Matches of a scan that must start a word (the scans leave out the slow leading
 * lookbehind). Collected before the caller's loop runs, unlike regex.ts's lazy
 * wordMatches: the loops here scan the same regex again inside (listsIn in a
 * SECTOR_LEAD loop), which would move a lazy scan's lastIndex under it.
 */
function wordStarts(re: RegExp, text: string): RegExpMatchArray[] {
  return matches(re, text).filter((m) => atWordStart(text, m.index!));
}

export function agreements(a: Article): { agreements: Agreement[]; cooperationFields: Sector[]; warnings: Warning[] } {
  const found: Agreement[] = [];
  const headline = new Set<Agreement>();
  /** agreements whose sectors come from a list ("trên các lĩnh vực: ..."), not only from "hợp tác về X" */
  const listedSectors = new Set<Agreement>();
  const cooperationFields: Sector[] = [];
  const warnings: Warning[] = [];
  const { start: b0, end: b1 } = a.body;
  const t = a.text.slice(b0, b1);
  // most articles sign nothing and list no sector: two literal searches settle that
  const signs = SIGN_HINT.test(t), lists = LEAD_HINT.test(t);
  if (!signs && !lists) return { agreements: found, cooperationFields, warnings };
  const span = (s: number, e: number): Span => a.span(b0 + s, b0 + e);
  const sents = sentences(t);

  /** the sector lists of a sentence from `from` on: all of them, or the first only */
  /**
   * The sector lists of a sentence from `from` on: all of them, or the first only.
   * `knownFirst`: a list must open with a known sector (prose that merely says
   * "về các ngành, lĩnh vực và ..." is no list); what a signing lists is kept whole.
   */
  const listsIn = (sent: Sentence, from: number, once = false, knownFirst = false) => {
    const out: Sector[] = [];
    for (const m of wordStarts(SECTOR_LEAD, t.slice(from, sent.end))) {
      const r = sectorList(t, from + m.index! + m[0].length, sent.end, span);
      if (knownFirst && r.sectors[0]?.key == null) continue;
      out.push(...r.sectors);
      warnings.push(...r.warnings);
      if (once) break;
    }
    return out;
  };

  /** "ký thỏa thuận hợp tác về du lịch và thương mại": known sectors only */
  const aboutIn = (sent: Sentence, from: number) => {
    const out: Sector[] = [];
    for (const m of wordStarts(COOPERATION_ABOUT, t.slice(from, sent.end))) {
      out.push(...sectorList(t, from + m.index! + m[0].length, sent.end, span, true).sectors);
    }
    return out;
  };

  sents.forEach((sent, k) => {
    const text = t.slice(sent.start, sent.end);
    const signHere = signs && SIGN_HINT.test(text);
    if (!signHere && !(lists && LEAD_HINT.test(text))) return;
    let signing: RegExpMatchArray | null = null;
    let planned = false;
    // what the signing covers ends where a planned one starts ("đã ký Ý định thư về đàm phán đi đến ký kết hiệp định ...")
    let scope = sent;
    for (const m of signHere ? wordStarts(SIGNING, text) : []) {
      const before = text.slice(0, m.index!);
      if (NOT_SIGN_BEFORE.test(before)) continue;
      const isPlanned = hedged(before) || /\ssẽ\s/u.test(m[0]);
      if (signing) {
        if (isPlanned) { scope = { start: sent.start, end: sent.start + m.index! }; break; }
        continue;
      }
      if (isPlanned) planned = true;
      else signing = m;
    }
    // a planned or hoped-for signing is neither an agreement nor past cooperation
    if (!signing && planned) return;
    if (!signing) {
      // cooperation reported in the same clause as the list: "đã trao đổi, hợp tác ... trên các lĩnh vực ..."
      for (const m of wordStarts(SECTOR_LEAD, text)) {
        const clause = text.slice(Math.max(0, m.index! - 120), m.index!).split(/[;.]\s/u).pop()!;
        if (!COOPERATION.test(clause)) continue;
        const listed = listsIn(sent, sent.start + m.index!, true, true);
        // a later sentence about what was just signed: "Theo chương trình hợp tác, hai tỉnh
        // thống nhất hợp tác trên 8 lĩnh vực: ..." lists the agreement's own sectors
        const last = found[found.length - 1];
        if (last && !listedSectors.has(last) && listed.length && AGREEMENT_BACKREF.test(clause)) {
          last.sectors = listed;
          listedSectors.add(last);
        } else cooperationFields.push(...listed);
      }
      return;
    }
    const at = sent.start + signing.index!;
    // the lists after the signing: one before it belongs to another verb ("có toàn quyền trong lĩnh vực ..., ký ...")
    let sectors = listsIn(scope, at);
    let fromList = sectors.length > 0;
    if (!sectors.length) sectors = aboutIn(scope, at);
    // "... đã ký kết thỏa thuận hợp tác. Theo đó, các lĩnh vực hợp tác là ..."
    const next = sents[k + 1];
    if (!fromList && next && /^\s*(?:theo đó|các lĩnh vực|nội dung)/iu.test(t.slice(next.start, next.end))) {
      const listed = listsIn(next, next.start);
      if (listed.length) { sectors = listed; fromList = true; }
    }
    const until = UNTIL.exec(text.slice(signing.index!)) ?? UNTIL.exec(text);
    let end = sent.end;
    while (end > at && /[\s.…]/.test(t[end - 1])) end--;
    const g: Agreement = {
      text: t.slice(at, end).replace(/\s+/g, ' '),
      parties: partiesOf(t, sent, at, !/^(?:ký|lễ|trao|đã|vừa)/iu.test(signing[0])),
      until: until ? +(until[1] ?? until[2]) : null,
      sectors,
      span: span(at, end),
    };
    // a later bare mention ("Tại lễ ký kết, ...") adds nothing to the agreement already found
    if (found.length && !g.parties.length && g.until === null && !g.sectors.length) return;
    if (a.titleRange && b0 + at < a.titleRange.end) headline.add(g);
    if (fromList) listedSectors.add(g);
    found.push(g);
  });
  // a headline announces the signing the body reports: one agreement, the body's
  const body = found.filter((g) => !headline.has(g));
  return { agreements: body.length ? body : found, cooperationFields, warnings };
}
