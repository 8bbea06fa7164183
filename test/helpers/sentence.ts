/**
 * One invented sentence as a whole article, for the extractors' case tables:
 * a headline, a publication date (Thứ Năm, 15/06/2023) and the sentence as
 * the body, extracted through the public API as a user would.
 */
import { describe, it, expect } from 'vitest';
import { extract } from '../../src/index.js';
import type { ArticleFacts } from '../../src/index.js';

export const PUBLISHED = 'Thứ Năm, 15/06/2023 10:00';

export function factsOf(sentence: string): Promise<ArticleFacts> {
  return extract(`Tin hoạt động của tỉnh trong tuần\n${PUBLISHED}\n\n${sentence}\n`, { file: 't.txt' });
}

/** ` +n` when a fact is mentioned n more times, else nothing */
export const more = (f: { mentions: unknown[] }) => (f.mentions.length ? ` +${f.mentions.length}` : '');

type Field = 'horizons' | 'places' | 'organizations' | 'citations';

/** One test per case: the sentence's facts of `field`, each shown as one line, are exactly `want`. */
export function caseTable<F extends Field>(field: F, show: (fact: ArticleFacts[F][number]) => string, cases: Array<[string, string[]]>): void {
  describe(`${field}: one line per form`, () => {
    for (const [sentence, want] of cases) {
      it(sentence, async () => expect((await factsOf(sentence))[field].map((f) => show(f as ArticleFacts[F][number]))).toEqual(want));
    }
  });
}
