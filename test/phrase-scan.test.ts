/** The code-unit readings of a phrase's capitalised word and its lower-case second syllable agree with their patterns. */
import { describe, it, expect } from 'vitest';
import { capitalWordEnd, secondSyllable } from '../src/text/phrase.js';

const CAP = /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[.\-/&][\p{L}\p{N}]+)*/uy;
const SECOND = /[ \u00a0]+([\p{Ll}][\p{Ll}\p{M}]*)(?![\p{L}\p{M}\p{N}])/uy;

// capitals, lower case, a combining mark, digits, joiners, spaces, astral letters (𝐀 upper, 𝐚 lower), an emoji
const PIECES = ['B', 'Đ', 'Ộ', 'k', 'ế', 'u', '\u0301', '1', '.', '-', '/', '&', ',', ' ', '\u00a0', '\n', '𝐀', '𝐚', '😀', 'x'];

describe('phrase scanning by code unit', () => {
  it.each([
    ['Bộ Ngoại giao', 0, 2, null],
    ['Kinh tế Trung ương', 0, 4, [5, 7]],
    ['TP.HCM và', 0, 6, [7, 9]],
    ['KH&CN, Bộ', 0, 5, null],
    ['Kinh tế2', 0, 4, null],
  ] as const)('%s', (text, at, cap, second) => {
    expect(capitalWordEnd(text, at)).toBe(cap);
    expect(secondSyllable(text, cap)).toEqual(second);
  });

  it('agrees with the patterns at every capital and every space of generated texts', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 300; round++) {
      let text = '';
      while (text.length < 60) text += PIECES[rand(PIECES.length)];
      for (let p = 0; p < text.length; p++) {
        if (/^\p{Lu}/u.test(text.slice(p))) {
          CAP.lastIndex = p;
          const m = CAP.exec(text);
          expect(capitalWordEnd(text, p), `${JSON.stringify(text)} at ${p}`).toBe(m ? p + m[0].length : -1);
        }
        SECOND.lastIndex = p;
        const s = SECOND.exec(text);
        expect(secondSyllable(text, p), `${JSON.stringify(text)} at ${p}`).toEqual(s ? [p + s[0].length - s[1].length, p + s[0].length] : null);
      }
    }
  });
});
