/** Cover: the characters claimed, asked before and after any claim, with an offset. */
import { describe, it, expect } from 'vitest';
import { Cover } from '../src/text/cover.js';

describe('Cover', () => {
  it('claims nothing until marked', () => {
    const c = new Cover(10, 100);
    expect([c.any(100, 110), c.all(100, 101), c.all(100, 100), c.at(105)]).toEqual([false, false, false, false]);
    c.mark(90, 100);
    c.mark(120, 130);
    expect(c.any(100, 110)).toBe(false);
  });
  it('answers for the range marked, clipped to its length', () => {
    const c = new Cover(10, 100);
    c.mark(95, 103);
    c.mark(108, 200);
    expect([c.at(100), c.at(102), c.at(103), c.at(109), c.at(110)]).toEqual([true, true, false, true, false]);
    expect([c.any(103, 108), c.any(103, 109), c.all(100, 103), c.all(100, 104), c.all(108, 110), c.all(108, 111), c.all(99, 101)])
      .toEqual([false, true, true, false, true, false, false]);
  });
});
