/**
 * Character classes tested by code unit, for the hand-written scans that read
 * a text one character at a time ("is this a letter, a space, a capital?"):
 * one byte lookup per character where a regular expression per character
 * costs a string and a call. The tables of the program are made here, one way.
 */


/** every code unit but the surrogates, in order (a lone surrogate is no letter, mark, digit or space) */
let everyUnit = '';

/**
 * Which code units a pattern of one character holds (a class, "[\\p{L}\\p{N}]", or characters
 * apart by "|"), as a table: the pattern is run once over
 * every code unit, not tested 63,488 times (a test per character cost tens of
 * milliseconds at every start of the program).
 */
export function codeUnitTable(cls: string, flags = 'u'): Uint8Array {
  if (!everyUnit) {
    const parts: string[] = [];
    for (let c = 0; c < 0x10000; c += 0x800) if (c < 0xd800 || c >= 0xe000) parts.push(String.fromCharCode(...Array.from({ length: 0x800 }, (_, k) => c + k)));
    everyUnit = parts.join('');
  }
  const table = new Uint8Array(0x10000);
  // an index at or past 0xd800 stands for the code unit 0x800 higher
  const unit = (i: number) => (i < 0xd800 ? i : i + 0x800);
  for (const m of everyUnit.matchAll(new RegExp(`${cls}+`, `g${flags}`))) {
    const from = m.index, to = m.index + m[0].length;
    if (from < 0xd800 && to > 0xd800) { table.fill(1, from, 0xd800); table.fill(1, 0xe000, unit(to)); }
    else table.fill(1, unit(from), unit(to - 1) + 1);
  }
  return table;
}

/** white space as `\s` reads it, by code unit */
export const SPACE = codeUnitTable('\\s');
/** White space by code unit, as `\\s` reads it (NBSP, the typographic spaces and the ideographic space included): one definition for every scan. */
export const isSpace = (c: number): boolean => SPACE[c] === 1;
/** a letter, mark or digit, by code unit (as `[\p{L}\p{M}\p{N}]` tests one character of a string) */
export const WORD = codeUnitTable('[\\p{L}\\p{M}\\p{N}]');
const WORD_CODE_POINT = /^[\p{L}\p{M}\p{N}]/u;

/** Whether a letter, mark or digit starts at text[i], read by code point as a lookahead in a `u` regex reads it (a surrogate pair is one letter). */
export function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00) return WORD_CODE_POINT.test(text.slice(i, i + 2));
  return WORD[c] === 1;
}

const LOWER_CASE = codeUnitTable('\\p{Ll}');
/** Whether a code unit is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/**
 * A numbered list run together: at `i`, right after a word in lower case, the next item's number, one to three
 * digits and "." or ")" before a space ("Bí thư Tỉnh ủy Tây Ninh5. Huỳnh Văn Be"). The word before ends at `i`.
 */
export function gluedItemNumber(text: string, i: number): boolean {
  if (i === 0 || LOWER_CASE[text.charCodeAt(i - 1)] !== 1) return false;
  let j = i;
  while (j - i < 3 && isDigit(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  return j > i && (c === 46 || c === 41) && (j + 1 >= text.length || SPACE[text.charCodeAt(j + 1)] === 1);
}

/**
 * The word right after text[e], past plain and no-break spaces: "trực" after "Thường", "luật" after "Bộ"; "" when a
 * space is not next or no word follows. Read by code unit: at most 16 spaces and 24 of the word's.
 */
export function wordAfter(text: string, e: number): string {
  let s = e;
  while (s < text.length && s - e < 16 && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 0xa0)) s++;
  if (s === e) return '';
  let k = s;
  while (k < text.length && k - s < 24 && WORD[text.charCodeAt(k)] === 1) k++;
  return text.slice(s, k);
}

/**
 * Where the word that ends at text[end] starts, reading back over letters, marks and digits: "Nguyễn" before " Thái
 * Bình", "sĩ" of "nhạc sĩ" before a pen name. At most 24 of the word's code units, none before `from`.
 */
export function wordStartBefore(text: string, end: number, from = 0): number {
  let s = end;
  while (s > from && end - s < 24 && WORD[text.charCodeAt(s - 1)] === 1) s--;
  return s;
}

/** Whether text[i] (one code unit) is white space. */
export function spaceAt(text: string, i: number): boolean {
  return SPACE[text.charCodeAt(i)] === 1;
}

/**
 * A table by code unit of `chars` and, with `spaces`, of what `\s` matches: a walk back over a
 * stretch of text reads one byte per character, where a Set of one-letter strings or a regex
 * test per character costs a string each.
 */
export function charTable(chars: Iterable<string>, spaces = false): Uint8Array {
  const t = spaces ? SPACE.slice() : new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
