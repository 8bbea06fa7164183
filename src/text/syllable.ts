/** What a word of the language looks like: a Vietnamese syllable's shape, and the two-syllable words the lexicons hold. */
import { organizations, sectors, titles } from '../data.js';

/**
 * What a Vietnamese syllable looks like once its accents are taken off: an initial consonant (or none), one to
 * three vowels, a final consonant (or none). A Latin word that is not one is foreign: "Harvard", "Pasteur",
 * "Stanford", where "Kinh", "Minh", "Long" are Vietnamese written without their marks.
 */
export const VIET_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/i;

const ASCII_WORD = /^[A-Za-z]+$/;
const MARKS = /\p{M}/gu;
/** One word that is a Vietnamese syllable once its marks are off: "Đức", "Anh", "Nga" (not "Uruguay", "Hà Nội"). */
export const vietnameseSyllable = (w: string): boolean => VIET_SYLLABLE.test(w.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd'));
/** A word of plain Latin letters that no Vietnamese syllable is: "Stanford", "Pasteur" (not "Kinh", "Long"). */
export const foreignAscii = (w: string): boolean => ASCII_WORD.test(w) && !VIET_SYLLABLE.test(w);

/**
 * Two words that make one word of the language, as the lexicons write them in sentence case (the second
 * in lower case): "nông nghiệp", "nông dân", "quản lý", "đại biểu", "kiểm tra". Capitalised, they are that
 * word in title case ("Bộ Nông Nghiệp và Phát Triển Nông Thôn", "Hội Nông Dân"), not a family name ("Nông")
 * and a given name. Read off the sectors', the organizations' and the titles' phrases.
 */
export const COMPOUNDS = new Set<string>();
{
  const o = organizations(), t = titles(), sec = sectors();
  const phrases = [...Object.keys(o.names), ...Object.keys(o.heads), ...o.unitNames, ...o.phraseWords, ...t.heads, ...t.completeHeads,
    ...sec.sectors.flatMap((x) => [x.label, ...x.variants, ...x.labels]), ...sec.compounds.map((c) => c.phrase)];
  for (const p of phrases) {
    const ws = p.split(' ');
    for (let k = 1; k < ws.length; k++) if (/^\p{Ll}+$/u.test(ws[k]) && /^\p{L}+$/u.test(ws[k - 1])) COMPOUNDS.add(`${ws[k - 1].toLowerCase()} ${ws[k]}`);
  }
}
