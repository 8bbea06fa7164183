#!/usr/bin/env node
// Date coverage against Duckling's Vietnamese corpus (see scripts/date-coverage.mjs), in two
// sentences: the phrase alone, and after an event verb. Prints the figures and the misses;
// with --write, puts them in README.md between the eval-dates markers.
//   npm run eval-dates [-- --write]
import { readFileSync, writeFileSync } from 'node:fs';
import { extract } from '../dist/index.js';
import { TEMPLATES, PUBLISHED, coverage, loadPairs } from './date-coverage.mjs';

const { source, pairs } = loadPairs();
const res = {};
for (const [name, t] of Object.entries(TEMPLATES)) res[name] = await coverage(extract, pairs, t);
const n = pairs.length;
const what = source === 'duckling'
  ? `the ${n} examples of Duckling's Vietnamese time corpus (facebook/duckling, \`Duckling/Time/VI/Corpus.hs\`, BSD) that name an absolute day or month`
  : `our own ${n} phrases of the same forms (\`fixtures/dates/coverage-own.json\`; the Duckling list in ../shared/peer was not found)`;
const missList = (r) => r.missed.map((m) => `\`${m.phrase}\``).join(', ') || 'none';
const text = [
  `Dates: of ${what}, each put in a one-sentence article published \`${PUBLISHED}\`,`,
  `\`linkage extract\` finds **${res.neutral.found.length} of ${n}** with the right value when the phrase opens a sentence (\`… được nhắc lại trong báo cáo.\`)`,
  `(missed: ${missList(res.neutral)}), and ${res.event.found.length} of ${n} after an event verb (\`Hội nghị diễn ra …\`; missed: ${missList(res.event)}).`,
  'A phrase without a year counts when the month and day are right. A bare `7/3` is a date only where the',
  'sentence makes it one, so alone it is rightly no date. Produced by `npm run eval-dates -- --write`.',
].join('\n');
console.log(text);
for (const [name, r] of Object.entries(res)) for (const m of r.missed) console.log(`  ${name} missed: ${m.phrase} → want ${m.want}, got ${JSON.stringify(m.got)}`);
if (process.argv.includes('--write')) {
  const readme = new URL('../README.md', import.meta.url);
  const old = readFileSync(readme, 'utf8');
  const re = /(<!-- eval-dates -->\n)[\s\S]*?(<!-- \/eval-dates -->)/;
  if (!re.test(old)) { console.error('linkage: README.md: no <!-- eval-dates --> block'); process.exit(1); }
  writeFileSync(readme, old.replace(re, (_, a, b) => `${a}${text}\n${b}`));
}
