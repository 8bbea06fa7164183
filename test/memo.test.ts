/** memoize (src/text/memo.ts): the answers of a function, each computed once, the memory bounded. */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
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
  it('keeps no text alive through a key cut from it', () => {
    // 200 pages of 100,000 characters, a name cut from each remembered: the pages go once the run drops them (the
    // keys alone are a few kilobytes; kept as slices, they would hold all 20 MB). In a process of its own, for its gc.
    const script = `
      const { memoize } = await import(${JSON.stringify(new URL('../dist/text/memo.js', import.meta.url).href)});
      const f = memoize((k) => k.length, 1000);
      for (let i = 0; i < 200; i++) { const page = String(i).padStart(4, '0') + 'x'.repeat(100000); f(page.slice(0, 30)); }
      globalThis.gc(); globalThis.gc();
      process.stdout.write(String(process.memoryUsage().heapUsed));`;
    const used = Number(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(used).toBeLessThan(15e6);
  });
});
