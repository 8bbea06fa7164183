/**
 * Organizations named in the body: complete names from data/organizations.json
 * ("Bộ Chính trị", "Chính phủ", "ASEAN") and heads followed by their name
 * ("Ban" + "Kinh tế Trung ương", "Tỉnh ủy" + "Lào Cai", "UBND" + "tỉnh Bình
 * Định"), each with a kind. Canonical names write abbreviated heads out
 * (UBND → Ủy ban nhân dân) and keep the rest as written; a head with no name
 * after it ("Thường trực Tỉnh ủy các tỉnh") is generic and left out.
 */
import type { Article } from '../article/article.js';
import type { Organization } from '../types.js';
import { documentKinds, organizations as organizationData } from '../data.js';
import { capitalize } from '../text/regex.js';
import { PhraseTrie } from '../text/trie.js';
import type { NameSpan } from '../text/persons.js';
import type { Extractor } from './extractor.js';
import { phraseEnd } from '../text/phrase.js';
import { placeLengthAt } from '../text/gazetteer.js';
import { WORD, wordAfter } from '../text/chars.js';
import { mergeMentions } from './merge.js';

const data = organizationData();
const KIND = new Map<string, string>();
for (const [h, k] of Object.entries(data.heads)) KIND.set(h, k);
for (const h of data.lowercaseHeads) KIND.set(h, KIND.get(capitalize(h)) ?? KIND.get(h.replace(/^\S+/, capitalize)) ?? 'state-body');
const ORG = new PhraseTrie([...Object.keys(data.names), ...KIND.keys()]);
/** a document named after a body ("Bộ Chính trị và Nghị quyết số 152/NQ-CP") is not part of its name */
const DOC_KINDS = documentKinds().kinds.flatMap((k) => k.words);
const DOC_AT = new RegExp(`(?:${DOC_KINDS.map((w) => capitalize(w).replace(/ /g, '\\s+')).join('|')})(?:\\s+số)?\\s+\\d`, 'uy');
/** the first letters of those kinds: the pattern is tried only where one stands, not at every word of a name */
const DOC_FIRST = new Set(DOC_KINDS.map((w) => capitalize(w).charCodeAt(0)));
const docAt = (text: string, p: number) => {
  if (!DOC_FIRST.has(text.charCodeAt(p))) return false;
  DOC_AT.lastIndex = p;
  return DOC_AT.test(text);
};
/** name tails that are still generic: only lower-case place words ("UBND tỉnh") */
const HAS_NAME = /[\p{Lu}\d]/u;
/**
 * A tail opening with a joining word joins the head to something else: "EU và Mỹ", "Bộ của Trung tâm", "nước sở tại".
 * (An organization's rule, not phraseEnd's: a title's body may open with one, "Giám đốc của UNAIDS".)
 */
const JOINED = /^(?:và|của|tại|với|&)(?![\p{L}\p{M}\p{N}])/u;

/** a lower-case head as the last syllable of a word ("toàn bộ", "cán bộ", "trụ sở"), by the syllable before it */
const COMPOUNDS = new Set(data.lowercaseHeadCompounds);
const LOWER_HEADS = new Set(data.lowercaseHeads);
/** a number after a lower-case head: "đi bộ 40 phút", "cơ sở 32" */
const DIGIT_AFTER = /^[ \u00a0]+\d/;
/**
 * Whether the lower-case head text[s, e) is a word's last syllable or a number's noun, no body:
 * "toàn bộ 400 biệt thự", "cán bộ Trung tâm Dịch vụ", "trụ sở Cơ quan điều tra".
 */
function inCompound(text: string, from: number, s: number, e: number): boolean {
  const head = text.slice(s, e);
  if (!LOWER_HEADS.has(head)) return false;
  if (DIGIT_AFTER.test(text.slice(e, e + 3))) return true;
  let w = s - 1;
  if (w <= from || (text.charCodeAt(w) !== 32 && text.charCodeAt(w) !== 0xa0)) return false;
  while (w > from && WORD[text.charCodeAt(w - 1)] === 1) w--;
  return w < s - 1 && COMPOUNDS.has(`${text.slice(w, s - 1).toLowerCase()} ${head}`);
}

/** words after a head that make it a word or name of the language, no body: "Bộ luật Hình sự", "Đinh Bộ Lĩnh", "Ban Mê Thuột" */
const NOT_BODY_AFTER = new Map(Object.entries(data.notBodyAfter).map(([h, ws]) => [h, new Set(ws)]));
function noBodyAfter(text: string, head: string, e: number): boolean {
  const words = NOT_BODY_AFTER.get(head);
  return words !== undefined && words.has(wordAfter(text, e).toLowerCase());
}

/** How many words before a head a place's name may start and still run over it ("Duyên hải Nam Trung Bộ"). */
const PLACE_WORDS_BEFORE = 3;
/**
 * Whether the head at `s` is a word inside a place's name: "Tây Ban Nha" holds "Ban",
 * "Bắc Trung Bộ" holds "Bộ". The place starts one to three words before, on the same
 * line, apart by single spaces; only those starts are tried.
 */
function insidePlace(text: string, from: number, s: number): boolean {
  let w = s;
  for (let k = 0; k < PLACE_WORDS_BEFORE; k++) {
    const gap = w - 1;
    if (gap <= from || (text.charCodeAt(gap) !== 32 && text.charCodeAt(gap) !== 0xa0) || WORD[text.charCodeAt(gap - 1)] !== 1) return false;
    w = gap - 1;
    while (w > from && WORD[text.charCodeAt(w - 1)] === 1) w--;
    if (placeLengthAt(text, w) > s - w) return true;
  }
  return false;
}

const extractor: Extractor = {
  id: 'organizations',
  needs: ['names'],
  run: (a, { names }) => ({ organizations: organizations(a, names) }),
};
export default extractor;

/**
 * What follows a head that ends at `headEnd`: where the name ends and its tail after the head, and whether
 * it names one body (not "Ủy ban nhân dân các cấp", "Bộ của Trung tâm": a generic head).
 */
function nameAfter(text: string, head: string, headEnd: number, to: number, stop: (p: number) => boolean): { e: number; tail: string; named: boolean } {
  let e = phraseEnd(text, headEnd, to, stop);
  let tail = text.slice(headEnd, e).replace(/\s+/g, ' ').trim();
  if (JOINED.test(tail)) { e = headEnd; tail = ''; }
  return { e, tail, named: !!data.names[head] || HAS_NAME.test(tail) };
}

/**
 * End of the body's name that starts at `p`, read as the organizations of a page are read (a head, then its
 * name up to `stop`, another head or a document's kind), or -1 when no head starts there; a head with no
 * name ends with its level words ("UBND tỉnh"). A citation's issuer is read with it: "Quyết định số
 * 5/QĐ-UBND của *UBND tỉnh Lào Cai* về …".
 */
export function organizationEnd(text: string, p: number, to: number, stop: (p: number) => boolean): number {
  const head = ORG.phraseStartingAt(text, p);
  if (!head || head.end > to) return -1;
  const body = bodyAfter(text, ORG.phrases[head.phrase], head.end, to, (q) => stop(q) || docAt(text, q) || ORG.matchAt(text, q) >= 0);
  // (a body named only by its head and level, "của UBND tỉnh", "của UBND thành phố": the issuer as written)
  return body.name !== null || LEVEL.test(body.tail) ? body.e : -1;
}
/** the levels of a local body's name: "UBND tỉnh", "HĐND huyện", "Ủy ban nhân dân tỉnh Lào Cai" */
export const LEVEL_WORDS = 'tỉnh|thành phố|TP\\.?|huyện|quận|thị xã|xã|phường|thị trấn';
const LEVEL = new RegExp(`^(?:${LEVEL_WORDS})$`, 'u');

const UNIT_HEADS = new Set(data.unitHeads);

/**
 * The name of the body whose head ends at `headEnd`: the head and the name after it, or, for a head that
 * names a unit and nothing after it, the unit of the body named right after it: "Ban Tuyên giáo Tỉnh ủy
 * Lào Cai", "Văn phòng UBND tỉnh Lào Cai", "Đảng ủy Công an tỉnh". A null name when neither: the head is
 * generic, and `e` and `tail` are what follows it ("UBND tỉnh").
 */
function bodyAfter(text: string, head: string, headEnd: number, to: number, stop: (p: number) => boolean): { e: number; tail: string; name: string | null } {
  const own = nameAfter(text, head, headEnd, to, stop);
  const written = data.expand[head] ?? head;
  if (own.named) return { e: own.e, tail: own.tail, name: capitalize(`${written}${own.tail ? ' ' + own.tail : ''}`) };
  const generic = { e: own.e, tail: own.tail, name: null };
  if (!UNIT_HEADS.has(head) && !head.startsWith('Ban ')) return generic;
  let q = headEnd;
  while (q < to && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0xa0)) q++;
  const next = q > headEnd ? ORG.phraseStartingAt(text, q) : null;
  if (!next || next.end > to) return generic;
  const nextHead = ORG.phrases[next.phrase];
  const of = nameAfter(text, nextHead, next.end, to, stop);
  return of.named ? { e: of.e, tail: of.tail, name: capitalize(`${written} ${data.expand[nextHead] ?? nextHead}${of.tail ? ' ' + of.tail : ''}`) } : generic;
}

let startsAt = new Uint8Array(4096);

function organizations(a: Article, names: NameSpan[]): Organization[] {
  const { text } = a;
  const { start: from, end: to } = a.body;
  // where a name or another head starts, a name ends: one byte per character of the body, read as the name
  // scan moves on (sets of every start cost more per lookup the longer the page: "Ban Ban Ban …"); the
  // bytes are kept from article to article, cleared, not made anew
  if (startsAt.length < to - from + 1) startsAt = new Uint8Array(2 * (to - from + 1));
  startsAt.fill(0, 0, to - from + 1);
  for (const n of names) if (n.start >= from && n.start <= to) startsAt[n.start - from] = 1;
  const found: Array<{ s: number; e: number; name: string; kind: string }> = [];
  // the heads as the trie gives them, start, end and phrase in a row (no object per head: "Ban Ban Ban …" has one a word)
  const at = ORG.matches(text, from, to);
  for (let k = 0; k < at.length; k += 3) {
    // a head inside a place's name is no head, and no stop to the name before it ("Đại sứ quán Tây Ban Nha")
    if (insidePlace(text, from, at[k]) || inCompound(text, from, at[k], at[k + 1]) || noBodyAfter(text, ORG.phrases[at[k + 2]], at[k + 1])) at[k + 1] = -1;
    else startsAt[at[k] - from] = 1;
  }
  const stop = (p: number) => startsAt[p - from] === 1 || docAt(text, p);

  let done = from;
  for (let k = 0; k < at.length; k += 3) {
    const s = at[k], headEnd = at[k + 1];
    if (s < done || headEnd < 0) continue;
    const head = ORG.phrases[at[k + 2]];
    const { e, name } = bodyAfter(text, head, headEnd, to, stop);
    if (name === null) continue;
    found.push({ s, e, name, kind: data.names[name] ?? data.names[head] ?? KIND.get(head)! });
    done = e;
  }
  const facts: Organization[] = found.map((f) => ({ name: f.name, kind: f.kind, span: a.span(f.s, f.e), mentions: [] }));
  return mergeMentions(facts, (o) => o.name.toLowerCase());
}
