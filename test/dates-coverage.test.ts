/**
 * Date coverage against a peer's corpus: Duckling's Vietnamese time examples that name an absolute
 * day or month (read from ../shared/peer when present, never copied here), else our own phrases of
 * the same forms (fixtures/dates/coverage-own.json). See scripts/date-coverage.mjs for the method.
 */
import { describe, it, expect } from 'vitest';
import { extract } from '../src/index.js';
// @ts-expect-error plain JS shared with scripts/eval-dates.mjs
import { TEMPLATES, coverage, loadPairs } from '../scripts/date-coverage.mjs';

const { source, file, pairs } = loadPairs() as { source: string; file: string; pairs: Array<[string, string]> };
// a bare d/m ("7/3") is a date only where the sentence makes it one
const bare = (p: string) => /^\d{1,2}\/\d{1,2}$/.test(p);

describe(`date coverage (${source === 'duckling' ? 'Duckling corpus' : 'own phrases: ../shared/peer not found'}: ${file})`, () => {
  it('reads at least 27 of 29 peer examples, or our own list', () => {
    if (source === 'duckling') expect(pairs.length).toBe(29);
    else console.info(`date coverage: ../shared/peer not found, measuring our own ${pairs.length} phrases instead`);
    expect(pairs.length).toBeGreaterThan(20);
  });
  it('as the sentence itself: every phrase but a bare d/m', async () => {
    const { missed } = await coverage(extract, pairs, TEMPLATES.neutral);
    expect(missed.map((m: { phrase: string }) => m.phrase).filter((p: string) => !bare(p))).toEqual([]);
    expect(pairs.length - missed.length).toBeGreaterThanOrEqual(source === 'duckling' ? 27 : pairs.length - pairs.filter(([p]) => bare(p)).length);
  });
  it('after an event verb: every phrase, a bare d/m too', async () => {
    const { missed } = await coverage(extract, pairs, TEMPLATES.event);
    expect(missed).toEqual([]);
  });
});
