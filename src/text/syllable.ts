/**
 * What a Vietnamese syllable looks like once its accents are taken off: an initial consonant (or none), one to
 * three vowels, a final consonant (or none). A Latin word that is not one is foreign: "Harvard", "Pasteur",
 * "Stanford", where "Kinh", "Minh", "Long" are Vietnamese written without their marks.
 */
export const VIET_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/i;

const ASCII_WORD = /^[A-Za-z]+$/;
/** A word of plain Latin letters that no Vietnamese syllable is: "Stanford", "Pasteur" (not "Kinh", "Long"). */
export const foreignAscii = (w: string): boolean => ASCII_WORD.test(w) && !VIET_SYLLABLE.test(w);
