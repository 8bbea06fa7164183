/**
 * Linear time of the agreement extractor: the shapes that once made it
 * quadratic (a sector list read again for every signing, every lead read to
 * the sentence's end, the text before each signing scanned again), repeated to
 * 64 KB and to 1 MB. Sixteen times the input may take at most 24 times as long.
 * All text is invented.
 */
import { describe, it, expect } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { agreements } from '../src/extract/agreements.js';

const SMALL = 64 * 1024, LARGE = 1024 * 1024;
const repeat = (head: string, unit: string, size: number) => 'Ký kết hợp tác\n\n' + head + unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** the best of a few runs, in ms: a shared machine's noise only ever adds time */
function time(text: string, runs: number): { ms: number; out: ReturnType<typeof agreements> } {
  const a = buildArticle('growth.txt', text);
  let ms = Infinity, out = agreements(a);
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    out = agreements(a);
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, out };
}

describe('agreements grow linearly', () => {
  it.each([
    ['signings, each opening a sector list', '', 'ký kết thỏa thuận hợp tác trên các lĩnh vực: đầu tư, du lịch, văn hóa, '],
    ['one signing, then list openers', 'Hai bên đã ký kết thỏa thuận ', 'hợp tác trên các lĩnh vực: '],
    ['one signing, then cooperation cues', 'Hai bên đã ký kết thỏa thuận ', 'hợp tác về phát triển '],
  ])('%s: 16x the text, at most 24x the time', (_name, head, unit) => {
    const small = time(repeat(head, unit, SMALL), 3);
    const large = time(repeat(head, unit, LARGE), 2);
    // 5 ms of slack: a 64 KB run can be too fast to time
    expect(large.ms).toBeLessThanOrEqual(24 * Math.max(small.ms, 5));
    // and the output is bounded by the input: one signing, its sectors said once each
    expect(large.out.agreements.length).toBeLessThanOrEqual(1);
    for (const g of large.out.agreements) expect(g.text.length).toBeLessThanOrEqual(400);
  }, 120_000);
});
