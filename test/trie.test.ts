/** PhraseTrie finds what the regex of the same phrases (phrasesRe + wordMatches) finds, faster. */
import { describe, it, expect } from 'vitest';
import { PhraseTrie } from '../src/text/trie.js';
import { codeUnitTable } from '../src/text/chars.js';
import { phrasesRe, wordMatches } from '../src/text/regex.js';

const PHRASES = ['Hà Nội', 'Hà Nam', 'Hà', 'Bộ Công an', 'Bộ', 'tỉnh ủy', 'Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'TP.HCM', 'Đông Bắc', 'Đông Bắc Á'];
const trie = new PhraseTrie(PHRASES);
const RE = phrasesRe(PHRASES, 'gu');
const STICKY = phrasesRe(PHRASES, 'uy');

const byRegex = (text: string, from = 0, to = text.length) => [...wordMatches(RE, text, from, to)].map((m) => [m.index, m.index + m[0].length]);
const byTrie = (text: string, from = 0, to = text.length) => {
  const flat = trie.matches(text, from, to);
  const out: number[][] = [];
  for (let k = 0; k < flat.length; k += 3) {
    // the phrase a match names is its text with each run of white space one space
    expect(trie.phrases[flat[k + 2]]).toBe(text.slice(flat[k], flat[k + 1]).replace(/\s+/g, ' '));
    out.push([flat[k], flat[k + 1]]);
  }
  return out;
};

describe('PhraseTrie', () => {
  it.each([
    ['ở Hà Nội hôm nay', ['Hà Nội']],
    ['Hà  Nội và Hà\nNam', ['Hà  Nội', 'Hà\nNam']],
    ['Hà\u00a0Nội', ['Hà\u00a0Nội']],
    // the longest phrase that ends at a word edge: "Hà Nộii" is none, "Hà" is
    ['Hà Nộii', ['Hà']],
    ['Hàm Bộ', ['Bộ']],
    ['xBộ Công an', []],
    ['Bộ Công anh', ['Bộ']],
    ['Bà Rịa-Vũng Tàu, Bà Rịa  -  Vũng Tàu', ['Bà Rịa-Vũng Tàu', 'Bà Rịa  -  Vũng Tàu']],
    ['TP.HCM và tỉnh ủy', ['TP.HCM', 'tỉnh ủy']],
    ['Đông Bắc Á', ['Đông Bắc Á']],
    // a letter written as a surrogate pair is a letter after a phrase
    ['Hà𝐀', []],
  ])('%s', (text, want) => {
    expect(byTrie(text).map(([s, e]) => text.slice(s, e))).toEqual(want);
    expect(byTrie(text)).toEqual(byRegex(text));
  });

  it('gives way to a shorter phrase where its own end says no, as a regex lookahead backtracks', () => {
    const noAsia = new PhraseTrie(PHRASES.filter((p) => p !== 'Đông Bắc Á'), (text, e) => !/^[\p{L}\p{M}\p{N}]|^\s+Á/u.test(text.slice(e)));
    expect(noAsia.matchAt('Đông Bắc Á', 0)).toBe(-1);
    expect(noAsia.matchAt('Hà Nội Á', 0)).toBe(2);
    expect(noAsia.matchAt('Hà Nội.', 0)).toBe(6);
  });

  it('agrees with the regex on long generated texts, over windows, and at every position', () => {
    const pieces = ['Hà', 'Nội', 'Nam', 'Bộ', 'Công', 'an', 'tỉnh', 'ủy', 'Bà', 'Rịa', '-', 'Vũng', 'Tàu', 'TP', '.', 'HCM', 'Đông', 'Bắc', 'Á', 'x', 'ở', ',', '1'];
    const gaps = [' ', ' ', ' ', '  ', '\n', '\u00a0', '', ', '];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 20; round++) {
      let text = '';
      while (text.length < 5000) text += pieces[rand(pieces.length)] + gaps[rand(gaps.length)];
      expect(byTrie(text)).toEqual(byRegex(text));
      const from = rand(2500), to = from + rand(2500);
      expect(byTrie(text, from, to)).toEqual(byRegex(text, from, to));
      expect(byTrie(text, from, from + 40)).toEqual(byRegex(text, from, from + 40));
      for (let i = 0; i < 300; i++) {
        STICKY.lastIndex = i;
        const m = STICKY.exec(text);
        expect(trie.matchAt(text, i), `at ${i}`).toBe(m ? i + m[0].length : -1);
      }
    }
  });
});

describe('codeUnitTable', () => {
  it.each(['\\s', '[\\p{L}\\p{M}\\p{N}]', '\\p{Lu}'])('holds the code units %s matches, one at a time', (cls) => {
    const table = codeUnitTable(cls);
    const one = new RegExp(`^${cls}$`, 'u');
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (table[c] !== (one.test(String.fromCharCode(c)) ? 1 : 0)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
    expect(table.some((v) => v === 1)).toBe(true);
  });
});
