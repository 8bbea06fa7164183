/** memoize (src/text/memo.ts): the answers of a function, each computed once, the memory bounded. */
import { describe, it, expect } from 'vitest';
import { memoize } from '../src/text/memo.js';

describe('memoize', () => {
  it('computes an answer once, false and undefined included, and starts over past its limit', () => {
    const calls: string[] = [];
    const f = memoize((k: string) => { calls.push(k); return k === 'x' ? undefined : k.length > 1; }, 3);
    expect([f('ab'), f('a'), f('x'), f('ab'), f('a'), f('x')]).toEqual([true, false, undefined, true, false, undefined]);
    expect(calls).toEqual(['ab', 'a', 'x']);
    // a fourth argument clears the three: each is computed again when met
    f('cd');
    f('ab');
    expect(calls).toEqual(['ab', 'a', 'x', 'cd', 'ab']);
  });
});
