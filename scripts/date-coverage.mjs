// Date coverage against a list of [phrase, expected ISO value] pairs: each phrase is put in a
// one-sentence article published 02/02/2017 03:55 and counts as found when a date fact (not the
// publication date) has the expected value; for a phrase without a year, the month and day.
// The peer list is Duckling's Vietnamese corpus (facebook/duckling, Duckling/Time/VI/Corpus.hs, BSD),
// read from ../shared/peer when present and never copied here; without it, our own list of the same forms.
// Shared by scripts/eval-dates.mjs and test/dates-coverage.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const PEER_FILE = 'peer/duckling-vi-absolute.json';
const OWN_FILE = join(ROOT, 'fixtures/dates/coverage-own.json');

/** Where ../shared is: $LINKAGE_SHARED when set (only there), else beside the checkout or beside the worktree folder. */
export function sharedDir() {
  const dirs = process.env.LINKAGE_SHARED ? [process.env.LINKAGE_SHARED] : [join(ROOT, '../shared'), join(ROOT, '../../shared')];
  return dirs.find((d) => existsSync(join(d, PEER_FILE))) ?? null;
}

/** The pairs to measure: the peer's when present, else our own; with where they came from. */
export function loadPairs() {
  const dir = sharedDir();
  if (dir) return { source: 'duckling', file: join(dir, PEER_FILE), pairs: JSON.parse(readFileSync(join(dir, PEER_FILE), 'utf8')) };
  return { source: 'own', file: OWN_FILE, pairs: JSON.parse(readFileSync(OWN_FILE, 'utf8')).pairs };
}

export const PUBLISHED = '02/02/2017 03:55';
/**
 * neutral: the phrase opens a sentence with no word that makes it a date (a line that is only a
 * date would be read as the article's dateline); event: after an event verb, which makes a bare 7/3 a date
 */
export const TEMPLATES = {
  neutral: (p) => `${p[0].toLocaleUpperCase('vi')}${p.slice(1)} được nhắc lại trong báo cáo.`,
  event: (p) => `Hội nghị diễn ra ${p}.`,
};

const hasYear = (phrase) => /năm\s+\d{4}|\d\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}/iu.test(phrase);

/** Is `phrase` found with `want`? The facts are the article's dates other than the publication. */
export function matches(phrase, want, dates) {
  const year = hasYear(phrase);
  return dates.some((d) => d.role !== 'published' && d.value != null && d.value.length === want.length
    && (year ? d.value === want : d.value.slice(5) === want.slice(5)));
}

/** Runs `extract` on each pair in the template: the found and missed phrases. */
export async function coverage(extract, pairs, template) {
  const found = [], missed = [];
  for (const [phrase, want] of pairs) {
    const text = `Tin hội nghị\n${PUBLISHED}\n\n${template(phrase)}\n`;
    const facts = await extract(text, { file: 'coverage.txt' });
    (matches(phrase, want, facts.dates) ? found : missed).push({ phrase, want, got: facts.dates.filter((d) => d.role !== 'published').map((d) => d.value) });
  }
  return { found, missed };
}
