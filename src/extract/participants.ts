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
import { loadData } from '../data.js';
import { alternation, capitalize, phrasesRe, R, wordMatches } from '../text/regex.js';
import { markerBefore, personNames, type NameSpan } from '../text/persons.js';
import { phraseEnd } from '../text/phrase.js';

interface TitleData {
  heads: string[]; completeHeads: string[]; markers: string[];
  roles: Record<string, string[]>; sentenceStartRoles: Record<string, string[]>;
}
const data = loadData<TitleData>('titles');
const COMPLETE = new Set(data.completeHeads.map((h) => h.toLowerCase()));
/**
 * News text writes titles capitalised or not ("Bộ trưởng", "bộ trưởng", "phó chủ tịch");
 * the forms are listed rather than matched case-insensitively, which is much slower.
 */
const caseForms = (h: string) => [h, h[0].toLowerCase() + h.slice(1), h.toLowerCase(), capitalize(h.toLowerCase())];
const HEAD = phrasesRe([...data.heads, ...data.completeHeads].flatMap(caseForms));

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
  return ALONE_AFTER.test(text.slice(e, e + 3)) && markerBefore(text, s);
}
/** sentence ends: . ! ? before a space or line end, or a line break */
const SENTENCE_END = /[.!?…]+(?=\s)|\n/g;
/** a dot after a short abbreviation ("TP. Cần Thơ", "Q. 3") does not end a sentence */
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])\p{Lu}{1,3}$/u;
/** title separators: ", ", " kiêm ", " - ", "(" */
const AFTER_SEP = /^[ \u00a0]*(?:,|\(|[-–]|kiêm)?[ \u00a0]*/u;
const BEFORE_SEP = /(?:,|kiêm)[ \u00a0]*$/u;

/** how far before a name its titles may begin, in characters */
const REACH = 200;
const HEAD_AT = new RegExp(HEAD.source, 'uy');
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

interface Head { s: number; e: number; complete: boolean }

interface Mention { pos: number; end: number; key: string }

export function participants(a: Article): Participant[] {
  const { text } = a;
  const { start: from, end: to } = a.body;
  const names = personNames(a);
  if (!names.length) return [];
  // titles stand next to names: heads are looked for only there, with a sticky match
  const heads = new Map<number, Head | null>();
  const headAt = (p: number): Head | null => {
    let h = heads.get(p);
    if (h === undefined) {
      HEAD_AT.lastIndex = p;
      const m = p > 0 && WORD_CHAR.test(text[p - 1]) ? null : HEAD_AT.exec(text);
      heads.set(p, (h = m ? { s: p, e: p + m[0].length, complete: COMPLETE.has(m[0].toLowerCase().replace(/\s+/g, ' ')) } : null));
    }
    return h;
  };
  const nameAt = new Set(names.map((n) => n.start));
  const stop = (p: number) => nameAt.has(p) || headAt(p) !== null;
  const titleEnd = (h: Head, limit: number) => (h.complete ? h.e : phraseEnd(text, h.e, limit, stop));
  const written: Array<[number, number]> = [];
  const render = (s: number, e: number) => { written.push([s, e]); return capitalize(text.slice(s, e).replace(/\s+/g, ' ').trim().replace(COMMITTEE, capitalize)); };

  /** titles written just before the name, nearest first then back over ", " and "kiêm" */
  const titlesBefore = (n: NameSpan, clause: number): string[] => {
    const out: string[] = [];
    let edge = n.start;
    const near: Head[] = [];
    for (const m of wordMatches(HEAD, text, Math.max(clause, n.start - REACH), n.start)) near.push(headAt(m.index)!);
    for (let k = near.length - 1; k >= 0; k--) {
      const h = near[k];
      if (/\S/.test(text.slice(titleEnd(h, edge), edge))) {
        if (out.length) break;
        continue;
      }
      out.unshift(render(h.s, titleEnd(h, edge)));
      const sep = BEFORE_SEP.exec(text.slice(Math.max(clause, h.s - 12), h.s));
      if (!sep) break;
      edge = h.s - sep[0].length;
    }
    return out;
  };
  /** titles written after the name, separated by ", ", " - ", "(" or "kiêm" */
  const titlesAfter = (n: NameSpan, limit: number): string[] => {
    const out: string[] = [];
    let q = n.end;
    for (;;) {
      const sep = AFTER_SEP.exec(text.slice(q, q + 12))!;
      const h = headAt(q + sep[0].length);
      if (!h || h.s >= limit) break;
      const e = titleEnd(h, limit);
      out.push(render(h.s, e));
      q = e;
    }
    return out;
  };

  // sentences of the body, for clause starts and roles
  const ends: number[] = [];
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    ends.push(m.index + m[0].length);
  }
  ends.push(to);
  let si = 0;
  const sentenceOf = (p: number) => { while (ends[si] <= p) si++; return si; };

  const people = new Map<string, Participant>();
  const mentions: Mention[] = [];
  for (const n of names) {
    const sentence = sentenceOf(n.start);
    const sStart = sentence ? ends[sentence - 1] : from;
    const clause = Math.max(sStart, text.lastIndexOf(';', n.start) + 1, text.lastIndexOf(':', n.start) + 1);
    const titles = [...titlesBefore(n, clause), ...titlesAfter(n, ends[sentence])];
    let p = people.get(n.name);
    if (!p) people.set(n.name, (p = { name: n.name, titles: [], roles: [], span: a.span(n.start, n.end), mentions: [] }));
    else p.mentions.push(a.span(n.start, n.end));
    for (const t of titles) addTitle(p.titles, t);
    mentions.push({ pos: n.start, end: n.end, key: n.name });
  }

  // "ông Hoàng Anh" after "ông Nguyễn Hoàng Anh": the end of exactly one longer name is that person
  for (const [short, p] of people) {
    const longer = [...people.keys()].filter((n) => n.length > short.length && n.endsWith(` ${short}`));
    if (longer.length !== 1) continue;
    const into = people.get(longer[0])!;
    into.mentions.push(p.span, ...p.mentions);
    for (const t of p.titles) addTitle(into.titles, t);
    for (const m of mentions) if (m.key === short) m.key = longer[0];
    people.delete(short);
  }

  // "ông Hiếu", "đồng chí Thắng": the last syllable of exactly one participant's name
  const byGiven = new Map<string, string[]>();
  for (const name of people.keys()) {
    const g = name.split(' ').pop()!;
    byGiven.set(g, [...(byGiven.get(g) ?? []), name]);
  }
  for (const [given, who] of byGiven) {
    if (who.length !== 1) continue;
    for (let s = text.indexOf(given, from); s >= 0 && s < to; s = text.indexOf(given, s + 1)) {
      const e = s + given.length;
      // not the end of a full name already read ("Dương Anh Đức": "Anh" is no marker there)
      if (isShortRef(text, s, e) && !mentions.some((m) => s >= m.pos && e <= m.end)) mentions.push({ pos: s, end: e, key: who[0] });
    }
  }
  // a title given to one person only, used alone later ("Phó Bí thư Thành ủy TP.HCM mong muốn")
  const holders = new Map<string, string[]>();
  for (const p of people.values()) for (const t of p.titles) if (t.includes(' ')) holders.set(t, [...(holders.get(t) ?? []), p.name]);
  for (const [t, who] of holders) {
    if (who.length !== 1) continue;
    for (let s = text.indexOf(t, from); s >= 0 && s < to; s = text.indexOf(t, s + 1)) {
      const e = s + t.length;
      // not where it was written as a title, nor part of a longer name or title
      if (/^[ \u00a0]*\p{Lu}/u.test(text.slice(e, e + 3)) || written.some(([ws, we]) => s < we && e > ws)) continue;
      mentions.push({ pos: s, end: e, key: who[0] });
    }
  }
  mentions.sort((x, y) => x.pos - y.pos);
  for (const m of mentions) {
    const p = people.get(m.key)!;
    const span = a.span(m.pos, m.end);
    if (m.pos > p.span.start - 1 && span.start !== p.span.start && !p.mentions.some((x) => x.start === span.start)) p.mentions.push(span);
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
    const lead = START_CUE.exec(sentence.trimStart());
    if (lead) cues.push({ pos: s0 + sentence.length - sentence.trimStart().length, role: startRoleOf.get(lead[0].toLowerCase().replace(/\s+/g, ' '))! });
    for (const m of wordMatches(CUE, text, s0, s1)) {
      const p = m.index;
      if (!cues.some((c) => c.pos === p) && !titles.some(([ts, te]) => p >= ts && p < te)) cues.push({ pos: p, role: roleOf.get(m[0].toLowerCase().replace(/\s+/g, ' '))! });
    }
    cues.sort((x, y) => x.pos - y.pos);
    let prev = s0;
    cues.forEach((c, ci) => {
      let who = inSentence.filter((m) => m.pos >= prev && m.pos < c.pos);
      if (!who.length) {
        const next = cues[ci + 1]?.pos ?? s1;
        who = inSentence.filter((m) => m.pos > c.pos && m.pos < next);
      }
      for (const m of who) {
        const p = people.get(m.key)!;
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
