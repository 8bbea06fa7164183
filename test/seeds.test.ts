/** The two sample articles in corpus/ yield what the spec asks of them. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import { checkArticle } from './helpers/seeds-check.js';

const expected = JSON.parse(readFileSync(new URL('./seeds.expected.json', import.meta.url), 'utf8'));
/** the fields built so far; each issue adds its own */
export const BUILT = ['title', 'published', 'source', 'citations', 'dates', 'horizons', 'participants', 'organizations', 'places', 'priorities', 'agreements', 'related'];

for (const name of Object.keys(expected).filter((k) => !k.startsWith('_'))) {
  describe(name, () => {
    const text = readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');
    for (const field of BUILT) {
      if (expected[name][field] === undefined) continue;
      it(field, async () => {
        const facts = await extract(text, { file: `corpus/${name}` });
        expect(checkArticle(facts, expected[name], [field])).toEqual([]);
      });
    }
  });
}
