/**
 * Participants: people named in the body, with their titles and roles.
 * Titles stand before the name ("Phó Bí thư Thành ủy TP.HCM Nguyễn Văn Hiếu")
 * or after it, separated by commas ("đồng chí Trần Tuấn Anh, Ủy viên Bộ
 * Chính trị, Trưởng ban Kinh tế Trung ương"); each title is a head from
 * data/titles.json plus the body it heads. Roles come from cue words in the
 * sentence (data/titles.json "roles"). One participant per name; later
 * mentions — the full name again, "ông Hiếu" / "đồng chí Thắng", or a title
 * given to that person alone ("Phó Bí thư Thành ủy TP.HCM mong muốn") — go
 * to `mentions`.
 */
import type { Article } from '../article/article.js';
import type { Participant } from '../types.js';
import { titles } from '../data.js';
import { alternation, capitalize, phrasesRe, R, titleCase, trie, windowMatches, wordMatches } from '../text/regex.js';
import { honorificsStart, markerBefore, nameKey, wellSpelled, type NameSpan } from '../text/persons.js';
import { titleBodyEnd } from '../text/phrase.js';
import type { Segmentation } from '../article/segment.js';
import type { Extractor } from './extractor.js';
import { overlapsAny } from '../text/ranges.js';
import { charTable, isSpace, WORD, wordAfter } from '../text/chars.js';

const data = titles();
const COMPLETE = new Set(data.completeHeads.map((h) => h.toLowerCase()));
/**
 * News text writes titles capitalised or not ("Bộ trưởng", "bộ trưởng", "phó chủ tịch"), and some portals
 * every word ("Phó Chủ Tịch", "Giám Đốc"); the forms are listed rather than matched case-insensitively, which is much slower.
 */
const caseForms = (h: string) => [h, h[0].toLowerCase() + h.slice(1), h.toLowerCase(), capitalize(h.toLowerCase()), titleCase(h)];
const HEAD_FORMS = [...data.heads, ...data.completeHeads].flatMap(caseForms);
const HEAD = phrasesRe(HEAD_FORMS);
/** the code units a head starts with: most words a title's body reads start none ("tỉnh", "Hà"), and no pattern is tried there */
const HEAD_FIRST = charTable(HEAD_FORMS.map((h) => h[0]));

const roleOf = new Map<string, string>();
for (const [role, cues] of Object.entries(data.roles)) for (const c of cues) roleOf.set(c, role);
// lower case only: "Ban Chỉ đạo" is a name, "chỉ đạo" a cue
const CUE = phrasesRe(roleOf.keys());
/** "Bí thư tỉnh ủy Lào Cai" → "Bí thư Tỉnh ủy Lào Cai": a party committee named by its place is a proper name */
const COMMITTEE = /(?<![\p{L}\p{M}])(?:tỉnh|thành|huyện|quận|thị|đảng) ủy(?= \p{Lu})/gu;
const startRoleOf = new Map<string, string>();
for (const [role, cues] of Object.entries(data.sentenceStartRoles)) for (const c of cues) startRoleOf.set(c.toLowerCase(), role);
const START_CUE = new RegExp(`^(?:${alternation(startRoleOf.keys())})${R}`, 'iu');

/** a short reference: a marker, then the given name alone ("ông Hiếu", "đồng chí Thắng") */
const ALONE_AFTER = /^(?![\p{L}\p{M}\p{N}]|[ \u00a0]+\p{Lu})/u;
function isShortRef(text: string, s: number, e: number): boolean {
  // (many places a given name is found are inside a word, "Anh" of "Anhui", "Hà" of "Hàng": a letter right after
  // it, or no space before it for a marker to end in, answers them before any string is made)
  if (WORD[text.charCodeAt(e)] === 1 || !isSpace(text.charCodeAt(s - 1))) return false;
  return ALONE_AFTER.test(text.slice(e, e + 3)) && markerBefore(text, s);
}
/** a marker and the capitalised word after it: where a short reference ("ông Hiếu") may stand */
const MARKED_WORD = new RegExp(`(?:${trie(data.markers)})[ \\u00a0]+(\\p{Lu}[\\p{Ll}\\p{M}]*)${R}`, 'gu');
/**
 * Up to how many titles (or given names) held by one person are each searched for as written, rather than by
 * one scan of all title heads (or all markers): a few native searches cost less, and a bounded number stays linear.
 */
const FEW_TITLES = 16;
/** Offsets of ";" and ":" in text[from, to): a title before a name does not reach back over them. */
function clauseSeparators(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  occurrences(text, ';', from, to, (i) => out.push(i));
  occurrences(text, ':', from, to, (i) => out.push(i));
  return out.sort((x, y) => x - y);
}
/**
 * Each place where `word` starts in text[from, to), in order: searched in a copy that ends where the last such
 * occurrence would, so that a word not in the body is not looked for in the rest of the page.
 */
function occurrences(text: string, word: string, from: number, to: number, each: (at: number) => void): void {
  const hay = text.slice(from, Math.min(text.length, to + word.length - 1));
  for (let i = hay.indexOf(word); i >= 0 && i < to - from; i = hay.indexOf(word, i + 1)) each(from + i);
}
const WORDS3 = /^\S+ \S+ \S/;
/** degrees and ranks written as abbreviations ("TS", "ThS", "PGS", "BS"), lower-cased: a dot may close them before the name */
const ABBREVIATED = new Set([...data.heads, ...data.completeHeads].filter((h) => /^\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*$/u.test(h)).map((h) => h.toLowerCase()));
/** The first offset at or after `p` that is no plain or no-break space (`limit` at most). */
function pastBlanks(text: string, p: number, limit = text.length): number {
  while (p < limit && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p++;
  return p;
}
/**
 * Past a title separator at text[q] (", ", " kiêm ", " - ", "("), read within 12 characters: spaces, one separator
 * at most, spaces. Read by code unit, once for each name and each title after it.
 */
function pastSeparator(text: string, q: number): number {
  const limit = Math.min(text.length, q + 12);
  let p = pastBlanks(text, q, limit);
  const c = text.charCodeAt(p);
  if (p < limit && (c === 44 || c === 40 || c === 45 || c === 0x2013)) p++;
  else if (p + 4 <= limit && text.startsWith('kiêm', p)) p += 4;
  return pastBlanks(text, p, limit);
}
const BEFORE_SEP = /(?:,|kiêm)[ \u00a0]*$/u;
/** a preposition whose object the title after it is: "với", "trước", "cho", "tới", "gửi" */
const OBJECT_BEFORE = /(?<![\p{L}\p{M}])(?:với|trước|cho|tới|gửi|lên)[ \u00a0]+$/u;
/** Where a title that ends at `e` is over: past its dot when it is an abbreviation's ("TS. Nguyễn Văn An"). */
const pastDot = (h: Head, e: number) => (h.dot && e === h.e ? e + 1 : e);
/** a degree's dot and the spaces after it, before another title: "PGS. TS. Lê Thị Dung" */
const DOT_BEFORE = /\.[ \u00a0]+$/u;

/** how far before a name its titles may begin, in characters */
const REACH = 200;
/** how far a list of names after a shared title may run */
const LIST_REACH = 400;
/** between a list's colon and one of its names: other names (capitalised words), commas, "và", spaces (a word is one
 * capital and lower case: each text splits one way only, so a failing test does not backtrack) */
const NAMES_ONLY = /^(?:[\s,;]|và(?=\s)|\p{Lu}[\p{Ll}\p{M}'-]*)*$/u;
// (the plural may stand before the marker: "các đồng chí Phó Chủ tịch UBND huyện: …")
const PLURAL_BEFORE = /(?:^|\s)(?:các|những)\s+(?:(?:đồng chí|ông|bà|vị|thầy|cô)\s+)?$/iu;
const HEAD_AT = new RegExp(HEAD.source, 'uy');

/** where a head ends and what stands after it, past a dot an abbreviation may take ("TS. Nguyễn Văn An") */
interface Head { s: number; e: number; complete: boolean; dot: boolean }

/** a mention of a person: `full` when the whole name is written, else a short reference or a title said alone */
interface Mention { pos: number; end: number; key: string; full: boolean }

const extractor: Extractor = {
  id: 'participants',
  needs: ['names', 'segmentation'],
  run: (a, { names, segmentation }) => ({ participants: participants(a, names, segmentation) }),
};
export default extractor;

function participants(a: Article, names: NameSpan[], seg: Segmentation): Participant[] {
  const { text } = a;
  const { start: from, end: to } = a.body;
  if (!names.length) return [];
  // titles stand next to names: heads are looked for only there, with a sticky match
  const heads = new Map<number, Head | null>();
  const headAt = (p: number): Head | null => {
    if (HEAD_FIRST[text.charCodeAt(p)] !== 1) return null;
    let h = heads.get(p);
    if (h === undefined) {
      HEAD_AT.lastIndex = p;
      // (not inside a word: asked by code unit, as every word a title's body reads is asked about)
      const m = p > 0 && WORD[text.charCodeAt(p - 1)] === 1 ? null : HEAD_AT.exec(text);
      heads.set(p, (h = m ? { s: p, e: p + m[0].length, complete: COMPLETE.has(m[0].toLowerCase().replace(/\s+/g, ' ')), dot: ABBREVIATED.has(m[0].toLowerCase()) && text[p + m[0].length] === '.' } : null));
    }
    return h;
  };
  const nameAt = new Set(names.map((n) => n.start));
  /** where a Vietnamese name of three words or more starts: a whole name, not two words of a body's ("Ung Bướu"), nor a company's read as a foreign one ("Mai Linh Taxi") */
  const fullNameAt = new Set(names.filter((n) => !n.foreign && WORDS3.test(n.name)).map((n) => n.start));
  const stop = (p: number) => nameAt.has(p) || headAt(p) !== null;
  /** where a title's body ends; before a name (`nameAt`), an aside in brackets may end it ("Duma Quốc gia (Hạ viện) Nga") */
  const titleEnd = (h: Head, limit: number, nameAt = -1) => (h.complete ? h.e : titleBodyEnd(text, h.e, limit, stop, nameAt));
  const written: Array<[number, number]> = [];
  const render = (s: number, e: number) => { written.push([s, e]); return capitalize(text.slice(s, e).replace(/\s+/g, ' ').trim().replace(COMMITTEE, capitalize)); };

  /** titles written just before the name, nearest first then back over ", " and "kiêm" */
  const titlesBefore = (n: NameSpan, clause: number): string[] => {
    const out: string[] = [];
    // honours between the titles and the name are neither ("Bộ trưởng Malaysia Datuk Seri Mustapa Mohamed")
    let edge = honorificsStart(text, clause, n.start);
    const near: Head[] = [];
    for (const m of windowMatches(HEAD, text, Math.max(clause, edge - REACH), edge)) near.push(headAt(m.index)!);
    for (let k = near.length - 1; k >= 0; k--) {
      const h = near[k];
      const e = titleEnd(h, edge, edge);
      if (/\S/.test(text.slice(pastDot(h, e), edge))) {
        if (out.length) break;
        continue;
      }
      // an earlier title that is a preposition's object is another person's: "Báo cáo với Phó Thủ tướng, Chủ tịch UBND
      // tỉnh Vũ Hà Nam cho biết" (the chairman reports to the deputy prime minister)
      if (out.length && OBJECT_BEFORE.test(text.slice(Math.max(clause, h.s - 12), h.s))) break;
      out.unshift(render(h.s, e));
      const sep = BEFORE_SEP.exec(text.slice(Math.max(clause, h.s - 12), h.s));
      // (or the dot of a degree before it: "PGS. TS. Lê Thị Dung")
      const dot = sep ? null : DOT_BEFORE.exec(text.slice(Math.max(clause, h.s - 4), h.s));
      if (!sep && !dot) break;
      edge = sep ? h.s - sep[0].length : h.s - dot![0].length;
    }
    return out;
  };
  /** titles written after the name, separated by ", ", " - ", "(" or "kiêm" */
  const titlesAfter = (n: NameSpan, limit: number): string[] => {
    const out: string[] = [];
    let q = n.end;
    for (;;) {
      const h = headAt(pastSeparator(text, q));
      if (!h || h.s >= limit) break;
      const e = titleEnd(h, limit);
      // a title that runs into the next whole name is that name's: "Giám đốc Sở Y tế Lê Văn Tâm, Phó Giám đốc Sở Tài chính
      // Hoàng Minh Đức" (but "ông Hồ Hữu Lân, Phó tổng giám đốc Mai Linh Taxi" is his)
      // (so does a degree that runs into another: "…, PGS. TS. Lê Thị Dung")
      const next = pastBlanks(text, pastDot(h, e));
      if (fullNameAt.has(next) || (h.dot && next > e + 1 && headAt(next)?.dot)) break;
      out.push(render(h.s, e));
      q = e;
    }
    return out;
  };

  /**
   * The title a list after a colon shares, said once in the plural before it: "các Phó Thủ tướng: Nguyễn Văn A,
   * Trần Văn B và Lê Văn C" (each is a Phó Thủ tướng); only names and their separators between the colon and the
   * name. Kept per colon.
   */
  const shared = new Map<number, string | null>();
  const sharedTitle = (colon: number, at: number): string[] => {
    if (at - colon > LIST_REACH || !NAMES_ONLY.test(text.slice(colon + 1, at))) return [];
    let t = shared.get(colon);
    if (t === undefined) {
      t = null;
      const heads = [...windowMatches(HEAD, text, Math.max(from, colon - REACH), colon)];
      for (let k = heads.length - 1; k >= 0 && t === null; k--) {
        const h = headAt(heads[k].index);
        if (h && titleEnd(h, colon) === colon && PLURAL_BEFORE.test(text.slice(Math.max(from, h.s - 20), h.s))) t = render(h.s, colon);
      }
      shared.set(colon, t);
    }
    return t === null ? [] : [t];
  };

  // sentences of the body, for clause starts and roles
  const ends = seg.sentences.map((x) => x.end);
  ends.push(to);
  let si = 0;
  const sentenceOf = (p: number) => { while (ends[si] <= p) si++; return si; };

  // one participant per person: spellings that differ only in case or tone placement ("Hòang"/"Hoàng") are one
  const people = new Map<string, Participant>();
  const mentions: Mention[] = [];
  const seps = clauseSeparators(text, from, to);
  let ci = 0;
  for (const n of names) {
    const sentence = sentenceOf(n.start);
    const sStart = sentence ? ends[sentence - 1] : from;
    while (ci < seps.length && seps[ci] < n.start) ci++;
    const clause = Math.max(sStart, ci ? seps[ci - 1] + 1 : from);
    let titles = [...titlesBefore(n, clause), ...titlesAfter(n, ends[sentence])];
    if (!titles.length && clause > from && text[clause - 1] === ':') titles = sharedTitle(clause - 1, n.start);
    const key = nameKey(n.name);
    let p = people.get(key);
    if (!p) people.set(key, (p = { name: n.name, titles: [], roles: [], span: a.span(n.start, n.end), mentions: [] }));
    else if (p.name !== n.name && !wellSpelled(p.name) && wellSpelled(n.name)) p.name = n.name;
    for (const t of titles) addTitle(p.titles, t);
    mentions.push({ pos: n.start, end: n.end, key, full: true });
  }

  // "ông Hoàng Anh" after "ông Nguyễn Hoàng Anh": the end of exactly one longer name is that person
  const bySuffix = new Map<string, string[]>();
  for (const key of people.keys()) {
    // each suffix of whole words: what follows each space
    for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) {
      const suffix = key.slice(k + 1);
      const list = bySuffix.get(suffix);
      if (!list) bySuffix.set(suffix, [key]); else if (list.length < 2) list.push(key);
    }
  }
  const into = new Map<string, string>();
  for (const key of people.keys()) {
    const longer = bySuffix.get(key);
    if (longer?.length === 1 && !bySuffix.has(longer[0])) into.set(key, longer[0]);
  }
  for (const [short, long] of into) {
    const target = people.get(long)!;
    for (const t of people.get(short)!.titles) addTitle(target.titles, t);
    people.delete(short);
  }
  for (const m of mentions) m.key = into.get(m.key) ?? m.key;

  // "Bộ trưởng Lê Minh tá" (the last word typed in lower case, or a stop word read as a title's start: "… Tập đoàn")
  // beside "Lê Minh Tá" elsewhere: a name the text goes on with the last word of exactly one longer name is that person
  const byPrefix = new Map<string, string[]>();
  for (const key of people.keys()) {
    const k = key.lastIndexOf(' ');
    if (k < 0) continue;
    const list = byPrefix.get(key.slice(0, k));
    if (!list) byPrefix.set(key.slice(0, k), [key]); else if (list.length < 2) list.push(key);
  }
  const cut = new Map<string, string>();
  for (const m of mentions) {
    const longer = byPrefix.get(m.key);
    if (longer?.length !== 1 || cut.has(m.key)) continue;
    const next = wordAfter(text, m.end);
    if (next && `${m.key} ${nameKey(next)}` === longer[0]) cut.set(m.key, longer[0]);
  }
  for (const [short, long] of cut) {
    for (const t of people.get(short)!.titles) addTitle(people.get(long)!.titles, t);
    people.delete(short);
  }
  for (const m of mentions) m.key = cut.get(m.key) ?? m.key;

  // "ông Hiếu", "đồng chí Thắng": the last syllable of exactly one participant's name, after a marker
  const byGiven = new Map<string, string[]>();
  for (const key of people.keys()) {
    const g = key.slice(key.lastIndexOf(' ') + 1);
    const list = byGiven.get(g);
    if (!list) byGiven.set(g, [key]); else list.push(key);
  }
  const full = mentions.map((m): [number, number] => [m.pos, m.end]);
  const shortRef = (s: number, e: number, key: string) => {
    // not the end of a full name already read ("Dương Anh Đức": "Anh" is no marker there)
    if (isShortRef(text, s, e) && !overlapsAny(full, s, e)) mentions.push({ pos: s, end: e, key, full: false });
  };
  const givens = [...byGiven].filter(([, who]) => who.length === 1);
  if (givens.length <= FEW_TITLES) {
    // a few people: each given name looked up as written, in either tone placement (a native search per name)
    for (const [, [key]] of givens) {
      const g = people.get(key)!.name.split(' ').pop()!;
      occurrences(text, g, from, to, (s) => shortRef(s, s + g.length, key));
    }
  } else {
    for (const m of wordMatches(MARKED_WORD, text, from, to)) {
      const s = m.index + m[0].length - m[1].length;
      const who = byGiven.get(nameKey(m[1]));
      if (who?.length === 1) shortRef(s, s + m[1].length, who[0]);
    }
  }
  // a title given to one person only, used alone later ("Phó Bí thư Thành ủy TP.HCM mong muốn")
  const holders = new Map<string, string[]>();
  for (const [key, p] of people) for (const t of p.titles) if (t.includes(' ')) {
    const list = holders.get(t);
    if (!list) holders.set(t, [key]); else if (!list.includes(key)) list.push(key);
  }
  const single = [...holders].filter(([, who]) => who.length === 1);
  written.sort((x, y) => x[0] - y[0]);
  // not where it was written as a title, nor part of a longer name or title
  const titleMention = (s: number, e: number, key: string) => {
    if (/^[ \u00a0]*\p{Lu}/u.test(text.slice(e, e + 3)) || overlapsAny(written, s, e)) return;
    mentions.push({ pos: s, end: e, key, full: false });
  };
  if (single.length <= FEW_TITLES) {
    // a few titles: each looked up as written (a native search per title, so linear)
    for (const [t, [key]] of single) occurrences(text, t, from, to, (s) => titleMention(s, s + t.length, key));
  } else {
    // many: one scan of the title heads, each title read out and looked up
    const byTitle = new Map(single.map(([t, [key]]) => [t, key]));
    for (const m of wordMatches(HEAD, text, from, to)) {
      const h = headAt(m.index);
      if (!h) continue;
      const e = titleEnd(h, to);
      const key = byTitle.get(capitalize(text.slice(h.s, e).replace(/\s+/g, ' ').replace(COMMITTEE, capitalize)));
      if (key) titleMention(h.s, e, key);
    }
  }
  mentions.sort((x, y) => x.pos - y.pos);
  const seen = new Map<string, Set<number>>();
  for (const m of mentions) {
    const p = people.get(m.key)!;
    let at = seen.get(m.key);
    if (!at) seen.set(m.key, (at = new Set([p.span.start])));
    const span = a.span(m.pos, m.end);
    // a short reference before the full name refers to someone else
    if (at.has(span.start) || (!m.full && span.start < p.span.start)) continue;
    at.add(span.start);
    p.mentions.push(span);
  }
  for (const p of people.values()) p.mentions.sort((x, y) => x.start - y.start);

  assignRoles(text, from, ends, mentions, people, written);
  return [...people.values()];
}

/**
 * Cue words split a sentence into stretches; a cue applies to the people
 * named in the stretch before it ("A, B và C đồng chủ trì"), or, when there
 * are none, to those after it ("Phát biểu khai mạc, đồng chí A ...").
 */
function assignRoles(text: string, from: number, ends: number[], mentions: Mention[], people: Map<string, Participant>, titles: Array<[number, number]>): void {
  let k = 0;
  for (let i = 0; i < ends.length; i++) {
    const s0 = i ? ends[i - 1] : from, s1 = ends[i];
    const inSentence: Mention[] = [];
    while (k < mentions.length && mentions[k].pos < s1) { if (mentions[k].pos >= s0) inSentence.push(mentions[k]); k++; }
    if (!inSentence.length) continue;
    const sentence = text.slice(s0, s1);
    const cues: Array<{ pos: number; role: string }> = [];
    const seen = new Set<number>();
    const lead = START_CUE.exec(sentence.trimStart());
    if (lead) {
      const pos = s0 + sentence.length - sentence.trimStart().length;
      cues.push({ pos, role: startRoleOf.get(lead[0].toLowerCase().replace(/\s+/g, ' '))! });
      seen.add(pos);
    }
    for (const m of windowMatches(CUE, text, s0, s1)) {
      const p = m.index;
      // a cue word inside a title ("Trưởng ban Tổ chức") is part of the title; titles are sorted: a binary search
      // (the cues are lower case: a cue written with single spaces is its own key, looked up with no string made)
      if (!seen.has(p) && !overlapsAny(titles, p, p + 1)) { cues.push({ pos: p, role: (roleOf.get(m[0]) ?? roleOf.get(m[0].replace(/\s+/g, ' ')))! }); seen.add(p); }
    }
    cues.sort((x, y) => x.pos - y.pos);
    // the people a cue applies to: those since the previous cue, else those up to the next one
    // (mentions are in text order: each stretch is found by binary search, never by filtering the sentence)
    const at = (pos: number) => { let lo = 0, hi = inSentence.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (inSentence[mid].pos < pos) lo = mid + 1; else hi = mid; } return lo; };
    let prev = s0;
    cues.forEach((c, ci) => {
      let a = at(prev), b = at(c.pos);
      if (a === b) { a = at(c.pos + 1); b = at(cues[ci + 1]?.pos ?? s1); }
      for (let k2 = a; k2 < b; k2++) {
        const p = people.get(inSentence[k2].key)!;
        if (!p.roles.includes(c.role)) p.roles.push(c.role);
      }
      prev = c.pos;
    });
  }
}

/**
 * Add a title once: "Phó Thủ tướng" after "Phó Thủ tướng Chính phủ" is the same
 * office said shorter (kept out), and a fuller form replaces a shorter one.
 */
function addTitle(titles: string[], t: string): void {
  if (titles.some((x) => x === t || x.startsWith(t + ' '))) return;
  const shorter = titles.findIndex((x) => t.startsWith(x + ' '));
  if (shorter >= 0) titles[shorter] = t; else titles.push(t);
}
