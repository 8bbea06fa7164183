/**
 * Person names in a sentence, for attributing what it introduces: a family
 * name (data/family-names.json) followed by one to three capitalised
 * syllables ("Trần Tuấn Anh"), or after "ông"/"đồng chí"/… a bare given name
 * ("ông Thắng"), which is partial. Place names that look like names
 * ("Hà Nội", "thành phố Hồ Chí Minh") are left out.
 */
import { familyNames, provinces, titles } from '../data.js';
import { L, R, alternation } from './regex.js';
import { matches } from '../text/regex.js';
import { TITLE_HEADS } from './phrase.js';

const CUES = titles();
const FAMILY = familyNames().familyNames;
const NOT_FULL_NAME_BEFORE = familyNames().notFullNameBefore;
const PROVINCES = new Set(provinces().provinces.flatMap((p) => p.variants));

const SYL = '\\p{Lu}[\\p{Ll}\\p{M}]*';
// a family name, then 1-3 capitalised syllables, not followed by another capitalised word
const FULL_RE = new RegExp(`${L}(?:${alternation(FAMILY)})(?:[ \\t]+${SYL}){1,3}${R}(?![ \\t]+\\p{Lu})`, 'gu');
const PRONOUNS = ['đồng chí', 'ông', 'bà', 'anh', 'chị'].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]);
// no i flag: it would let \p{Lu} match lower case
const PARTIAL_RE = new RegExp(`${L}(?:${alternation(PRONOUNS)})[ \\t]+(${SYL}(?:[ \\t]+${SYL})?)${R}(?![ \\t]+\\p{Lu})`, 'gu');
/** a title that opens where a bare given name seemed to: "đồng chí Bí thư Tỉnh ủy yêu cầu" names no "Bí" */
const TITLE_OPENS = new RegExp(`(?:${TITLE_HEADS})${R}`, 'uy');
const HONORIFIC_BEFORE = new RegExp(`${L}(?:${alternation(CUES.honorifics)}|theo)[ \\t]*$`, 'iu');
const NOT_PERSON_BEFORE = new RegExp(`${L}(?:${alternation(NOT_FULL_NAME_BEFORE)})[ \\t]*$`, 'u');
/** compounds that end in such a word and name no place: "yêu cầu Nguyễn Văn Hùng báo cáo", "thị trường Hà Nội" */
const NOT_THING_BEFORE = new RegExp(`${L}(?:${alternation(familyNames().notThingBefore)})[ \\t]*$`, 'iu');
const TITLE_AT = new RegExp(`^(?:${alternation(CUES.honorifics.filter((h) => /^\p{Lu}/u.test(h)))})${R}`, 'u');
const SPEECH_AFTER = new RegExp(`${L}(?:${alternation(CUES.speechVerbs)})${R}`, 'u');
const FAMILY_SET = new Set(FAMILY);
const PRONOUN_FIRST = /^(?:Ông|Bà|Anh|Chị) /u;
const THEO_BEFORE = /(?:^|[\s,])[Tt]heo[ \t]*$/u;

/** A speech verb soon after a name, past an appositive title at most: "X, Bộ trưởng ..., nhấn mạnh". */
function speechFollows(s: string, end: number): boolean {
  const after = s.slice(end, end + 160);
  const m = SPEECH_AFTER.exec(after);
  return m !== null && !/[.!?;:]\s/.test(after.slice(0, m.index));
}

export interface NameHit { name: string; partial: boolean; start: number; end: number }

/** Every full name in `s` (not cue-checked). */
export function fullNames(s: string): NameHit[] {
  const out: NameHit[] = [];
  for (const m of matches(FULL_RE, s)) {
    const before = s.slice(Math.max(0, m.index! - 20), m.index!);
    let name = m[0].replace(/\s+/g, ' ');
    let start = m.index!;
    // "Phó Bí thư", "Phó Chủ tịch": "Phó" is a family name too
    if ((NOT_PERSON_BEFORE.test(before) && !NOT_THING_BEFORE.test(before)) || PROVINCES.has(name) || TITLE_AT.test(s.slice(m.index!, m.index! + 40))) continue;
    // "Ông Phan Anh Tuấn": "Ông", "Bà" are family names too, but before a full name they are honorifics
    const p = PRONOUN_FIRST.exec(name);
    if (p && name.split(' ').length >= 3) { name = name.slice(p[0].length); start += m[0].indexOf(name); }
    out.push({ name, partial: false, start, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * The person a sentence attributes to: the first name that an honorific
 * precedes or a speech verb ("đề nghị", "nhấn mạnh", "cho rằng") follows.
 */
export function speakerName(s: string): NameHit | null {
  const cued = (h: NameHit) => HONORIFIC_BEFORE.test(s.slice(Math.max(0, h.start - 30), h.start)) || speechFollows(s, h.end);
  // "Ông Anh Tuấn" at a sentence start is an honorific and a given name
  const full = fullNames(s).find((h) => cued(h) && !PRONOUN_FIRST.test(h.name));
  if (full) return full;
  for (const m of matches(PARTIAL_RE, s)) {
    const name = m[1].replace(/\s+/g, ' ');
    if (FAMILY_SET.has(name.split(' ')[0]) && name.includes(' ')) continue;
    const hit = { name, partial: true, start: m.index! + m[0].length - m[1].length, end: m.index! + m[0].length };
    TITLE_OPENS.lastIndex = hit.start;
    if (TITLE_OPENS.test(s)) continue;
    if (speechFollows(s, hit.end) || THEO_BEFORE.test(s.slice(Math.max(0, m.index! - 10), m.index!))) return hit;
  }
  return null;
}
