/**
 * Linear time of the agreement extractor: the shapes that once made it
 * quadratic (a sector list read again for every signing, every lead read to
 * the sentence's end, the text before each signing scanned again), repeated to
 * 64 KB and to 1 MB. Sixteen times the input may take at most 24 times as long.
 * All text is invented.
 */
import { describe, it, expect } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import extractor from '../src/extract/agreements.js';
import { runExtractor } from '../src/pipeline.js';

const agreements = (a: ReturnType<typeof buildArticle>) => runExtractor(extractor, a);

const SMALL = 64 * 1024, LARGE = 1024 * 1024;
const repeat = (head: string, unit: string, size: number) => 'Ký kết hợp tác\n\n' + head + unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** CPU time of one run, in ms: a shared machine's other work does not count */
function cpu(a: ReturnType<typeof buildArticle>): { ms: number; out: ReturnType<typeof agreements> } {
  const t0 = process.cpuUsage();
  const out = agreements(a);
  const t = process.cpuUsage(t0);
  return { ms: (t.user + t.system) / 1000, out };
}

/** The best of three runs of each size, taken in turn. */
function times(small: string, large: string): { small: number; large: number; out: ReturnType<typeof agreements> } {
  const a = buildArticle('growth-small.txt', small), b = buildArticle('growth-large.txt', large);
  let s = Infinity, l = Infinity, out = agreements(b);
  agreements(a);
  for (let k = 0; k < 3; k++) {
    s = Math.min(s, cpu(a).ms);
    const r = cpu(b);
    l = Math.min(l, r.ms);
    out = r.out;
  }
  return { small: s, large: l, out };
}

describe('agreements grow linearly', () => {
  it.each([
    ['signings, each opening a sector list', '', 'ký kết thỏa thuận hợp tác trên các lĩnh vực: đầu tư, du lịch, văn hóa, '],
    ['one signing, then list openers', 'Hai bên đã ký kết thỏa thuận ', 'hợp tác trên các lĩnh vực: '],
    ['one signing, then cooperation cues', 'Hai bên đã ký kết thỏa thuận ', 'hợp tác về phát triển '],
    ['one signing, then groups of activities', 'Hai bên đã ký kết quy chế phối hợp. Quy chế gồm 3 nhóm hoạt động chính: ', 'tổ chức hội thảo, tập trung vào công tác dân số; '],
    ['one signing, then a value chain', 'Hai bên đã ký kết chương trình phối hợp ', 'sản xuất, chế biến, tiêu thụ, '],
    ['one signing, then compounds after a loose lead', 'Hai bên đã ký kết thỏa thuận ', 'hợp tác toàn diện về công tác xây dựng Đảng và hệ thống chính trị, '],
  ])('%s: 16x the text, at most 24x the time', (_name, head, unit) => {
    const r = times(repeat(head, unit, SMALL), repeat(head, unit, LARGE));
    // 5 ms of slack: a 64 KB run can be too fast to time
    expect(r.large).toBeLessThanOrEqual(24 * Math.max(r.small, 5));
    // and the output is bounded by the input: one signing, its text bounded
    expect(r.out.agreements.length).toBeLessThanOrEqual(1);
    for (const g of r.out.agreements) expect(g.text.length).toBeLessThanOrEqual(400);
  }, 120_000);
});
