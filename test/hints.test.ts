/** Word hints: every occurrence of the words, as a regex of them finds them, and the per-stretch test the extractors gate on. */
import { describe, it, expect } from 'vitest';
import { WordHints, hintWithin } from '../src/extract/hints.js';

const WORDS = ['như', 'nhóm', 'ngành', 'lĩnh vực', 'trao', 'Trao', 'ký', 'Ký', 'thỏa thuận', 'ao'];
const TEXTS = [
  'Hai bên trao đổi, ký kết thỏa thuận hợp tác trên các lĩnh vực như du lịch.',
  'Trao tặng bằng khen; đăng ký; Ký kết; nhưng nhóm ngànhư xã hội.',
  'không có từ nào ở đây',
  'nhưnhưnhư traoao ký',
  '',
];

/** every (start, end) a regex of one word finds, stepping one past each start */
function byRegex(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const w of WORDS) for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) out.push([i, i + w.length]);
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

describe('WordHints', () => {
  const hints = new WordHints(WORDS);
  it.each(TEXTS)('finds every occurrence in %j', (t) => {
    const h = hints.in(t);
    expect(h.starts.map((s, i) => [s, h.ends[i]])).toEqual(byRegex(t));
    expect(hints.any(t)).toBe(byRegex(t).length > 0);
  });

  it('tells whether a word lies wholly inside a stretch', () => {
    const t = TEXTS[0];
    const h = hints.in(t);
    for (let s = 0; s <= t.length; s += 3) {
      for (let e = s; e <= t.length; e += 5) {
        const slice = t.slice(s, e);
        expect(hintWithin(h, s, e), `${s}-${e}`).toBe(WORDS.some((w) => slice.includes(w)));
      }
    }
  });
});
