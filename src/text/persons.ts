/**
 * Person names in an article body. A Vietnamese name is a family name
 * (data/family-names.json) followed by one to three capitalised syllables;
 * a foreign name is a run of capitalised Latin words, at least one of which
 * cannot be a Vietnamese syllable, right after a title or "ông"/"bà".
 * Capitalised runs that are places ("Hà Nam"), streets, schools or parts of
 * an organization's name ("Học viện Chính trị quốc gia Hồ Chí Minh") are not
 * names. Shared by participants, organizations (a name ends an organization
 * name) and places (a place inside a name is not a place).
 */
import { charTable, codeUnitTable, isSpace, SPACE, wordAfter, wordStartBefore } from './chars.js';
import { memoize } from './memo.js';
import { districts, familyNames, foreignPlaces, minorityNames, organizations, streetNames, titles as titleData } from '../data.js';
import { L, alternation, listed, phrasesRe, titleCase, trie, windowMatches } from './regex.js';
import { placeNamed, startsPlace } from './gazetteer.js';
import { TITLE_HEADS, titleBodyEnd } from './phrase.js';
import { COMPOUNDS, VIET_SYLLABLE } from './syllable.js';

export interface NameSpan { start: number; end: number; name: string; foreign: boolean }

/** tone marks (grave, acute, tilde, hook, dot below) as NFD writes them */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const IS_TONE = codeUnitTable('[\\u0300\\u0301\\u0303\\u0309\\u0323]');
const family = familyNames();
const minority = minorityNames();
const titles = titleData();
/**
 * Family names as written, and with the tone mark on the other vowel of the
 * syllable ("Đòan" for "Đoàn", "Hòang" for "Hoàng"): pages that typed the
 * tone by hand put it on either vowel.
 */
const FAMILY = new Set(family.familyNames.flatMap(toneVariants));
const FAMILY_EXACT = new Set(family.familyNames);
/** the commonest family names (the lexicon lists them most common first), which may open a four-word name */
const COMMON_FAMILY = new Set(family.familyNames.slice(0, 16));
const FAMILY_FIRST = new Set(family.familyNames.map((f) => f.split(' ')[0]));
/** the first words of family names of two words, in every spelling ("Tôn Thất", "Tôn Nữ") */
const FAMILY_PAIR_FIRST = new Set([...FAMILY].filter((f) => f.includes(' ')).map((f) => f.split(' ')[0]));
const NOT_NAMES = new Set([...(family.notPersonNames ?? []),
  // "Tết Đinh Dậu", "năm Giáp Thìn": a stem and a branch name a year
  ...(family.lunarYears?.stems ?? []).flatMap((st) => (family.lunarYears?.branches ?? []).map((b) => `${st} ${b}`))]);
const NOT_NAME_STARTS = new Set(family.notNameStarts ?? []);
/** the word in lower case right after a run: "Đoàn Đại [biểu]", "Đoàn Kiểm [tra]" */
const LOWER_WORD_AFTER = /[ \u00a0]{1,3}(\p{Ll}+)/uy;
/** clan names written last ("Y Thanh Hà Niê Kđăm") and minority syllables that are no foreign words ("Dương Mah Tiệp") */
const CLAN_LAST = new Set(minority.clansLast);
/** the first words of clans of two words, so that a pair is put together only where one may start */
const CLAN_FIRST = new Set(minority.clansLast.map((c) => c.split(' ')[0]));
const MINORITY = new Set(minority.syllables);
/** names that are a unit inside organization and place names, never the start of a longer name */
const WHOLE_NAMES = new Map<string, string[][]>();
for (const n of family.wholeNames ?? []) {
  const words = n.split(' ');
  WHOLE_NAMES.set(words[0], [...(WHOLE_NAMES.get(words[0]) ?? []), words]);
}
/**
 * A title that opens with a family name starting no title ("Hoàng tử", "Lãnh sự"): capitalised throughout, it reads
 * as a name ("Giáo sư Hoàng Tử Hùng"), so its title-case form is not listed.
 */
const nameLikeTitle = (h: string) => { const w = h.slice(0, h.indexOf(' ') >>> 0); return FAMILY.has(w) && !(family.nameStops ?? []).includes(w); };
/** a title head at a run's start ("Phó Chánh Văn phòng", "Phó Chánh Văn Phòng"): its words are no family and given name */
const TITLE_HEAD_AT = new RegExp(`(?:${trie([...titles.heads, ...titles.completeHeads].flatMap((h) => (nameLikeTitle(h) ? [h] : [h, titleCase(h)])))})(?![\\p{L}\\p{M}])`, 'uy');
/** compounds that end in a street or school word but name no place: "Bộ Tài nguyên và Môi trường Trần Hồng Hà" */
const NOT_THING_BEFORE = new Set(family.notThingBefore ?? []);
const NOT_FOREIGN = new Set(family.notInForeignNames ?? []);
const STREETS = new Set(streetNames().names);
/** districts before 2025 ("Dương Minh Châu", "Trần Văn Thời"): a person only after a title or marker, as streets */
const DISTRICTS = new Set(districts().names);
/** family names that are too short or common to start a name without a marker ("Y", "Văn", "Ma") */
const WEAK_FAMILY = new Set(family.weakFamilyNames ?? []);
/** capitalised words that end a name: they begin a title or a body ("Nguyễn Văn Hiếu Phó Bí thư") */
const NAME_STOP = new Set(family.nameStops ?? []);
/** capitalised words that end a name only before one of their words: "Trần Văn Nam Thường trực" (not "Nguyễn Thị Thường") */
const STOP_BEFORE = new Map(Object.entries(family.nameStopsBefore ?? {}).map(([w, next]) => [w, new Set(next)]));
/**
 * A Vietnamese name has no syllables glued by hyphens: in a run that opens with a family name, a hyphen and a
 * Vietnamese word after it (one with a mark) end the run ("Bộ trưởng Nguyễn Hồng Quân-người đứng đầu ngành" is
 * "Nguyễn Hồng Quân", "Tô Thị Kim Phượng-một đầu mối" is "Tô Thị Kim Phượng"); a Korean name's halves are romanised
 * without marks and stay ("Kim Jong-un", "Ban Ki-moon").
 */
const MARKED_AFTER_HYPHEN = /-[a-z]*[^\x00-\x7f]/;
function vietnameseUnhyphened(toks: Tok[]): Tok[] {
  const f = MARKERS.has(toks[0].w) ? 1 : 0;
  if (f >= toks.length || !FAMILY.has(toks[f].w)) return toks;
  for (let k = f + 1; k < toks.length; k++) {
    const h = toks[k].w.indexOf('-');
    if (h > 0 && MARKED_AFTER_HYPHEN.test(toks[k].w)) return [...toks.slice(0, k), { s: toks[k].s, e: toks[k].s + h, w: toks[k].w.slice(0, h), foreign: 0 }];
  }
  return toks;
}
/** a stop word of the run is no stop: it is the given name that closes the name ("Nguyễn Hữu Bộ") */
const stops = (t: Tok) => t.given !== true && NAME_STOP.has(t.w);
/** what follows a name, never a title's next word: punctuation, a dash or the line's end */
const CLOSED_AFTER = /^[ \u00a0]*(?:[,.;:()\[\]"“”]|[-–—]\s|\r?\n|$)/u;
/** a word in lower case: "trưởng" in "… Bộ trưởng", "cho" in "… Tỉnh cho biết" */
const LOWER_FIRST = /^\p{Ll}/u;
/** a stop word and the word after it where they open a title or a body, in lower case ("bộ trưởng", "tỉnh ủy", "ban chỉ") */
const STOP_OPENS = new Set<string>();
{
  const stop = new Set([...NAME_STOP].map((w) => w.toLowerCase()));
  const o = organizations();
  for (const p of [...titles.heads, ...titles.completeHeads, ...Object.keys(o.names), ...Object.keys(o.heads), ...o.unitNames]) {
    const ws = p.toLowerCase().split(' ');
    for (let k = 1; k < ws.length; k++) if (stop.has(ws[k - 1])) STOP_OPENS.add(`${ws[k - 1]} ${ws[k]}`);
  }
}
/**
 * A run of three words or more that opens with a family name (after a marker, "Ông Nguyễn Hữu Bộ") and ends in a
 * stop word closed by punctuation ("Nguyễn Hữu Bộ - nguyên cán bộ", "Hoàng Văn Ban,") or by a word in lower case
 * that opens no title with it ("Lã Ngọc Tỉnh cho biết"): that word is its given name. With the word after it that
 * opens a title or a body, it starts one ("… Bộ trưởng", "… Ban chỉ đạo", "… Tỉnh ủy").
 */
function givenAtEnd(text: string, toks: Tok[]): void {
  const last = toks[toks.length - 1];
  if (!NAME_STOP.has(last.w)) return;
  const f = MARKERS.has(toks[0].w) ? 1 : 0;
  if (toks.length - f < 3 || !FAMILY.has(toks[f].w) || toks.slice(f, -1).some(stops)) return;
  const after = text.slice(last.e, last.e + 16);
  if (CLOSED_AFTER.test(after)) { last.given = true; return; }
  // before a word in lower case that opens no title with it: "Lã Ngọc Tỉnh cho biết" (not "… Tỉnh ủy", "… Bộ trưởng")
  const next = wordAfter(text, last.e);
  if (LOWER_FIRST.test(next) && !STOP_OPENS.has(`${last.w.toLowerCase()} ${next}`)) last.given = true;
}
/**
 * The run's words up to one that starts a title with the word after it ("Trần Văn Nam Thường trực Tỉnh ủy": "Thường"
 * before "trực"), read in the run or, for its last word, in the text right after it.
 */
function untilStopBefore(text: string, toks: Tok[]): Tok[] {
  for (let k = 1; k < toks.length; k++) {
    const next = STOP_BEFORE.get(toks[k].w);
    if (!next) continue;
    const after = k + 1 < toks.length ? toks[k + 1].w : wordAfter(text, toks[k].e);
    if (next.has(after.toLowerCase())) return toks.slice(0, k);
  }
  return toks;
}

/**
 * A name syllable: capital then lower case ("Nguyễn", "H'Hen"), or an initial
 * ("W."); a run has two at least. The letters are spelled out (Latin,
 * Latin-1, Latin Extended-A and the Vietnamese block) because \p{Lu} makes
 * this scan of every article several times slower.
 */
const UP = 'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ';
const LOW = 'a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ\\u0300-\\u036f';
// (a Korean given name's second syllable joins the first by a hyphen in lower case: "Young-sam", "Ki-moon")
/**
 * A syllable glued to a name's syllable by a hyphen, in lower case: the halves of a Korean given name ("Heong-joon"),
 * the syllables of a Lao name as the Vietnamese press writes it ("Sổn-xay Xi-phăn-đon", "Phết Phôm-phi-phăk"); not a
 * title written after a hyphen ("Lê Văn Thành-nguyên Phó Chủ tịch", "-phó giám đốc").
 */
const HYPHEN_SYL = `-(?!(?:nguyên|phó|chủ|giám|bí|trưởng|tổng|thứ|ủy|uỷ|cán|đại|kiêm|chánh|viện|hiệu|cục|vụ|tỉnh|thành|huyện)(?![${LOW}]))[${LOW}]{1,6}(?![${LOW}])`;
const SYL = `[${UP}]\\.(?:[${UP}]\\.)*[${UP}][${LOW}]+|[${UP}][${LOW}]*(?:'[${UP}]?[${LOW}]+|(?:${HYPHEN_SYL}){1,4})?`;
/**
 * A run ends before a space, punctuation or a dash. A hyphen glued to the next
 * word joins it ("Hà Nội-Hải Phòng" is no name run), unless what follows is a
 * title: "Nguyễn Trọng Nghĩa-Ủy viên Bộ Chính trị" ends at "Nghĩa". A dot
 * before a letter continues an abbreviation ("Ibnu Hadi S.E" ends at "Hadi").
 */
/**
 * A run holds at most this many words; a longer stretch of capitalised words is read as runs of this
 * length. No name, title and place together come near it ("Đại sứ Nhật Bản tại Việt Nam Yamada Takio"
 * is nine), while a page of "A A A …" would otherwise be one run of half a million words, its words all
 * held at once.
 */
const MAX_RUN_WORDS = 32;
/**
 * A Western middle initial between two plain Latin words: "George W. Bush", "John F. Kennedy" (tried before a syllable,
 * which would take "W" alone and end the run at the dot; not after a Vietnamese syllable: "Nguyễn Văn A. Sau đó").
 */
const MIDDLE_INITIAL = '(?<=[A-Z][a-z]{1,24}[ \\u00a0]{1,3})[A-Z]\\.(?=[ \\u00a0]+[A-Z][a-z])';
/** "da" of "Lula da Silva", "von der" of "von der Leyen": up to two, between capitalised words of a run */
const PARTICLE = `(?:${[...family.foreignParticles].sort((a, b) => b.length - a.length).join('|')})[ \\u00a0]+`;
const PARTICLE_WORDS = new Set(family.foreignParticles);
const PARTICLE_LENGTH = Math.max(...[...PARTICLE_WORDS].map((w) => w.length));
/** the letters particles start with, by code unit ("d" of "da", "v" of "von") */
const PARTICLE_FIRST = charTable([...PARTICLE_WORDS].map((w) => w[0]));
const PARTICLES = `(?:${PARTICLE}(?:${PARTICLE})?(?=[${UP}]))?`;
const RUN = new RegExp(`(?:${SYL}|[${UP}]\\.(?= ))(?:[ \\u00a0]+${PARTICLES}(?:${MIDDLE_INITIAL}|${SYL}|[${UP}]\\.(?= ))){1,${MAX_RUN_WORDS - 1}}(?![\\p{L}\\p{M}\\p{N}/]|\\.[${UP}](?![\\p{Ll}])|[-–](?!(?:${TITLE_HEADS})(?![\\p{L}\\p{M}]))[\\p{L}\\p{N}])`, 'gu');
/** a run does not start inside a word, an apostrophe or a slash; after a dot only when a sentence ends there ("lầu.Hoàng Thị Minh Huệ", not "TP.Hồ") */
const NOT_BEFORE_RUN = /[\p{L}\p{M}\p{N}'’/-]/u;
const GLUED_SENTENCE = /[\p{Ll}\p{M}]\.$/u;
/** titles written as abbreviations ("TS", "PGS.TS", "ThS", "NSƯT"): one may be glued to the name by its dot */
const TITLE_ABBREVIATIONS = new Set([...titles.heads, ...titles.completeHeads].filter((h) => /^\p{Lu}[\p{L}.]*\p{Lu}[\p{L}.]*$/u.test(h) && !h.includes(' ')));
/** the word (letters and dots) that ends at `end` */
function wordBefore(text: string, end: number): string {
  let k = end;
  while (k > 0 && end - k < 12 && /[\p{L}.]/u.test(text[k - 1])) k--;
  return text.slice(k, end);
}
/** what joins the items of a list: a street after a street ("đường Nguyễn Chí Thanh, Nguyễn Văn Cừ") is a street */
const LIST_JOIN = /^\s*(?:,|và|hoặc)\s*$/u;

/** Words right before a capitalised run that make it a street, school, place or thing, not a person. */
const NOT_BEFORE = new Set(family.notPersonBefore ?? []);
/** such a word, then a title, before a name: a place or work named after a person ("Khu di tích Chủ tịch Hồ Chí Minh") */
const MEMORIAL_BEFORE = new RegExp(`${L}(?:${alternation(family.notPersonBefore)})\\s+(?:${alternation(family.memorialTitles)})\\s+$`, 'iu');
/** foreign cities spelled the Vietnamese way, read like a name ("Hà Khẩu", "Văn Sơn" in Trung Quốc): no person unmarked */
const FOREIGN_PLACES = new Set(foreignPlaces().places.flatMap((p) => p.variants));
const FOREIGN_PLACE_FIRST = new Set([...FOREIGN_PLACES].map((v) => v.split(' ')[0]));
/** a house number before a street name ("484B Lê Quang Định", "1035 B Trịnh Đình Trọng"), but not "quận 1 Nguyễn Văn A" */
const HOUSE_NUMBER = new RegExp(`(?<!(?:${listed(streetNames().notHouseNumberAfter)})\\s*)(?<![\\p{L}\\p{N}])\\d[\\p{N}\\p{L}/]*(?:\\s+(?:[Bb]is|\\p{Lu}))?\\s*,?[ \\u00a0]+$`, 'u');
/** a company or shop with its kind before the name: "Công ty Dược Lê Bảo", "Công ty TNHH Nguyễn Kim" */
const COMPANY_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(organizations().companyWords)})\\s+(?:\\p{Lu}\\S*\\s+){1,2}$`, 'iu');
/** a company word's last word ("ty", "thuốc", "cty") ending a word, as COMPANY_BEFORE reads it */
const COMPANY_LAST_WORDS = organizations().companyWords.map((w) => w.slice(w.lastIndexOf(' ') + 1));
const COMPANY_END = new RegExp(`(?:${alternation(COMPANY_LAST_WORDS)})$`, 'iu');
/** the letters those words end in, in any case as the i flag reads them, by code unit */
const COMPANY_LAST = codeUnitTable(`(?:${listed(COMPANY_LAST_WORDS.map((w) => w[w.length - 1]))})`, 'iu');
/**
 * Whether COMPANY_BEFORE may hold: it ends in one or two words and a space after the company word, so the
 * second or third word from the end ends as a company word does ("Công ty TNHH ", "công ty Dược An ").
 */
function companyWordEnds(before: string): boolean {
  let k = before.length;
  if (k === 0 || SPACE[before.charCodeAt(k - 1)] === 0) return false;
  for (let n = 0; n < 3; n++) {
    while (k > 0 && SPACE[before.charCodeAt(k - 1)] === 1) k--;
    const e = k;
    while (k > 0 && SPACE[before.charCodeAt(k - 1)] === 0) k--;
    if (k === e) return false;
    if (n > 0 && COMPANY_LAST[before.charCodeAt(e - 1)] === 1 && COMPANY_END.test(before.slice(k, e))) return true;
  }
  return false;
}
/** the second half of a hyphenated place pair ("kênh Tân Hóa - Lò Gốm", "Hà Nội - Hải Phòng") */
const PLACE_PAIR = /\p{Lu}[\p{Ll}\p{M}]+[ \u00a0]*[-–][ \u00a0]*$/u;
/** "thành phố" / "TP" before a name that, with it, is a city: "TP Hồ Chí Minh" */
const CITY_BEFORE = /(?:thành phố|Thành phố|TP\.?|Tp\.?)[ \u00a0]*$/u;
/** Words right before a name that make it one even when it looks like a place ("ông Hà Nam"). */
const MARKERS = new Set(titles.markers);
const TITLE_WORDS = new Set([...titles.heads, ...titles.completeHeads].map((h) => h.toLowerCase()));
const COMPLETE_TITLES = new Set(titles.completeHeads.map((h) => h.toLowerCase()));
/** family names that are also common words in a capitalised run ("T.Ư Đoàn", "Đoàn Thanh niên") */
const WORD_FAMILY = new Set(family.familyNamesAlsoWords ?? []);
const MARKERS_LEX = lexicon(MARKERS, false);
const TITLES_LEX = lexicon(TITLE_WORDS, true);
const MEMORIAL_LEX = lexicon(new Set(family.memorialTitles.map((t) => t.toLowerCase())), true);
const COMPLETE_LEX = lexicon(COMPLETE_TITLES, true);
const NOT_BEFORE_LEX = lexicon(NOT_BEFORE, true);
const NOT_THING_LEX = lexicon(NOT_THING_BEFORE, true);

/**
 * A word list looked up at the end of the text before a run (markers, titles,
 * street words), with what its entries have in common: the most spaces and
 * letters in one, the lengths they have, the code units they end in.
 */
interface Lexicon {
  set: Set<string>; fold: boolean; maxSpaces: number; maxLength: number; lengths: Uint8Array; lastChars: Set<number>; ends: Uint8Array;
  /** the entries' last words: a phrase whose last word is none of them is no entry */
  lastWords: Set<string>;
}
/** `set` is never changed after this; `fold`: its entries are lower case and looked up in lower case */
function lexicon(set: Set<string>, fold: boolean): Lexicon {
  const k: Lexicon = {
    set, fold, maxSpaces: 0, maxLength: 0, lengths: new Uint8Array(0), lastChars: new Set(), ends: new Uint8Array(0x10000),
    lastWords: new Set([...set].map((w) => w.slice(w.lastIndexOf(' ') + 1))),
  };
  for (const w of set) {
    k.maxSpaces = Math.max(k.maxSpaces, w.split(' ').length - 1);
    k.maxLength = Math.max(k.maxLength, w.length);
    if (w) k.lastChars.add(w.charCodeAt(w.length - 1));
  }
  k.lengths = new Uint8Array(k.maxLength + 1);
  for (const w of set) k.lengths[w.length] = 1;
  return k;
}
/** Whether a phrase ending in code unit `c` may be an entry: 1 yes, 2 no, 0 not asked yet (filled as met, so a table costs no start-up). */
function mayEnd(lex: Lexicon, c: number): boolean {
  let v = lex.ends[c];
  if (v === 0) lex.ends[c] = v = lex.lastChars.has(lex.fold ? lowerCode(c) : c) ? 1 : 2;
  return v === 1;
}

/** Whether one of the last one to three words of `before` (which must end in a space) is in the lexicon (lower-cased when it folds). */
function endsWithWord(before: string, lex: Lexicon): boolean {
  let e = before.length;
  if (e === 0 || !isSpace(before.charCodeAt(e - 1))) return false;
  while (e > 0 && isSpace(before.charCodeAt(e - 1))) e--;
  if (e === 0) return false;
  // every phrase looked up ends in the same letter: most calls are answered by it, before any slice
  // (this runs several times for each capitalised run of every article)
  if (!mayEnd(lex, before.charCodeAt(e - 1))) return false;
  const { set, fold } = lex;
  // walk back over up to three words without splitting the whole string; a phrase of n + 1 words
  // has n spaces at least, so no longer phrase is cut once the set's longest entry is passed
  // (MARKERS holds single words: "ông" is looked up, "với ông" and "nói với ông" are not)
  const words = Math.min(3, lex.maxSpaces + 1);
  let s = e;
  let letters = 0;
  /** the words are apart by one plain space each: the phrase is the slice as it is */
  let plain = true;
  for (let n = 0; n < words && s > 0; n++) {
    const wordEnd = s;
    while (s > 0 && !isSpace(before.charCodeAt(s - 1))) s--;
    letters += wordEnd - s;
    // the phrase with single spaces is letters + n long; lower case never makes a string shorter
    if (letters + n > lex.maxLength) return false;
    if (n === 0) {
      // the last word alone: most are the end of no entry, and need no longer phrase looked up
      // (lower case does not cross a space: a phrase's lower case ends in its last word's; the word is cut once
      // for the several lexicons asked about the same text)
      if (before !== tailOf) { tailOf = before; tail = before.slice(s, e); tailLower = undefined; }
      const word = fold ? (tailLower ??= tail.toLowerCase()) : tail;
      if (!lex.lastWords.has(word)) return false;
      if (set.has(word)) return true;
    } else if (lex.lengths[letters + n] === 1 || (fold && before.lastIndexOf('\u0130', e) >= s)) {
      // (lower case keeps a phrase's length but for "İ": a length no entry has is no entry)
      const phrase = plain ? before.slice(s, e) : before.slice(s, e).replace(/\s+/g, ' ');
      if (set.has(fold ? phrase.toLowerCase() : phrase)) return true;
    }
    const gapEnd = s;
    while (s > 0 && isSpace(before.charCodeAt(s - 1))) s--;
    if (gapEnd - s !== 1 || before.charCodeAt(s) !== 32) plain = false;
  }
  return false;
}
/** the text endsWithWord was last asked about, its last word, that word in lower case once asked for */
let tailOf = '', tail = '', tailLower: string | undefined;
/** The last code unit of a character's lower case (a phrase's lower case ends in its last letter's) */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.charCodeAt(l.length - 1);
}
/** A title (with the body it heads: "Tổng thống Mỹ") or a marker right before a foreign-looking run. */
/** titles alone, without "ông"/"bà": a title's body may run over the words of a thing ("Giám đốc bến xe …") */
const TITLE_PHRASES = [...titles.heads, ...titles.completeHeads].flatMap((h) => [h, h.toLowerCase(), titleCase(h)]);
const TITLE_ONLY = phrasesRe(TITLE_PHRASES);
const TITLE_OR_MARKER = phrasesRe([...TITLE_PHRASES, ...titles.markers.flatMap((h) => [h, h.toLowerCase()])]);
/** honours between a title and a foreign name ("Tan Sri Dato’ Soh Thian Lai"): neither name nor title */
const HONORIFIC_WORDS = new Set(titles.foreignHonorifics);
const HONORIFIC_FIRST = new Set(titles.foreignHonorifics.map((h) => h.split(' ')[0]));
/** how many of the run's words from i are honours ("Tan Sri Dato"), 0 if none */
function honorificsAt(text: string, toks: Tok[], i: number): number {
  // (most words open no honour: no phrase is made for them)
  if (!HONORIFIC_FIRST.has(toks[i].w)) return 0;
  for (let n = Math.min(2, toks.length - i); n >= 1; n--) if (HONORIFIC_WORDS.has(phrase(text, toks, i, i + n))) return n;
  return 0;
}
/** honours written right before text[s] ("… Tan Sri Dato’ "): where they start, or s */
const HONORIFICS_BEFORE = new RegExp(`(?:(?:${alternation(titles.foreignHonorifics)})['’]?[ \\u00a0]+)+$`, 'u');
/** the honours' last words ("Sri" of "Tan Sri") */
const HONORIFIC_LAST = new Set(titles.foreignHonorifics.map((h) => h.slice(h.lastIndexOf(' ') + 1)));
export function honorificsStart(text: string, from: number, s: number): number {
  const c = text.charCodeAt(s - 1);
  if (c !== 32 && c !== 0xa0) return s;
  const lo = Math.max(from, s - 40);
  // honours end in one of their last words, then an apostrophe at most and spaces: most names have a title or a
  // marker there ("Bộ trưởng Nguyễn Văn A"), answered by its last word before any pattern runs
  let e = s - 1;
  while (e > lo && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0)) e--;
  if (e > lo && (text.charCodeAt(e - 1) === 0x27 || text.charCodeAt(e - 1) === 0x2019)) e--;
  if (!HONORIFIC_LAST.has(text.slice(wordStartBefore(text, e, lo), e))) return s;
  const before = text.slice(lo, s);
  const m = HONORIFICS_BEFORE.exec(before);
  // (the honours start a word)
  return m && (m.index === 0 || !/[\p{L}\p{M}\p{N}]/u.test(before[m.index - 1])) ? s - m[0].length : s;
}
function titleBefore(text: string, from: number, s: number): boolean {
  s = honorificsStart(text, from, s);
  for (const m of windowMatches(TITLE_OR_MARKER, text, Math.max(from, s - 80), s)) {
    if (!/\S/.test(text.slice(titleBodyEnd(text, m.index + m[0].length, s, () => false, s), s))) return true;
  }
  return false;
}

/**
 * A Latin word, accents of Western languages included ("García", "Édouard",
 * "Díaz-Canel"); Vietnamese letters beyond Latin-1 (ơ, ư, ạ, ế …) are not in it,
 * and a word that is a Vietnamese syllable once its accents are taken off is not foreign.
 */
const LATIN_LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ';
/** by code unit, a Latin word's first letter and the rest (most capitalised words hold a Vietnamese letter, found at once) */
const LATIN_FIRST = codeUnitTable(`[${LATIN_LETTER}]`);
const LATIN_REST = codeUnitTable(`[${LATIN_LETTER}'.-]`);
function isLatin(w: string): boolean {
  if (w.length === 0 || LATIN_FIRST[w.charCodeAt(0)] === 0) return false;
  for (let k = 1; k < w.length; k++) if (LATIN_REST[w.charCodeAt(k)] === 0) return false;
  return true;
}
const ACCENTED = /[À-ÿ]/;
/** circumflex vowels are Vietnamese before they are anything else ("Suôl" is a Khmer name written in Vietnamese) */
const VIETNAMESE_ACCENT = /[âêôÂÊÔ]/;
const bareLatin = (w: string) => (ACCENTED.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '') : w);

/** a word in title case: "Hùng" (not "THPT", not "tỉnh") */
const TITLE_CASE_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
/**
 * Does a family name that opens a name stand right before `pos` ("đường Nguyễn" before "Thái Bình")? A place there is
 * the end of a person's name, whether the person is named ("ông Nguyễn Thái Bình") or a street, a school or a prize
 * is named after them ("đường Nguyễn Thái Bình", "Trường THPT Nguyễn Thái Bình"): no mention of the province. Not after
 * a word in title case, which makes the family name the end of another name ("Bệnh viện Hùng Vương TP.HCM", "Trường ĐH
 * Nông Lâm TP.HCM"), nor a family name that is also a word ("Đoàn Việt Nam": the delegation). Read back by code unit:
 * most places stand after a word in lower case ("tỉnh"), which no family name is.
 */
export function familyNameBefore(text: string, pos: number): boolean {
  if (pos < 2 || text.charCodeAt(pos - 1) !== 32) return false;
  const s = wordStartBefore(text, pos - 1);
  const w = text.slice(s, pos - 1);
  if (!FAMILY.has(w) || WEAK_FAMILY.has(w) || WORD_FAMILY.has(w)) return false;
  if (s < 2 || !isSpace(text.charCodeAt(s - 1))) return true;
  return !TITLE_CASE_WORD.test(text.slice(wordStartBefore(text, s - 1), s - 1));
}

/** Whether a marker ("ông", "bà", "đồng chí", ...) stands right before text[pos]. */
export function markerBefore(text: string, pos: number): boolean {
  return endsWithWord(text.slice(Math.max(0, pos - 20), pos), MARKERS_LEX);
}

/**
 * The key under which spellings of one name are one person: lower case, each
 * syllable's tone mark moved to its end, so that case and tone placement do not
 * matter ("Đoàn" / "Đòan", "Quý" / "Qúy", "HOÀNG" / "Hoàng"). The same names come
 * back in article after article: each is keyed once.
 */
export const nameKey = memoize((name: string): string => {
  // each run of spaces one space; each word without its tone marks, then the first of them
  // (one pass over the characters: a split, a match and a replace per word cost several times more)
  const d = name.normalize('NFD').toLowerCase();
  let key = '', word = '', tone = '';
  for (let k = 0; k < d.length; k++) {
    const c = d.charCodeAt(k);
    if (SPACE[c] === 1) {
      key += word + tone + ' ';
      word = tone = '';
      while (k + 1 < d.length && SPACE[d.charCodeAt(k + 1)] === 1) k++;
    } else if (IS_TONE[c] === 1) {
      if (tone === '') tone = d[k];
    } else word += d[k];
  }
  return key + word + tone;
}, 50_000);

/** The spellings of a name with one syllable's tone mark moved to another vowel of that syllable ("Hoàng" → "Hòang"). */
function toneVariants(name: string): string[] {
  const words = name.normalize('NFD').split(' ');
  const out = [name];
  words.forEach((w, k) => {
    const tone = w.match(TONE);
    if (!tone) return;
    const bare = w.replace(TONE, '');
    // each vowel with its own marks (circumflex, breve, horn) is a place the tone may stand after
    for (const m of bare.matchAll(/[aeiouyAEIOUY][\u0302\u0306\u031b]*/g)) {
      const at = m.index! + m[0].length;
      const v = bare.slice(0, at) + tone[0] + bare.slice(at);
      if (v !== w) out.push([...words.slice(0, k), v, ...words.slice(k + 1)].join(' ').normalize('NFC'));
    }
  });
  return out;
}

interface Tok {
  s: number; e: number; w: string;
  /**
   * whether the word is foreign (isForeignWord): 0 not asked yet, 1 yes, 2 no. A run's words are asked about again
   * and again (whether the run may hold a name, whether each is a name's word, whether the run is a foreign name).
   */
  foreign: 0 | 1 | 2;
  /** a word of nameStops that closes a name here, as its given name ("Nguyễn Hữu Bộ - nguyên cán bộ", not "Bộ trưởng") */
  given?: true;
}

/**
 * A foreign name spelled the Vietnamese way has at most this many syllables: Chinese names two or three,
 * Lao names four to six ("Khăm Phăn Bun Nhạ", "Khăm Pheng – Xay Sổm Pheng").
 */
const MAX_SPELLED_SYLLABLES = 6;
/**
 * Four to six syllables read as one foreign name (Lao) only when none is a Vietnamese family name or a Latin
 * word: "Khăm Phăn Bun Nhạ", not "Trường Trần Đại Nghĩa" or "Dương Sergey Viktorovich Avramenko".
 */
function spelledLao(toks: Tok[], i: number): boolean {
  if (toks.length - i > MAX_SPELLED_SYLLABLES) return false;
  for (let k = i; k < toks.length; k++) if (FAMILY.has(toks[k].w) || foreignTok(toks[k])) return false;
  return true;
}
/** the dash between the halves of a Lao name, spaced or not */
const NAME_DASH = /[ \u00a0]*[-–][ \u00a0]*/y;

/**
 * "đồng chí Khăm Pheng – Xay Sổm Pheng, Ủy viên Trung ương Đảng …", "ông Bun Chăn - Sí Vông Phăn, Phó Bí thư …":
 * two runs apart by a dash, marked before and followed by a title, with no Vietnamese family name first, are one
 * name (Lao names are written in halves). The run ends at `end`; the second half is read here.
 */
function dashedName(text: string, from: number, toks: Tok[], end: number): NameSpan | null {
  let d = end;
  while (text.charCodeAt(d) === 32 || text.charCodeAt(d) === 0xa0) d++;
  if (text.charCodeAt(d) !== 45 && text.charCodeAt(d) !== 0x2013) return null;
  NAME_DASH.lastIndex = end;
  if (!NAME_DASH.test(text)) return null;
  const s2 = NAME_DASH.lastIndex;
  if (IS_UP[text.charCodeAt(s2)] !== 1) return null;
  RUN_AT.lastIndex = s2;
  const m = RUN_AT.exec(text);
  if (!m) return null;
  const e2 = s2 + m[0].length;
  const first = MARKERS.has(toks[0].w) ? 1 : 0;
  const second = runWords(text, s2, e2);
  if (toks.length - first < 1 || toks.length - first + second.length > MAX_SPELLED_SYLLABLES) return null;
  const all = [...toks.slice(first), ...second];
  if (all.some((t) => (FAMILY.has(t.w) && !WEAK_FAMILY.has(t.w)) || foreignTok(t))) return null;
  if (!all.every((t) => !stops(t) && !t.w.endsWith('.'))) return null;
  if (placeNamed(phrase(text, toks, first, toks.length)) || placeNamed(phrase(text, second, 0, second.length))) return null;
  if (!titleAfter(text, e2) || !markedRunBefore(text, from, toks, first)) return null;
  return { start: all[0].s, end: e2, name: spaced(text.slice(all[0].s, e2)), foreign: true };
}

/** Person names in text[from, to), in text order, offsets into `text` (an article's are read once, by its ArticleWork). */
export function personNames(text: string, from: number, to: number): NameSpan[] {
  const out: NameSpan[] = [];
  /** runs read as streets, schools, companies: the same words later are not a person either */
  const things = new Set<string>();
  let thingEnd = -1;
  for (let i = runStart(text, from, to); i < to; i = runStart(text, i + 1, to)) {
    // (the run is tested for, not read out: it ends where the pattern stops, and no match is made for each)
    RUN_AT.lastIndex = i;
    if (!RUN_AT.test(text)) continue;
    const start = i;
    let end = RUN_AT.lastIndex;
    // runs do not overlap: the next is looked for after this one
    i = end - 1;
    // ("VN.Bà Cù Thị Hậu": a marker glued to an abbreviation's dot starts a sentence too)
    // ("TS.Nguyễn Văn An": an academic title glued to the name by its dot; "TP.Hồ Chí Minh" is a city)
    if (text.charCodeAt(start - 1) === 0x2e && !GLUED_SENTENCE.test(text.slice(start - 2, start)) && !MARKERS.has(firstWord(text.slice(start, end)))
      && !TITLE_ABBREVIATIONS.has(wordBefore(text, start - 1))) continue;
    const runEnd = end;
    if (thingEnd >= 0 && LIST_JOIN.test(text.slice(thingEnd, start))) {
      things.add(spaced(text.slice(start, runEnd)));
      thingEnd = end;
      continue;
    }
    const toks = vietnameseUnhyphened(untilStopBefore(text, runWords(text, start, end)));
    if (toks.length < 2) continue;
    end = toks[toks.length - 1].e;
    givenAtEnd(text, toks);
    const dashed = dashedName(text, from, toks, end);
    if (dashed) {
      out.push(dashed);
      i = dashed.end - 1;
      thingEnd = -1;
      continue;
    }
    // most runs hold no family name and are not Latin: skip them before any other work
    // (a run opening with a place may end in a foreign leader's name: "Trung Quốc Tập Cận Bình"; a marked run before a
    // title may be a name in another order: "ông Young Min You, Giám đốc")
    // (a pen name may open with a syllable that is a family name too: "nhạc sĩ Văn Cao")
    const pen = penName(text, from, toks);
    if (pen) { out.push(pen); thingEnd = -1; continue; }
    if (!toks.some((t) => FAMILY_FIRST.has(t.w) || foreignTok(t)) && !(toks.length >= 4 && startsPlace(toks[0].w))
      && !(toks.length <= 6 && titleAfter(text, end) && markedRunBefore(text, from, toks, 0))) continue;
    if (scanRun(text, from, toks, out, things) === 'thing') {
      things.add(spaced(text.slice(start, runEnd)));
      thingEnd = end;
    } else thingEnd = -1;
  }
  return out.filter((n) => n.end <= to);
}

const IS_UP = codeUnitTable(`[${UP}]`);
const IS_LOW = codeUnitTable('[a-z]');
/** what a syllable of SYL is made of: its letters, the dot of an initial, the apostrophe of "H'Hen" */
const IN_SYL = codeUnitTable(`[${UP}${LOW}.'-]`);
/** NOT_BEFORE_RUN by code unit (a lone surrogate is none of its characters) */
const RUN_EDGE = codeUnitTable(NOT_BEFORE_RUN.source);
/** RUN, tried only where a capital starts a word */
const RUN_AT = new RegExp(RUN.source, 'uy');

/** a run's first word (a run holds two at least, apart by spaces) */
const firstWord = (run: string) => run.slice(0, run.search(/[ \u00a0]/));
/** Where a run may start in text[i, to), `to` if nowhere: a capital that starts a word and has another capitalised word after it. */
function runStart(text: string, i: number, to: number): number {
  for (; i < to; i++) if (IS_UP[text.charCodeAt(i)] === 1 && (i === 0 || RUN_EDGE[text.charCodeAt(i - 1)] === 0) && capitalWordFollows(text, i)) return i;
  return to;
}
/**
 * Whether a capitalised word follows the word at text[i], past spaces: RUN's
 * first syllable is made of IN_SYL characters and ends at a space, and the
 * next one starts with a capital, so a run can start at i only then. Most
 * capitals open a sentence, followed by a word in lower case ("Theo ông …"):
 * this test answers them without the regex.
 */
function capitalWordFollows(text: string, i: number): boolean {
  let j = i + 1;
  while (IN_SYL[text.charCodeAt(j)] === 1) j++;
  let c = text.charCodeAt(j);
  if (c !== 32 && c !== 0xa0) return false;
  do c = text.charCodeAt(++j); while (c === 32 || c === 0xa0);
  // (or a foreign name's particles first: "Lula da Silva", "von der Leyen")
  for (let k = 0; k < 2 && IS_UP[c] !== 1 && IS_LOW[c] === 1; k++) {
    // (most capitals open a sentence before a word no particle starts as: "Theo quy định" is answered by its "q",
    // with no word cut out)
    if (PARTICLE_FIRST[c] !== 1) return false;
    const w = j;
    while (j - w <= PARTICLE_LENGTH && IS_LOW[text.charCodeAt(j)] === 1) j++;
    c = text.charCodeAt(j);
    if (c !== 32 && c !== 0xa0) return false;
    if (!PARTICLE_WORDS.has(text.slice(w, j))) return false;
    do c = text.charCodeAt(++j); while (c === 32 || c === 0xa0);
  }
  return IS_UP[c] === 1;
}

/** The words of the run text[s, e), apart by spaces (RUN's separators: plain and no-break spaces). */
function runWords(text: string, s: number, e: number): Tok[] {
  const toks: Tok[] = [];
  let k = s;
  while (k < e) {
    let j = k;
    for (let c = text.charCodeAt(j); j < e && c !== 32 && c !== 0xa0; c = text.charCodeAt(++j));
    toks.push({ s: k, e: j, w: text.slice(k, j), foreign: 0 });
    for (let c = text.charCodeAt(j); j < e && (c === 32 || c === 0xa0); c = text.charCodeAt(++j));
    k = j;
  }
  return toks;
}
/** A run's words (or a part of them) with one plain space between each: the words hold no space, so most are the text as it is. */
const spaced = (run: string) => (run.includes('\u00a0') || run.includes('  ') ? run.replace(/\s+/g, ' ') : run);
/**
 * The run's words i to j - 1 with one plain space between each: the text as it is where they stand one plain space
 * apart, as nearly all do (told by their offsets, with no search of the text for other spaces).
 */
function phrase(text: string, toks: Tok[], i: number, j: number): string {
  for (let k = i + 1; k < j; k++) {
    if (toks[k].s - toks[k - 1].e !== 1 || text.charCodeAt(toks[k - 1].e) !== 32) return toks.slice(i, j).map((t) => t.w).join(' ');
  }
  return text.slice(toks[i].s, toks[j - 1].e);
}

/** Names inside one run of capitalised words, skipping a leading place ("Hà Nam Trần Xuân Dương"). */
function scanRun(text: string, from: number, toks: Tok[], out: NameSpan[], things: Set<string>): 'thing' | void {
  let i = 0;
  /** where the run goes on after a country or province ("Chủ tịch Trung Quốc Tập Cận Bình") */
  let afterPlace = -1;
  while (i < toks.length) {
    // a run named after a street, a house number or a company names a thing: "đường Kinh Dương Vương", "158 Phan Chu Trinh"
    // (a word before a leading place belongs to the place: "Đại sứ Nhật Bản tại Việt Nam Yamada Takio")
    // (a run that opens with a marker and a name of two words or more names a person whatever stands before it:
    // "… học bổng Bà Susan Bacos, chuyên viên"; "đảo Cô Tô" is the island)
    if (i === 0 && !(MARKERS.has(toks[0].w) && toks.length >= 3) && !leadingPlace(text, toks, 0) && (startsWithThingWord(toks[0].w) || namesAThing(text, from, toks[0].s))) {
      // (but the body of a title before it ends in its head's name: "Giám đốc Bệnh viện Bạch Mai Nguyễn Quốc Anh",
      // "Phó Giám đốc Bến xe Miền Đông Nguyễn Duy Long")
      if (titleBefore(text, from, toks[0].s) || titleThenWords(text, from, toks[0].s)) {
        // "Chủ tịch UBND xã Nguyễn Văn Hòa", "Bí thư Huyện ủy huyện Lê Văn Tám": the unit was named before, the whole
        // run is the holder's name, unless it names a place, a street or a district ("xã Hoàng Văn Thụ", "huyện Trần Văn Thời")
        if (unitHolder(text, from, toks, things)) {
          out.push({ start: toks[0].s, end: toks[toks.length - 1].e, name: phrase(text, toks, 0, toks.length), foreign: false });
          return;
        }
        headAfterThing(text, from, toks, out, things);
      }
      return 'thing';
    }
    const placeLen = leadingPlace(text, toks, i) || (i === 0 ? foreignPlaceAfterTitle(text, from, toks) : 0);
    if (placeLen && i + placeLen < toks.length) { i += placeLen; afterPlace = i; continue; }
    // a place that runs to the run's end holds no name: "Bồ Đào Nha" is no "Đào Nha", "bạn Hà Nội" no reader called
    // Hà Nội (a leader's whole name that is also a city's stays one: "Chủ tịch Hồ Chí Minh")
    if (placeLen && !wholeNameAt(toks, i)) return;
    // "Ông Lê Thanh Hải", "Ông Trung" at the start of a sentence: Ông is the marker, not a family name
    if (MARKERS.has(toks[i].w)) { i++; continue; }
    // "Tan Sri Dato’ Soh Thian Lai": honours before a foreign name are no part of it
    const honours = honorificsAt(text, toks, i);
    if (honours) { i += honours; continue; }
    // "T.Ư Đoàn Đào Ngọc Dung": a word that is also a family name, before a family name, is the word; so after a
    // title word or before a place ("Trưởng Đoàn Đại biểu", "Tỉnh Đoàn Tây Ninh")
    if (WORD_FAMILY.has(toks[i].w) && ((familyAt(toks, i + 1) && !WEAK_FAMILY.has(toks[i + 1].w)) || (i > 0 && stops(toks[i - 1])) || (i + 1 < toks.length && leadingPlace(text, toks, i + 1)))) { i++; continue; }
    // "Y Thanh Hà Niê Kđăm", "bà Phúc Bình Niê Kdăm": a clan written last makes the whole run one name
    const clan = clanLastEnd(toks, i);
    if (clan && isPerson(text, from, toks, i, clan, things)) {
      out.push({ start: toks[i].s, end: toks[clan - 1].e, name: phrase(text, toks, i, clan), foreign: false });
      i = clan;
      continue;
    }
    // "UBND TP Hồ Chí Minh Bùi Văn Nam": the city (or the leader in a body's name) is a unit, the name follows it
    const whole = wholeNameAt(toks, i);
    if (whole && i + whole < toks.length && familyAt(toks, i + whole)) { i += whole; continue; }
    // "Phó Chánh Văn phòng Trần Hữu Lộc": a title's capitalised words are not a name
    if (FAMILY.has(toks[i].w) && (TITLE_HEAD_AT.lastIndex = toks[i].s, TITLE_HEAD_AT.test(text))) {
      const e = TITLE_HEAD_AT.lastIndex;
      while (i < toks.length && toks[i].s < e) i++;
      continue;
    }
    const famLen = familyAt(toks, i);
    if (famLen) {
      let j = i + famLen;
      // a Latin word is no Vietnamese given name ("Mùa Euro", "Từ Suntec"), a minority syllable is ("Dương Mah Tiệp")
      while (j < toks.length && j - i < 4 && nameWord(toks[j])) j++;
      if (j - i >= 2 && (j === toks.length || !foreignTok(toks[j]) || MINORITY.has(toks[j].w)) && isPerson(text, from, toks, i, j, things)) {
        out.push({ start: toks[i].s, end: toks[j - 1].e, name: phrase(text, toks, i, j), foreign: false });
        i = j;
        continue;
      }
    }
    // "Chủ tịch Trung Quốc Tập Cận Bình", "Thủ tướng Campuchia Hun Sen", "Đại sứ Lào Khăm Phăn Bun Nhạ": after a title
    // and its country, the syllables that end the run are the foreign leader's name, spelled the Vietnamese way ("Tập"
    // stops a name only as "Tập đoàn", which a run of capitals is not)
    if (i === afterPlace && toks.length - i >= 2 && (toks.length - i <= 3 || spelledLao(toks, i)) && toks.slice(i).every((t) => (!stops(t) || t.w === 'Tập') && !t.w.endsWith('.'))
      && !anyPlace(phrase(text, toks, i, toks.length)) && !things.has(phrase(text, toks, i, toks.length))
      // (the title's body may take in the place: "Đại sứ Lào tại Việt Nam Khăm Phăn Bun Nhạ")
      && (titleBefore(text, from, toks[0].s) || titleBefore(text, from, toks[i].s))) {
      out.push({ start: toks[i].s, end: toks[toks.length - 1].e, name: phrase(text, toks, i, toks.length), foreign: true });
      return;
    }
    // "ông Young Min You, Giám đốc …", "đồng chí Phon Súc In Thạ Vông - Phó Bí thư …": a marked run of syllables with no
    // family name, then a title after a comma or a dash, is a name in an order the lexicon does not know (Lao, Korean)
    if (toks.length - i >= 2 && toks.length - i <= 6 && titleAfter(text, toks[toks.length - 1].e) && markedRunBefore(text, from, toks, i)
      && toks.slice(i).every((t) => !stops(t) && !t.w.endsWith('.')) && !anyPlace(phrase(text, toks, i, toks.length)) && !things.has(phrase(text, toks, i, toks.length))) {
      out.push({ start: toks[i].s, end: toks[toks.length - 1].e, name: phrase(text, toks, i, toks.length), foreign: true });
      return;
    }
    // "tỉnh Yamanashi Fshidera Junichi", "Điện Kremlin Dmitry Peskov": after a word for a place, the first word is the place
    // (the place's particles and the words after them are the place's too: "thành phố Rio de Janeiro Eduardo Paes")
    if (toks.length - i >= 3 && isForeignRun(toks, i + 1) && PLACE_WORD_BEFORE.test(text.slice(Math.max(from, toks[i].s - 12), toks[i].s))) {
      i++;
      while (i + 2 < toks.length && PARTICLE_WORDS.has(toks[i].w)) i += 2;
      continue;
    }
    if (isForeignRun(toks, i) && !anyPlace(phrase(text, toks, i, toks.length)) && !things.has(phrase(text, toks, i, toks.length)) && titleBefore(text, from, toks[i].s)) {
      out.push({ start: toks[i].s, end: toks[toks.length - 1].e, name: phrase(text, toks, i, toks.length), foreign: true });
      return;
    }
    i++;
  }
}

/**
 * A word a Vietnamese name may hold after its family name: no title's or body's word ("Phó", "Sở"), no
 * abbreviation ("A."), no Latin word unless a minority syllable ("Mùa Euro", "Từ Suntec" are none; "Dương Mah Tiệp" is one).
 */
const nameWord = (t: Tok) => !stops(t) && !t.w.endsWith('.') && (!foreignTok(t) || MINORITY.has(t.w));

/**
 * The name that ends a run naming a thing after a title: three words from a family name ("Bạch Mai Nguyễn Quốc
 * Anh": "Mai" is a family name too), four when a common family name stands before them ("Công ty Vifon Đỗ Hà Linh
 * Vũ") or when their first is no family name ("Phạm Thị Xuân Mai"), the thing keeping a word of its own. Two
 * words are too often the thing's own ("Công ty Hồng Lâm Phát").
 */
function headAfterThing(text: string, from: number, toks: Tok[], out: NameSpan[], things: Set<string>): void {
  const n = toks.length;
  const nameFrom = (k: number) => k >= 1 && familyAt(toks, k) > 0
    && toks.slice(k).every(nameWord)
    // "Huyện Đoàn Sa Pa": a word that is also a family name, after a body's word, is the word; a place is no given name
    && !(WORD_FAMILY.has(toks[k].w) && stops(toks[k - 1])) && !leadingPlace(text, toks, k + 1) && !placeNamed(phrase(text, toks, k + 1, n))
    && isPerson(text, from, toks, k, n, things);
  let k = n - 3;
  if (!nameFrom(k)) {
    // "phường Chương Dương Phạm Thị Xuân Mai": four words, the second no family name
    if (!nameFrom(--k)) return;
  } else if (COMMON_FAMILY.has(toks[k - 1].w) && nameFrom(k - 1)) k--;
  out.push({ start: toks[k].s, end: toks[n - 1].e, name: phrase(text, toks, k, n), foreign: false });
}

/** an administrative unit's word right before a run: "xã", "huyện", "phường", "quận", "thị xã", "thị trấn" */
const UNIT_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:xã|huyện|phường|quận|thị xã|thị trấn)[ \u00a0]+$/u;
/** A run of three or four words after a title that ends in a unit's word, which is a whole Vietnamese name and no place's. */
function unitHolder(text: string, from: number, toks: Tok[], things: Set<string>): boolean {
  const n = toks.length;
  if (n < 3 || n > 4 || familyAt(toks, 0) !== 1 || WEAK_FAMILY.has(toks[0].w) || !toks.every(nameWord)) return false;
  if (!UNIT_WORD_BEFORE.test(text.slice(Math.max(from, toks[0].s - 12), toks[0].s))) return false;
  const name = phrase(text, toks, 0, n);
  return !STREETS.has(name) && !DISTRICTS.has(name) && !placeNamed(name) && !leadingPlace(text, toks, 0) && isPerson(text, from, toks, 0, n, things);
}

/** up to four words between a title and `s`: "Giám đốc bến xe", "Hiệu trưởng Trường THPT chuyên" (a thing's words) */
const FEW_WORDS = /^(?:[ \u00a0]+[\p{L}\p{M}]+){0,4}[ \u00a0]*$/u;
function titleThenWords(text: string, from: number, s: number): boolean {
  for (const m of windowMatches(TITLE_ONLY, text, Math.max(from, s - 60), s)) if (FEW_WORDS.test(text.slice(m.index + m[0].length, s))) return true;
  return false;
}

/** "Đường Kinh Dương Vương", "Trường Lê Quý Đôn": the run opens with a street or school word (not a family name such as "Hồ") */
function startsWithThingWord(w: string): boolean {
  return NOT_BEFORE.has(w.toLowerCase()) && (!FAMILY.has(w) || WEAK_FAMILY.has(w));
}

function wholeNameAt(toks: Tok[], i: number): number {
  const names = WHOLE_NAMES.get(toks[i].w);
  if (names) for (const w of names) if (i + w.length <= toks.length && w.every((x, k) => toks[i + k].w === x)) return w.length;
  return 0;
}

/** Whether a name's family name is spelled as the lexicon has it ("Đoàn", not "Đòan"): that spelling names the person. */
export function wellSpelled(name: string): boolean {
  return FAMILY_EXACT.has(name.split(' ')[0]);
}

/** a title right after a name, past a comma or a dash: "…, Giám đốc Công ty", "… - Phó Bí thư Tỉnh ủy" */
const TITLE_AFTER = new RegExp(`[ \\u00a0]*(?:,|[-–])[ \\u00a0]*(?:${trie([...titles.heads, ...titles.completeHeads].flatMap((h) => [h, h[0].toLowerCase() + h.slice(1), titleCase(h)]))})(?![\\p{L}\\p{M}])`, 'uy');
function titleAfter(text: string, e: number): boolean {
  TITLE_AFTER.lastIndex = e;
  return TITLE_AFTER.test(text);
}
/** Whether a marker ("ông", "đồng chí") stands right before token i: before the run, or as the run's first word. */
function markedRunBefore(text: string, from: number, toks: Tok[], i: number): boolean {
  // or a title that takes no body (a rank, a degree: "Đại tá", "TS"), so that what follows it is the name
  if (i === 0) {
    const before = text.slice(Math.max(from, toks[0].s - 30), toks[0].s);
    return endsWithWord(before, MARKERS_LEX) || endsWithWord(before, COMPLETE_LEX);
  }
  return i === 1 && MARKERS.has(toks[0].w);
}

/** a word for a place right before a run: its first word names the place ("tỉnh Salavan", "thành phố Kazanlak", "Điện Kremlin") */
const PLACE_WORD_BEFORE = /(?:tỉnh|thành phố|TP\.?|bang|vùng|huyện|quận|[Đđ]iện|thủ đô|hạt|xứ)[ \u00a0]+$/u;

/** End (exclusive) of a name that runs from token i to a clan written last ("Y Thanh Hà Niê Kđăm"), 0 if none. */
function clanLastEnd(toks: Tok[], i: number): number {
  for (let k = i + 1; k < toks.length && k - i <= 4; k++) {
    if (stops(toks[k])) return 0;
    const two = k + 1 < toks.length && CLAN_FIRST.has(toks[k].w) && CLAN_LAST.has(`${toks[k].w} ${toks[k + 1].w}`);
    if (!two && !CLAN_LAST.has(toks[k].w)) continue;
    let e = k + (two ? 2 : 1);
    // the sub-clan after the clan ("Niê Kđăm")
    if (!two && e < toks.length && e - i < 6 && !stops(toks[e])) e++;
    return e === toks.length ? e : 0;
  }
  return 0;
}

function leadingPlace(text: string, toks: Tok[], i: number): number {
  if (!startsPlace(toks[i].w)) return 0;
  for (let n = Math.min(4, toks.length - i); n >= 1; n--) if (placeNamed(phrase(text, toks, i, i + n))) return n;
  return 0;
}
/**
 * A partner country's province or city opening a run right after a title, before two words at least: "Tỉnh trưởng
 * Luang Prabang Khamkhan Chanthavisouk", "Thống đốc Okayama Ryuta Ibaragi". Only there: "Takeo", "Fukui", "Hồng Hà"
 * are names too ("ông Takeo Fukui", "Đoàn Hồng Hà").
 */
function foreignPlaceAfterTitle(text: string, from: number, toks: Tok[]): number {
  if (!FOREIGN_PLACE_FIRST.has(toks[0].w)) return 0;
  for (let n = Math.min(3, toks.length - 2); n >= 1; n--) {
    if (FOREIGN_PLACES.has(phrase(text, toks, 0, n))) return titleBefore(text, from, toks[0].s) ? n : 0;
  }
  return 0;
}

function familyAt(toks: Tok[], i: number): number {
  if (i >= toks.length) return 0;
  if (i + 1 < toks.length && FAMILY_PAIR_FIRST.has(toks[i].w) && FAMILY.has(`${toks[i].w} ${toks[i + 1].w}`)) return 2;
  return FAMILY.has(toks[i].w) ? 1 : 0;
}

/** the 40 characters before a run's word, where its markers, titles and street words are looked for */
const beforeAt = (text: string, from: number, s: number) => {
  ask(text, from, s);
  return (askedBefore ??= text.slice(Math.max(from, s - 40), s));
};

/**
 * What stands right before text[s] (the 40 characters before it, not before `from`): a marker, a title. Asked
 * of a run's first word first whether it names a thing, then whether it is a person: the answers are kept.
 */
let askedText = '', askedFrom = -1, askedAt = -1;
/** 0 not asked yet, 1 yes, 2 no */
let markerAsked = 0, markedAsked = 0;
let askedBefore: string | undefined;
function ask(text: string, from: number, s: number): void {
  if (s !== askedAt || from !== askedFrom || text !== askedText) {
    askedText = text; askedFrom = from; askedAt = s;
    markerAsked = markedAsked = 0;
    askedBefore = undefined;
  }
}
/** a marker ("ông", "bà") right before text[s] */
function markerAt(text: string, from: number, s: number): boolean {
  ask(text, from, s);
  if (markerAsked === 0) markerAsked = endsWithWord(beforeAt(text, from, s), MARKERS_LEX) ? 1 : 2;
  return markerAsked === 1;
}
/** a marker ("ông", "bà") or a title ("nhà báo", "Bộ trưởng") right before text[s]: a name follows */
function markedAt(text: string, from: number, s: number): boolean {
  ask(text, from, s);
  if (markedAsked === 0) markedAsked = markerAt(text, from, s) || endsWithWord(beforeAt(text, from, s), TITLES_LEX) ? 1 : 2;
  return markedAsked === 1;
}

/** the last character of `before` but spaces (`spaces`: the code units skipped), -1 if none */
function lastBut(before: string, spaces: (c: number) => boolean): number {
  let k = before.length;
  while (k > 0 && spaces(before.charCodeAt(k - 1))) k--;
  return k > 0 ? before.charCodeAt(k - 1) : -1;
}
const plainSpace = (c: number) => c === 32 || c === 0xa0;
const lineSpace = (c: number) => c === 32 || c === 9;
/**
 * Whether a digit is in one of the last two words of `before`, past the spaces and a comma that end it: where
 * HOUSE_NUMBER's number stands ("484B ", "1035 B ", "12 Bis, "). Most runs have a word in letters there.
 */
function numberEnds(before: string): boolean {
  let k = before.length;
  while (k > 0 && SPACE[before.charCodeAt(k - 1)] === 1) k--;
  if (k > 0 && before.charCodeAt(k - 1) === 0x2c) {
    k--;
    while (k > 0 && SPACE[before.charCodeAt(k - 1)] === 1) k--;
  }
  for (let word = 0; word < 2; word++) {
    for (; k > 0 && SPACE[before.charCodeAt(k - 1)] === 0; k--) {
      const c = before.charCodeAt(k - 1);
      if (c >= 48 && c <= 57) return true;
    }
    while (k > 0 && SPACE[before.charCodeAt(k - 1)] === 1) k--;
  }
  return false;
}

/**
 * Whether the words before a capitalised run make it a street, a school, a company or a place named after a person.
 * (Each pattern is asked only when the character it needs is there: a digit for a house number, a dash for a place
 * pair, a space at the end for a company, as most runs have none of them.)
 */
function namesAThing(text: string, from: number, s: number): boolean {
  if (markedAt(text, from, s)) {
    // (most titled names have no memorial title before them: the lexicon says so before any pattern runs)
    const before = beforeAt(text, from, s);
    return endsWithWord(before, MEMORIAL_LEX) && MEMORIAL_BEFORE.test(before);
  }
  const before = beforeAt(text, from, s);
  // "thành phố", "nhà trường" (the school's staff), "Môi trường" end in street and school words but name no place
  const street = endsWithWord(before, NOT_BEFORE_LEX) && !endsWithWord(before, NOT_THING_LEX);
  if (street) return true;
  const last = lastBut(before, plainSpace);
  return (numberEnds(before) && HOUSE_NUMBER.test(before)) || ((last === 0x2d || last === 0x2013) && PLACE_PAIR.test(before))
    || (companyWordEnds(before) && COMPANY_BEFORE.test(before));
}

const GIVEN = new Set(family.givenNameSyllablesCommon);
/** an artist's or a writer's calling right before a name: "nhạc sĩ Văn Cao", "nhà thơ Hữu Việt" (data penNameTitles) */
/** those callings' last words ("sĩ" of "nhạc sĩ"), in lower case */
const PEN_LAST = new Set(family.penNameTitles.map((t) => t.slice(t.lastIndexOf(' ') + 1).toLowerCase()));
const PEN_TITLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(family.penNameTitles)})[ \\u00a0]+$`, 'iu');
/**
 * A pen name, which has no family name: two or three given names' syllables right after an artist's or a
 * writer's calling, and nothing capitalised after them ("nhạc sĩ Quốc Bảo", "nhà báo Hữu Thọ"; not "nhà văn
 * Việt Nam", a place, nor "nhà báo Tiền Phong Online").
 */
function penName(text: string, from: number, toks: Tok[]): NameSpan | null {
  if (toks.length < 2 || toks.length > 3 || !toks.every((t) => GIVEN.has(t.w))) return null;
  const lo = Math.max(from, toks[0].s - 16);
  // (the calling's last word first, before any pattern runs: "Việt Nam", "Hà Nội" are given names' syllables too)
  let e = toks[0].s;
  while (e > lo && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0)) e--;
  if (e === toks[0].s || !PEN_LAST.has(text.slice(wordStartBefore(text, e, lo), e).toLowerCase())) return null;
  if (!PEN_TITLE_BEFORE.test(text.slice(lo, toks[0].s))) return null;
  const name = phrase(text, toks, 0, toks.length);
  return placeNamed(name) ? null : { start: toks[0].s, end: toks[toks.length - 1].e, name, foreign: false };
}
/** Whether the name's last two words are a province's or a city's name with a syllable no given name has. */
function provinceTail(text: string, toks: Tok[], j: number): boolean {
  const tail = phrase(text, toks, j - 2, j);
  const place = placeNamed(tail);
  return !!place && (place.kind === 'province' || place.kind === 'city') && tail.split(' ').some((w) => !GIVEN.has(w));
}

/** a photo or text credit before a name: "Ảnh: Võ Hà", "Tin, ảnh: Đoàn Thư", "(Ảnh: Phạm Hoàng)" */
const CREDIT_BEFORE = /(?:[Ảả]nh|[Tt]in|[Bb]ài|[Vv]ideo|[Cc]lip|[Đđ]ồ họa|[Tt]hực hiện)(?:[ \u00a0]*(?:,|và|&|-|\/)[ \u00a0]*(?:[Ảả]nh|[Bb]ài|[Tt]in|[Vv]ideo|[Cc]lip))?[ \u00a0]*:[ \u00a0]*$/u;
/** a sentence start with nothing else before the name, and nothing but its line end after it: a byline ("… quốc gia.Dương Trọng Đông") */
const ALONE_BEFORE = /(?:^|\n|[.!?…]["”]?)[ \t]*$/u;
const ALONE_AFTER = /^[ \t.)]*(?:\n|$)/u;
/** what ALONE_BEFORE and CITY_BEFORE end in, but spaces (-1: nothing, the start of the text) */
const codes = (cs: string) => new Set([...cs].map((c) => c.charCodeAt(0)));
const ALONE_ENDS = new Set([-1, ...codes('\n.!?…"”')]);
const CITY_ENDS = codes('ốPp.');

function isPerson(text: string, from: number, toks: Tok[], i: number, j: number, things: Set<string>): boolean {
  const before = beforeAt(text, from, toks[i].s);
  const marked = markedAt(text, from, toks[i].s);
  // (the patterns anchored at the end are asked only when the character they end in is there)
  if (lastBut(before, plainSpace) === 0x3a && CREDIT_BEFORE.test(before)) return false;
  if (!marked && ALONE_ENDS.has(lastBut(before, lineSpace)) && ALONE_BEFORE.test(before) && ALONE_AFTER.test(text.slice(toks[j - 1].e, toks[j - 1].e + 4)) && toks[i].s > from) return false;
  const name = phrase(text, toks, i, j);
  if (things.has(name) && !marked) return false;
  // after a weak family name, a place is no given name: "ĐH Y Hà Nội" (but "Nguyễn Thái Bình" is a name)
  if (WEAK_FAMILY.has(toks[i].w) && placeNamed(phrase(text, toks, i + 1, j))) return false;
  // "Nguyễn Thị", "Phạm Văn": a family name and a middle name are no name (what followed was cut: "Nguyễn Văn A.");
  // "Thị" is never a given name, "Văn" is one after a middle name ("Nguyễn Hồng Văn", "Hứa Vĩ Văn")
  if (toks[j - 1].w === 'Thị' || (j - i === 2 && toks[j - 1].w === 'Văn')) return false;
  // "Hoàng Anh Gia Lai", "Kiểm Lâm Hà Nội", "Giảng Võ Hà Nội": a name does not end in a province's name that no given
  // name is made of ("Lai", "Nội" are no given names' syllables); a marked or titled one may ("ông Võ Điện Biên")
  if (j - i >= 2 && provinceTail(text, toks, j) && !marked && !titleBefore(text, from, toks[i].s)) return false;
  // ("Thích Ca Phật đài", "chiến lược Thích Ứng Doanh Nghiệp": two words that open a thing's name, then more)
  const notName = NOT_NAMES.has(name) || (j - i > 2 && NOT_NAME_STARTS.has(`${toks[i].w} ${toks[i + 1].w}`))
    || (j - i === 2 && (COMPOUNDS.has(name.toLowerCase()) || wordThenCompound(text, toks, i, j)));
  if ((placeNamed(name) || notName || FOREIGN_PLACES.has(name)) && !markerAt(text, from, toks[i].s)) return false;
  if ((STREETS.has(name) || DISTRICTS.has(name)) && !marked) return false;
  if (CITY_ENDS.has(lastBut(before, plainSpace)) && CITY_BEFORE.test(before) && placeNamed(`TP. ${name}`)) return false;
  // inside a run, after a word that is neither a place nor a marker ("Trường THPT Quốc Văn Sài Gòn"), a weak family name is no name
  if (i > 0 && WEAK_FAMILY.has(toks[i].w) && !marked) return false;
  // a weak family name ("Mai", "Cao") with a single syllable after it needs a marker
  if (WEAK_FAMILY.has(toks[i].w) && j - i === 2 && !marked) return false;
  return true;
}

/**
 * "Đoàn Đại biểu Quốc hội", "Đoàn Kiểm tra liên ngành", "Hội Luật gia": a word that is also a family name, then a
 * capitalised word that makes one word with the lower-case word after the run, is a body's name in sentence case
 * ("Đoàn Hùng cho biết" is a name: "hùng cho" is no word).
 */
function wordThenCompound(text: string, toks: Tok[], i: number, j: number): boolean {
  if (!WORD_FAMILY.has(toks[i].w) || j !== toks.length) return false;
  LOWER_WORD_AFTER.lastIndex = toks[j - 1].e;
  const m = LOWER_WORD_AFTER.exec(text);
  return m !== null && COMPOUNDS.has(`${toks[j - 1].w.toLowerCase()} ${m[1]}`);
}

/** A place of Việt Nam's or a partner's abroad ("Luang Prabang", "Champasak"): no foreign leader's name. */
const anyPlace = (name: string) => placeNamed(name) !== undefined || FOREIGN_PLACES.has(name);

/** From token i to the end of the run: Latin words only, at least two (or one after a marker), one of them not Vietnamese-shaped. */
function isForeignRun(toks: Tok[], i: number): boolean {
  if (toks.length - i < 2 || toks.length - i > 5) return false;
  // an accented word in a foreign run is foreign itself ("García"), not a Vietnamese word after a name ("Amara Các")
  for (let k = i; k < toks.length; k++) {
    const w = toks[k].w;
    if (!isLatin(w) || NOT_FOREIGN.has(w) || (ACCENTED.test(w) && !foreignTok(toks[k]))) return false;
  }
  // a middle initial is followed by the family name, a foreign word ("George W. Bush"), not a sentence ("W. Sau đó")
  // (after the run's last word comes none: isForeignWord('') is false)
  for (let k = i + 1; k < toks.length; k++) {
    const w = toks[k].w;
    if (w.length === 2 && w.endsWith('.') && (k + 1 === toks.length || !foreignTok(toks[k + 1]))) return false;
  }
  for (let k = i; k < toks.length; k++) if (foreignTok(toks[k])) return true;
  return false;
}

// the same capitalised words come back in every article: each Latin one is read once
// (a Central Highlands name's gender prefix glued by an apostrophe is no foreign word: "Rơ Mah H'Nga", "K'Briu")
const HIGHLANDS_PREFIX = /^[HK]['’]\p{Lu}/u;
const foreignLatin = memoize((w: string): boolean => !w.endsWith('.') && !HIGHLANDS_PREFIX.test(w) && !VIETNAMESE_ACCENT.test(w) && !VIET_SYLLABLE.test(bareLatin(w)), 50_000);
/** a syllable with others glued to it by hyphens: a Lao or Korean name as the press writes it ("Sổn-xay", "Jong-un") */
const HYPHENED = /^\p{Lu}[\p{Ll}\p{M}]*(?:-[\p{Ll}\p{M}]+)+$/u;
const isForeignWord = (w: string): boolean => (isLatin(w) && foreignLatin(w)) || (w.includes('-') && HYPHENED.test(w));
/** isForeignWord of a run's word, asked once */
function foreignTok(t: Tok): boolean {
  if (t.foreign === 0) t.foreign = isForeignWord(t.w) ? 1 : 2;
  return t.foreign === 1;
}
