/**
 * The name-like phrase after a head word: the body of a title ("Bộ trưởng
 * *Bộ Ngoại giao*") or the rest of an organization's name ("Học viện
 * *Chính trị quốc gia Hồ Chí Minh*"). It runs over capitalised words,
 * abbreviations, document numbers and the lower-case words listed in
 * data/organizations.json (phraseWords), and ends at any other lower-case
 * word, at punctuation, at a person's name or where another head begins.
 */
import { familyNames, organizations, titles } from '../data.js';
import { alternation, R, titleCase, trie } from './regex.js';
import { placeLengthAt } from './gazetteer.js';
import { COMPOUNDS, foreignAscii } from './syllable.js';
import { codeUnitTable, gluedItemNumber, isDigit, WORD as WORD_UNIT } from './chars.js';

const org = organizations();
const words = org.phraseWords;
const NOT_IN_NAME = new Set(org.notInName);
const CONNECTORS = new Set(['và', '&', 'tại', 'của']);
/**
 * Words that, standing alone, join a name's capitalised words and go on only before another, as CONNECTORS
 * do: "nước" ("Đại sứ nước CHDCND Lào"; "Cấp nước", "Nhà nước" keep it as their second syllable) and a
 * foreign name's particles ("tỉnh Pinar del Río", "Rio de Janeiro").
 */
const JOINERS = new Set(['nước', ...familyNames().foreignParticles]);
const JOINER_LENGTH = Math.max(...[...JOINERS].map((w) => w.length));
/** the lower-case word at p (letters and marks), if it is a joiner */
function joinerEnd(text: string, p: number): number {
  let e = p;
  while (e - p <= JOINER_LENGTH && LOWER_OR_MARK[text.charCodeAt(e)] === 1) e++;
  return e > p && e - p <= JOINER_LENGTH && WORD_UNIT[text.charCodeAt(e)] !== 1 && JOINERS.has(text.slice(p, e)) ? e : -1;
}
/**
 * The words that open a body's name before the capitalised words of its name ("Bộ Ngoại giao", "Hội Nông
 * dân", "Trường Chính trị"): the heads of one word and the first words of the heads and names of
 * data/organizations.json. They are no proper name's syllable, after which a compound cannot start.
 */
const OPENING_WORDS = new Set([...Object.keys(org.heads), ...Object.keys(org.names)].flatMap((h) => {
  const w = h.split(' ');
  return w.length === 1 ? [h] : /^\p{Lu}/u.test(w[1]) ? [w[0]] : [];
}));
const CONNECTOR_LENGTH = Math.max(...[...CONNECTORS].map((w) => w.length));

const CAP = /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[.\-/&][\p{L}\p{N}]+)*/uy;
/** the lower-case second syllable of a capitalised word ("Kinh tế") */
const SECOND = /[ \u00a0]+([\p{Ll}][\p{Ll}\p{M}]*)(?![\p{L}\p{M}\p{N}])/uy;
const NUM = /\d[\p{L}\p{N}]*(?:[.\-/][\p{L}\p{N}]+)*/uy;
const WORD = new RegExp(`(?:${alternation([...words, ...CONNECTORS])})${R}`, 'uy');
/** ", Thể thao và Du lịch": a comma inside a name joins a list that ends in "và" */
const LIST_COMMA = /,[ \u00a0]+(?=\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]+[\p{Ll}\p{M}]+)?[ \u00a0]+và[ \u00a0]+\p{Lu})/uy;
const DASH = /[ \u00a0]*[-–][ \u00a0]*(?=\p{Lu}[\p{Ll}\p{M}])/uy;
/** the title heads of data/titles.json, each also with a capital first ("Bí thư", "Phó Chủ tịch") and in title case ("Phó Chủ Tịch"), as a prefix tree's pattern */
export const TITLE_HEADS = trie([...titles().heads, ...titles().completeHeads].flatMap((h) => [h, h[0].toUpperCase() + h.slice(1), titleCase(h)]));
/** a title after a joint ends the name before it: "Trung ương Đảng - Bí thư …", "Hội đồng nhân dân tỉnh và Chủ tọa …" */
const TITLE_AT = new RegExp(`(?:${TITLE_HEADS})${R}`, 'uy');

// Each pattern above is tried only where its first character stands, a test by code unit: a token costs one
// regex, not five (a high surrogate may start an astral capital, so the pattern decides there)
const CAPITAL = codeUnitTable('\\p{Lu}').fill(1, 0xd800, 0xdc00);
/** a department's name in sentence case, read whole: "Tổ chức cán bộ", "Pháp chế" (data/organizations.json unitNames) */
const UNIT_NAME_AT = new RegExp(`(?:${trie(org.unitNames)})${R}`, 'uy');
const WORD_FIRST = new Uint8Array(0x10000);
for (const w of [...words, ...CONNECTORS]) WORD_FIRST[w.charCodeAt(0)] = 1;
const blank = (c: number) => c === 32 || c === 0xa0;

/** End of the sticky pattern's match at `pos`, -1 if none. */
const endAt = (re: RegExp, text: string, pos: number) => { re.lastIndex = pos; return re.test(text) ? re.lastIndex : -1; };

// CAP and SECOND read by code unit, as they are read at every capitalised word of every phrase; the
// patterns themselves decide where a surrogate stands (an astral letter is a letter to them)
const LETTER_OR_DIGIT = codeUnitTable('[\\p{L}\\p{N}]');
const LOWER = codeUnitTable('\\p{Ll}');
const LOWER_OR_MARK = codeUnitTable('[\\p{Ll}\\p{M}]');
const surrogate = (c: number) => c >= 0xd800 && c < 0xe000;

/** End of CAP's match at `p`, where a capital stands ("Bộ", "TP.HCM", "KH&CN"). */
export function capitalWordEnd(text: string, p: number): number {
  if (surrogate(text.charCodeAt(p))) return endAt(CAP, text, p);
  let i = p + 1, c: number;
  while (WORD_UNIT[(c = text.charCodeAt(i))] === 1) i++;
  // "Bí thư Tỉnh ủy Tây Ninh5. Huỳnh Văn Be": the next item's number glued to the word is none of it ("PC17", "H5N1")
  if (isDigit(text.charCodeAt(i - 1))) {
    let k = i - 1;
    while (k > p && isDigit(text.charCodeAt(k - 1))) k--;
    if (gluedItemNumber(text, k)) return k;
  }
  for (;;) {
    if (surrogate(c)) return endAt(CAP, text, p);
    // "TP.HCM", "GD-ĐT", "KH&CN": a joiner and letters or digits after it
    if (c !== 46 && c !== 45 && c !== 47 && c !== 38) return i;
    let j = i + 1, d: number;
    while (LETTER_OR_DIGIT[(d = text.charCodeAt(j))] === 1) j++;
    if (surrogate(d)) return endAt(CAP, text, p);
    if (j === i + 1) return i;
    i = j;
    c = d;
  }
}

/**
 * SECOND's match at `at` (white space, then a lower-case syllable that ends a word): the
 * syllable's start and end, or null.
 */
export function secondSyllable(text: string, at: number): [start: number, end: number] | null {
  let w = at;
  while (blank(text.charCodeAt(w))) w++;
  if (w === at) return null;
  const c = text.charCodeAt(w);
  let j = w + 1, d = c;
  if (!surrogate(c)) {
    if (LOWER[c] !== 1) return null;
    while (LOWER_OR_MARK[(d = text.charCodeAt(j))] === 1) j++;
  }
  if (surrogate(d)) {
    SECOND.lastIndex = at;
    const s = SECOND.exec(text);
    return s ? [at + s[0].length - s[1].length, at + s[0].length] : null;
  }
  // a longer word ("Ninh Bình2", "tếX") is no syllable, and nothing shorter ends a word
  return WORD_UNIT[d] === 1 ? null : [w, j];
}

/** a one-letter word that is a Roman numeral ("khóa X trình Đại hội") takes no second syllable; "Y" does ("Y tế") */
const ROMAN = codeUnitTable('[IVXLCDM]');
/** Whether text[from, to) holds a lower-case letter: "Kinh" does, "GD-ĐT", "TP.HCM" and "XVII" do not ("Y" is a word: "Y tế"). */
function lowerIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (LOWER[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * End of the phrase that starts at `pos` (not beyond `limit`); `pos` itself
 * when there is none. `stop(p)` is true where a name or another head begins.
 */
export function phraseEnd(text: string, pos: number, limit: number, stop: (p: number) => boolean): number {
  let end = pos, q = pos, n = 0;
  /** whether the word at p follows a joint: a dash, a list's comma or a joining word ("và", "tại") */
  let joined = false;
  /** whether the word before p was a capitalised word without a second syllable ("Sông" of "Sông Bé") */
  let bareCapital = false;
  while (q < limit && n++ < 20) {
    let spaced = q;
    while (blank(text.charCodeAt(spaced))) spaced++;
    const d = text.charCodeAt(spaced);
    let p = text.charCodeAt(q) === 44 ? endAt(LIST_COMMA, text, q) : -1;
    if (p < 0 && (d === 45 || d === 0x2013)) p = endAt(DASH, text, q);
    if (p >= 0) joined = true;
    else p = spaced;
    if (p >= limit || stop(p)) break;
    if (joined && CAPITAL[text.charCodeAt(p)] === 1 && endAt(TITLE_AT, text, p) >= 0) break;
    const c = text.charCodeAt(p);
    // (nor the word after a place's name: "… tỉnh Bến Tre6. Lê Văn Cường")
    if (p === q && q > pos && gluedItemNumber(text, q)) break;
    const unit = CAPITAL[c] === 1 ? endAt(UNIT_NAME_AT, text, p) : -1;
    if (unit >= 0 && unit <= limit) { end = q = unit; joined = false; bareCapital = false; continue; }
    const place = placeLengthAt(text, p);
    const capEnd = place || CAPITAL[c] === 0 ? -1 : capitalWordEnd(text, p);
    let e = place ? p + place : capEnd;
    if (e < 0 && WORD_FIRST[c] === 1) e = endAt(WORD, text, p);
    let joiner = false;
    if (e < 0 && LOWER[c] === 1) { e = joinerEnd(text, p); joiner = e >= 0; }
    if (e < 0 && isDigit(c)) e = endAt(NUM, text, p);
    if (e < 0 || e > limit) break;
    const capitalWord = capEnd >= 0 && (capEnd - p === 1 ? !ROMAN[text.charCodeAt(p)] : lowerIn(text, p + 1, capEnd));
    // "Kinh tế", "Ngoại giao": one lower-case syllable may follow, unless a phrase word or a verb (not after
    // an abbreviation, which is a whole word: "Bộ GD-ĐT tổ chức", "UBND TP chỉ đạo"), nor a verb's after a
    // proper name's second capitalised syllable: "Công ty Sông Bé giao", "Công ty Thiên Nghĩa nhập" end at
    // the name (see nameCompound), "Duma Quốc gia" and "Bộ Ngoại giao" do not
    // (a foreign word makes no compound with a Vietnamese syllable: "Đại học Stanford tìm", "Viện Pasteur xét")
    let s = capitalWord && blank(text.charCodeAt(capEnd)) ? secondSyllable(text, capEnd) : null;
    if (s && foreignAscii(text.slice(p, capEnd))) s = null;
    if (s && !NOT_IN_NAME.has(text.slice(s[0], s[1])) && !(bareCapital && !nameCompound(text, p, capEnd, s)) && (WORD_FIRST[text.charCodeAt(s[0])] === 0 || endAt(WORD, text, s[0]) < 0) && s[1] <= limit) e = s[1];
    bareCapital = capitalWord && e === capEnd && !OPENING_WORDS.has(text.slice(p, capEnd));
    joined = joiner || (e - p <= CONNECTOR_LENGTH && CONNECTORS.has(text.slice(p, e)));
    if (!joined) end = e;
    else if (!/^[ \u00a0]+\p{Lu}/u.test(text.slice(e, e + 3))) break;
    q = e;
  }
  return end;
}

/**
 * After a proper name's second capitalised syllable (text[p, capEnd)), whether the lower-case syllable s goes on
 * with it: a word the lexicons know ("Quốc gia"), or one the name goes on after in capitals ("Công ty Sài Gòn Địa
 * ốc Phúc Đức"). A verb's first syllable does neither: "Công ty Việt Hùng trốn thuế", "Bệnh viện Bạch Mai hiện có".
 */
function nameCompound(text: string, p: number, capEnd: number, s: [number, number]): boolean {
  if (COMPOUNDS.has(`${text.slice(p, capEnd).toLowerCase()} ${text.slice(s[0], s[1])}`)) return true;
  let k = s[1];
  while (blank(text.charCodeAt(k))) k++;
  return k > s[1] && CAPITAL[text.charCodeAt(k)] === 1;
}

/** a short aside in brackets inside a title's body: "Duma Quốc gia (Hạ viện) Nga", "Quốc gia Malaysia (NCCIM)" */
const ASIDE = /[ \u00a0]*\([^()\n]{1,40}\)/y;
const blankTo = (text: string, from: number, to: number) => { let k = from; while (k < to && blank(text.charCodeAt(k))) k++; return k === to; };

/**
 * phraseEnd for the body of a title, which may hold one aside in brackets: the body goes on past it when
 * more of the body follows, or when only spaces stand between it and `nameAt` (the name the title is
 * read before: "Phó Chủ tịch Duma Quốc gia (Hạ viện) Nga Ivan Melnikov"). A caption's aside ("Giám đốc
 * Sở Y tế (bên phải) cho biết") is followed by neither.
 */
export function titleBodyEnd(text: string, pos: number, limit: number, stop: (p: number) => boolean, nameAt = -1): number {
  const e = phraseEnd(text, pos, limit, stop);
  ASIDE.lastIndex = e;
  if (e >= limit || !ASIDE.test(text) || ASIDE.lastIndex > limit) return e;
  const after = ASIDE.lastIndex;
  const more = phraseEnd(text, after, limit, stop);
  if (more > after) return more;
  return nameAt >= 0 && blankTo(text, after, nameAt) ? after : e;
}

