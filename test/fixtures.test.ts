/**
 * Golden fixtures: fixtures/<group>/<case>.txt|.md beside <case>.expected.json.
 * The keys of the expected file are the fields compared, exactly, spans included.
 * These are regression tests: scripts/update-golden.mjs writes the expected
 * files from the current build. What each extractor must do is specified by
 * its table of one-line cases (test/dates, horizons, places, organizations,
 * citations, names, agreements .test.ts).
 * fixtures/check holds rule fixtures instead (test/check-rules.test.ts).
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';

const root = new URL('../fixtures/', import.meta.url).pathname;
// groups with their own tests: findings (test/cite.test.ts, test/check-rules.test.ts), gold facts (test/accuracy.test.ts)
const FINDINGS_GROUPS = new Set(['cite', 'check', 'accuracy']);
for (const group of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !FINDINGS_GROUPS.has(d.name)).map((d) => d.name)) {
  describe(`fixtures/${group}`, () => {
    for (const f of readdirSync(join(root, group)).filter((f) => /\.(txt|md|html)$/.test(f))) {
      const exp = join(root, group, f.replace(/\.(txt|md|html)$/, '.expected.json'));
      it(f, async () => {
        expect(existsSync(exp), `${exp} is missing`).toBe(true);
        const expected = JSON.parse(readFileSync(exp, 'utf8'));
        const facts: Record<string, unknown> = await extract(readFileSync(join(root, group, f), 'utf8'), { file: `fixtures/${group}/${f}` }) as any;
        const got = Object.fromEntries(Object.keys(expected).map((k) => [k, facts[k]]));
        expect(got).toEqual(expected);
      });
    }
  });
}
