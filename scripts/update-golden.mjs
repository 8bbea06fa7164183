#!/usr/bin/env node
// Writes fixtures/<group>/<case>.expected.json from the current build, for the
// fields that group is about, and the findings of fixtures/cite and
// fixtures/check through the CLI (test/helpers/golden.mjs). Review every diff
// before committing: these files are regression tests, they record what the
// code did; the behaviour is specified by the case tables in test/.
//   npm run build && node scripts/update-golden.mjs [group...]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';
import { citeFindings, ruleFindings, FIXTURE_CASES } from '../test/helpers/golden.mjs';

const GROUP_FIELDS = {
  citations: ['citations'],
  dates: ['published', 'dates', 'warnings'],
  horizons: ['horizons'],
  article: ['title', 'published', 'source', 'related', 'citations', 'dates', 'horizons'],
  html: ['title', 'published', 'source', 'related', 'citations', 'participants', 'places'],
  structure: ['title', 'published', 'publication', 'source', 'participants', 'places', 'related'],
  participants: ['participants'],
  organizations: ['organizations'],
  places: ['places'],
  priorities: ['priorities', 'warnings'],
  agreements: ['agreements', 'cooperationFields', 'warnings'],
};
const root = new URL('../fixtures/', import.meta.url).pathname;
// groups whose expected files hold findings rather than facts: <case>.txt alone, <folder>/ as a corpus
const FINDINGS_GROUPS = { cite: citeFindings };
const groups = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(root).filter((g) => GROUP_FIELDS[g] || FINDINGS_GROUPS[g] || g === 'check');
for (const g of groups) {
  if (g === 'check') { await updateCheck(); continue; }
  if (FINDINGS_GROUPS[g]) {
    for (const f of readdirSync(join(root, g), { withFileTypes: true }).filter((d) => d.isDirectory() || /\.(txt|md)$/.test(d.name))) {
      const rel = `fixtures/${g}/${f.name}`;
      const out = await FINDINGS_GROUPS[g](rel);
      const exp = join(root, g, f.name.replace(/\.(txt|md)$/, '') + '.expected.json');
      writeFileSync(exp, JSON.stringify(out, null, 2) + '\n');
      console.log('wrote', exp);
    }
    continue;
  }
  for (const f of readdirSync(join(root, g)).filter((f) => /\.(txt|md|html)$/.test(f))) {
    const file = `fixtures/${g}/${f}`;
    const facts = await extract(readFileSync(join(root, g, f), 'utf8'), { file });
    const out = Object.fromEntries(GROUP_FIELDS[g].map((k) => [k, facts[k]]));
    writeFileSync(join(root, g, f.replace(/\.(txt|md|html)$/, '.expected.json')), JSON.stringify(out, null, 2) + '\n');
    console.log('wrote', file.replace(/\.(txt|md|html)$/, '.expected.json'));
  }
}

// fixtures/check/<rule-id>/{fail,pass}.expected.json: the findings of the rule alone
async function updateCheck() {
  const repo = new URL('../', import.meta.url).pathname;
  for (const id of readdirSync(join(root, 'check')).sort()) {
    for (const c of FIXTURE_CASES) {
      const out = `fixtures/check/${id}/${c}.expected.json`;
      writeFileSync(join(repo, out), JSON.stringify(await ruleFindings(id, c), null, 2) + '\n');
      console.log('wrote', out);
    }
  }
}
