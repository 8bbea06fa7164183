/** A pattern tried only where a finder says it can start (src/text/sticky.ts) finds what a search finds. */
import { describe, it, expect } from 'vitest';
import { findStarts, matchesAt } from '../src/text/sticky.js';
import { charTable } from '../src/text/chars.js';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
const at = (re: RegExp, text: string, starts: number[]) => [...matchesAt(re, text, starts)].map((m) => [m.index, m[0]]);

// [pattern (global), finder (global): every place a match can start, text] — invented text
const CASES: Array<[RegExp, RegExp, string]> = [
  // a lookbehind first: tried at the digit runs alone
  [/(?<![\p{L}\d])\d{1,2}\/\d{1,2}/gu, /\d{1,2}(?=\/)/g, 'họp ngày 7/3 và 12/10, mã A7/3, số 123/4 và 5/6/7'],
  // matches that would overlap: the search goes on from the end of the last one
  [/\d+-\d+/g, /\d+(?=-)/g, '1-2-3-4 và 10-20'],
  // a start inside a match is passed over, as the search passes it
  [/ab+a/g, /a/g, 'abba abbba aba'],
  // no candidate, no match
  [/\d{4}/g, /\d/g, 'không có năm nào'],
];

describe('matchesAt', () => {
  for (const [re, finder, text] of CASES) {
    it(`${re.source} in "${text}"`, () => {
      const sticky = new RegExp(re.source, re.flags.replace('g', 'y'));
      expect(at(sticky, text, findStarts(finder, text))).toEqual(all(re, text));
    });
  }
  it('tries only the positions given', () => {
    expect(at(/\d/y, 'a1b2c3', [1, 5])).toEqual([[1, '1'], [5, '3']]);
  });
});

describe('findStarts', () => {
  it('lists where the finder matches, the array given emptied first', () => {
    const out = [99];
    expect(findStarts(/\d+/g, 'a12 b3', out)).toBe(out);
    expect(out).toEqual([1, 5]);
  });
  it('moves past an empty match', () => {
    expect(findStarts(/(?=b)/g, 'abab')).toEqual([1, 3]);
  });
});

describe('charTable', () => {
  it('marks the characters given, and with spaces what \\s matches', () => {
    const t = charTable('ađ', true);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (t[c] !== (ch === 'a' || ch === 'đ' || /\s/.test(ch) ? 1 : 0)) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    expect(charTable('x')[' '.charCodeAt(0)]).toBe(0);
  });
});
