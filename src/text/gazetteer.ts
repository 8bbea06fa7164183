/**
 * Place names from the gazetteers (data/provinces.json, regions.json,
 * countries.json) found in text: every surface variant, longest first, with
 * the canonical name and the province that holds the place since 1/7/2025.
 * Shared by the place extractor and the person-name finder (which must not
 * read "Hà Nam" in "tỉnh Hà Nam Trần Xuân Dương" as part of a name).
 */
import { countries as countryFile, districts, familyNames, provinces as provinceFile, regions as regionData } from '../data.js';
import { alternation, R } from './regex.js';
import { PhraseTrie } from './trie.js';
import { codeUnitTable, gluedItemNumber, spaceAt, wordCharAt } from './chars.js';

export type PlaceKind = 'province' | 'city' | 'region' | 'country';
export interface PlaceEntry { name: string; kind: PlaceKind; current: string | null }
/** `text` as written, `variant` with each run of white space one space (the gazetteer's spelling) */
export interface PlaceMatch { start: number; end: number; entry: PlaceEntry; text: string; variant: string }

const provinceData = provinceFile();
const SPELLINGS = provinceData.spellings ?? {};
/**
 * A variant with its spellings: each syllable in data/provinces.json "spellings" by its
 * alternatives ("Đắk Lắk" → "Đak Lak", "Đắc Lắc", …), a name of such syllables also
 * written as one word ("ĐắkLắk"), and "A - B" with every dash and spacing ("Bà Rịa–Vũng Tàu").
 */
function spellingsOf(v: string): string[] {
  let forms = [''];
  const words = v.split(' ');
  for (const [k, w] of words.entries()) forms = forms.flatMap((f) => [w, ...(SPELLINGS[w] ?? [])].map((x) => (k ? `${f} ${x}` : x)));
  if (words.some((w) => SPELLINGS[w])) forms.push(...forms.map((f) => f.replace(/ /g, '')));
  if (v.includes(' - ')) forms = forms.flatMap((f) => ['-', ' - ', '–', ' – '].map((d) => f.replace(' - ', d)));
  return forms;
}
const provinces = provinceData.provinces;
/** "xa lộ Hà Nội", "thủy điện Hòa Bình": a road or a dam named after the province */
const THING_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(provinceData.notAfter ?? [])})[ \\u00a0]+$`, 'iu');
/** the letters those things end with, in either case: the pattern is tried only after one and spaces ("đường Hà Nội"), not before every province */
const THING_LAST = lastLetters(provinceData.notAfter ?? []);
function lastLetters(things: string[]): Uint8Array | null {
  const lasts = things.map((t) => t.charCodeAt(t.length - 1));
  // (no thing, or one that ends in half a surrogate pair: the pattern is tried everywhere)
  if (!lasts.length || lasts.some((c) => c >= 0xd800 && c < 0xe000)) return null;
  return codeUnitTable(`[${lasts.map((c) => `\\u{${c.toString(16)}}`).join('')}]`, 'iu');
}
function thingBefore(text: string, from: number, start: number): boolean {
  const lo = Math.max(from, start - 16);
  if (!THING_LAST) return namesThing(text, from, lo, start);
  let i = start;
  while (i > lo && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  if (i === start || i === lo || THING_LAST[text.charCodeAt(i - 1)] === 0) return false;
  return namesThing(text, from, lo, start);
}
const namesThing = (text: string, from: number, lo: number, start: number) =>
  THING_BEFORE.test(text.slice(lo, start)) && !THING_LIKE.test(text.slice(Math.max(from, start - 24), start));
/** "yêu cầu Hà Nội", "điểm cầu Hà Nội": a compound that ends in a thing's word and names none (the names' list: the same words) */
const THING_LIKE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(familyNames().notThingBefore)})[ \\u00a0]+$`, 'iu');
const regions = regionData().regions;
const countryData = countryFile();
const countries = countryData.countries;

const byId = new Map(provinces.map((p) => [p.id, p]));
/** surface form (exactly as written) → place */
const VARIANTS = new Map<string, PlaceEntry>();
/** variants that are also ordinary words or given names ("Anh", "Đức", "Mỹ"): need a context */
const AMBIGUOUS = new Set<string>();
const NOT_FOLLOWED = new Map<string, RegExp>();

/**
 * The words that make a province's name a district's (data/districts.json): "Điện Biên Phủ", "Điện Biên Đông" are a
 * city and a district of Điện Biên, no mention of the province.
 */
const DISTRICT_NAMES = districts().names;
const districtTails = (variants: string[]) => variants.flatMap((v) => DISTRICT_NAMES.filter((d) => d.startsWith(v + ' ')).map((d) => d.slice(v.length + 1).split(' ')[0]));

for (const p of provinces) {
  const entry: PlaceEntry = { name: p.name, kind: p.city ? 'city' : 'province', current: byId.get(p.current)?.name ?? null };
  const variants = [...new Set(p.variants.flatMap(spellingsOf))];
  for (const v of variants) if (!VARIANTS.has(v)) VARIANTS.set(v, entry);
  notFollowedBy(variants, [...(p.notFollowedBy ?? []), ...districtTails(p.variants)]);
}
for (const r of regions) {
  const entry: PlaceEntry = { name: r.name, kind: 'region', current: null };
  for (const v of r.variants) if (!VARIANTS.has(v)) VARIANTS.set(v, entry);
}
for (const c of countries) {
  const entry: PlaceEntry = { name: c.name, kind: 'country', current: null };
  for (const v of c.variants) if (!VARIANTS.has(v)) VARIANTS.set(v, entry);
  for (const v of c.ambiguousVariants ?? []) AMBIGUOUS.add(v);
  notFollowedBy(c.variants, c.notFollowedBy);
}

function notFollowedBy(variants: string[], words: string[] | undefined): void {
  if (!words?.length) return;
  const after = new RegExp(`^\\s+(?:${alternation(words)})${R}`, 'u');
  for (const v of variants) NOT_FOLLOWED.set(v, after);
}

// A variant followed by " Á" is "Đông Bắc Á", not the region Đông Bắc (a shorter
// variant may still end earlier); none starts inside a word or after a dot
// ("TP.HCM" is one variant, not "HCM").
// (a numbered list run together ends a place's name at the next item's number: "tỉnh Tây Ninh5. Huỳnh Văn Be")
const PLACES = new PhraseTrie(VARIANTS.keys(), (text, e) => (!wordCharAt(text, e) || gluedItemNumber(text, e)) && !continentAt(text, e));
function continentAt(text: string, e: number): boolean {
  if (!spaceAt(text, e)) return false;
  let i = e + 1;
  while (i < text.length && spaceAt(text, i)) i++;
  return text[i] === 'Á' && !wordCharAt(text, i + 1);
}
const CITY_DOT = /(?:TP|Tp)\.$/u;

/** Context that makes an ambiguous country name ("Anh", "Mỹ") a country. */
const COUNTRY_BEFORE = new RegExp(`(?:${alternation(countryData.ambiguousContextBefore ?? [])})\\s*[-–]?\\s*$`, 'u');
const COUNTRY_AFTER = /^\s*(?:[-–]\s*\p{Lu}|và\s+(?:các\s+)?nước)/u;

/** Every gazetteer place in text[from, to), ambiguous country names only in a safe context. */
export function findPlaces(text: string, from: number, to: number): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const found = PLACES.matches(text, from, to);
  for (let k = 0; k < found.length; k += 3) {
    const start = found[k], end = found[k + 1];
    // after a dot only as a city's name ("TP.Tây Ninh"), not inside an abbreviation ("TP.HCM" is one variant, not "HCM")
    if (text[start - 1] === '.' && !CITY_DOT.test(text.slice(Math.max(0, start - 3), start))) continue;
    if (end > to) break;
    const v = PLACES.phrases[found[k + 2]];
    const entry = VARIANTS.get(v);
    if (!entry) continue;
    const after = text.slice(end, end + 24);
    if (NOT_FOLLOWED.get(v)?.test(after)) continue;
    if ((entry.kind === 'province' || entry.kind === 'city') && thingBefore(text, from, start)) continue;
    if (AMBIGUOUS.has(v)) {
      // a capitalised word right after makes it part of a name ("Trần Tuấn Anh", "Mỹ Tho")
      if (/^ \p{Lu}/u.test(after)) continue;
      if (!COUNTRY_BEFORE.test(text.slice(Math.max(from, start - 24), start)) && !COUNTRY_AFTER.test(after)) continue;
    }
    out.push({ start, end, entry, text: text.slice(start, end), variant: v });
  }
  return out;
}

/** Length of the place variant that starts exactly at `pos`, 0 if none (ambiguous country names included). */
export function placeLengthAt(text: string, pos: number): number {
  return Math.max(0, PLACES.matchAt(text, pos) - pos);
}

const FIRST_WORDS = new Set([...VARIANTS.keys()].map((v) => v.split(' ')[0]));
/** Whether some place name begins with this word (a cheap test before `placeNamed`). */
export function startsPlace(word: string): boolean {
  return FIRST_WORDS.has(word);
}

/** The place a whole phrase names, if it is exactly one of the variants ("Hà Nam", "Lào Cai"). */
export function placeNamed(phrase: string): PlaceEntry | undefined {
  return VARIANTS.get(phrase);
}
