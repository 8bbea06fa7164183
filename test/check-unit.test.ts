/** Pieces of linkage check: ignore globs, MinHash/LSH, and edge cases of the text rules. */
import { describe, it, expect } from 'vitest';
import { ignoreMatcher } from '../src/ingest/glob.js';
import { BANDS, candidatePairs, signature, similarity, wordHashes } from '../src/check/minhash.js';
import { parseArticle } from '../src/index.js';
import { ArticleWork, extractFacts } from '../src/pipeline.js';
import type { ArticleRule, Problem } from '../src/check/rule.js';
import mojibake from '../src/check/rules/encoding-mojibake.js';
import tones from '../src/check/rules/tone-placement-mixed.js';
import nfd from '../src/check/rules/unicode-nfd.js';

async function run(rule: ArticleRule, text: string): Promise<Problem[]> {
  const article = await parseArticle(text, { file: 't.txt' });
  const out: Problem[] = [];
  const work = new ArticleWork(article);
  rule.check({ article, facts: extractFacts(article, { fields: rule.needs }, work), work, options: { ...rule.options }, registry: null }, (p) => out.push(p));
  return out;
}

describe('ignore globs', () => {
  const m = (g: string, p: string) => ignoreMatcher([g])(p);
  it('match like .gitignore', () => {
    expect(m('drafts/', 'drafts/a.txt')).toBe(true);
    expect(m('drafts/', 'x/drafts/a.txt')).toBe(true);
    expect(m('*.draft.md', 'a/b/c.draft.md')).toBe(true);
    expect(m('corpus/*.txt', 'corpus/a.txt')).toBe(true);
    expect(m('corpus/*.txt', 'corpus/sub/a.txt')).toBe(false);
    expect(m('corpus/**/*.txt', 'corpus/sub/deep/a.txt')).toBe(true);
    expect(m('corpus/**/*.txt', 'corpus/a.txt')).toBe(true);
    expect(m('{old,tmp}/', 'tmp/a.md')).toBe(true);
    expect(m('a?.txt', 'ab.txt')).toBe(true);
    expect(m('a.txt', 'b.txt')).toBe(false);
  });
});

describe('MinHash and LSH', () => {
  const text = Array.from({ length: 200 }, (_, i) => `từ${i % 37} câu${i % 11} số${i}`).join(' ');
  it('estimates similarity: identical 1, small edits high, unrelated low', () => {
    const a = signature(wordHashes(text), 5);
    expect(similarity(a, signature(wordHashes(text), 5))).toBe(1);
    expect(similarity(a, signature(wordHashes(text.replace('số100', 'số một trăm')), 5))).toBeGreaterThan(0.9);
    expect(similarity(a, signature(wordHashes(text.split(' ').reverse().join(' ')), 5))).toBeLessThan(0.2);
  });
  it('hashes each word as the word pattern reads it, in lower case (marks, digits, letters beyond the BMP, lone surrogates)', () => {
    const fnv = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193); return h >>> 0; };
    const pieces = ['Hà', 'Nội', 'ĐÀ', 'ne\u0301', '37-NQ/TW', ' ', ',', '\n', '𠀧', '\ud800', '\udc00', 'x', '2025', '–', '\u00a0'];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let t = '';
      for (let k = 0; k < 12; k++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; t += pieces[seed % pieces.length]; }
      expect(wordHashes(t), JSON.stringify(t)).toEqual((t.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(fnv));
    }
  });
  it('compares a huge bucket linearly, not every pair', () => {
    const sig = signature(wordHashes(text), 5);
    const pairs = [...candidatePairs(Array.from({ length: 2000 }, () => sig))];
    // at most 32 comparisons per member and band: linear in the corpus, never 2000² / 2
    expect(pairs.length).toBeLessThanOrEqual(2000 * 32 * BANDS);
    expect(pairs.length).toBeGreaterThan(0);
  });
});

describe('text rules: edge cases', () => {
  it('encoding-mojibake: real capitals with tildes are not mojibake; U+FFFD is reported', async () => {
    expect(await run(mojibake, 'Tiêu đề\nNGÃ BA ĐÃ «XONG», NGÃ TƯ CHƯA.\n')).toEqual([]);
    const r = await run(mojibake, 'Tiêu đề\nHà N\ufffdi và Đ\ufffd Nẵng\n');
    expect(r).toHaveLength(1);
    expect(r[0].message).toMatch(/^2 replacement characters/);
    expect(r[0].span).toMatchObject({ line: 2, column: 5 });
  });
  it('tone-placement-mixed: one style alone is fine, in either convention and in NFD', async () => {
    expect(await run(tones, 'Tỉnh uỷ họp\nbảo đảm hoà bình, quý vị\n')).toEqual([]);
    expect(await run(tones, 'Tỉnh ủy họp\nbảo đảm hòa bình, quý vị\n')).toEqual([]);
    const r = await run(tones, 'Tỉnh uỷ họp\r\nbảo đảm hòa bình và hòa hợp\r\n'.normalize('NFD'));
    expect(r).toHaveLength(1);
    expect(r[0].message).toBe('mixes old-style tone placement ("uỷ", 1×) with new-style ("hòa", 2×)');
    // columns count code points as on disk: "Tỉnh " is 6 of them in NFD
    expect(r[0].span).toMatchObject({ line: 1, column: 7 });
  });
  it('unicode-nfd: counts decomposed letters and points at the first', async () => {
    const r = await run(nfd, `Tiêu đề\nabc ${'Việt'.normalize('NFD')}\n`);
    expect(r[0].message).toBe('file is not in Unicode NFC: 1 decomposed letter (convert it to NFC)');
    expect(r[0].span).toMatchObject({ line: 2, column: 7, end: 17 }); // "ệ" = e + U+0302 + U+0323
    expect(await run(nfd, 'Tiêu đề\nViệt\n')).toEqual([]);
  });
});
