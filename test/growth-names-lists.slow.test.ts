/**
 * Linear time of the name finder, participants and enumerations: each shape
 * that once made them quadratic, repeated to 64 KB and to 1 MB (16 times
 * more), must take at most 24 times the CPU time, and give output bounded by
 * a multiple of its input (an item's text ends at the next list).
 */
import { describe, it, expect } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { extractFacts } from '../src/pipeline.js';
import type { FactField } from '../src/types.js';

interface Shape { name: string; unit: string; fields: FactField[] }
const SHAPES: Shape[] = [
  // one name again and again, commas only: one sentence of people (mentions, short references, roles)
  { name: 'names in one sentence', unit: 'Trần Tuấn Anh, ', fields: ['participants', 'places'] },
  // a family name then capitalised syllables without end: one run of capitalised words
  { name: 'one long capitalised run', unit: 'Nguyễn Văn Hải Bình Minh Tâm ', fields: ['participants', 'places'] },
  // items with a run of commas, lists one after another in one paragraph
  { name: 'commas inside items', unit: `Thứ nhất, x${','.repeat(200)}x. Thứ hai, y. `, fields: ['priorities'] },
  // numbered lines, each pair a list
  { name: 'numbered lines', unit: '1. a\n2. b\n', fields: ['priorities'] },
  // word-marked lists one after another in one paragraph
  { name: 'lists in one paragraph', unit: 'Thứ nhất, a. Thứ hai, b. ', fields: ['priorities'] },
  // lower-case items in one sentence, no sentence end anywhere
  { name: 'clause items without end', unit: 'thứ nhất là a; thứ hai là b; ', fields: ['priorities', 'participants'] },
];

function run(shape: Shape, size: number): { cpu: number; out: number; items: number } {
  const body = shape.unit.repeat(Math.ceil(size / shape.unit.length));
  const t0 = process.cpuUsage();
  const facts = extractFacts(buildArticle('g.txt', `Tiêu đề\n\n${body}\n`), { fields: shape.fields });
  const t = process.cpuUsage(t0);
  const items = facts.priorities.reduce((n, e) => n + e.items.reduce((m, it) => m + it.text.length, 0) + (e.intro?.length ?? 0), 0);
  return { cpu: (t.user + t.system) / 1000, out: JSON.stringify(facts).length, items };
}

describe('growth from 64 KB to 1 MB', () => {
  for (const shape of SHAPES) {
    it(shape.name, () => {
      run(shape, 16e3); // warm the compiled patterns and the JIT
      const small = Math.min(run(shape, 64e3).cpu, run(shape, 64e3).cpu);
      const big = run(shape, 1024e3);
      expect(big.cpu / Math.max(small, 5)).toBeLessThanOrEqual(24);
      expect(big.out).toBeLessThanOrEqual(64 * 1024e3);
      // the text of items and intros is bounded by the text they come from
      expect(big.items).toBeLessThanOrEqual(2 * 1024e3);
    }, 120_000);
  }
});
