#!/usr/bin/env node
// Writes fixtures/<group>/<case>.expected.json from the current build, for the
// fields that group is about. Review every diff before committing: the
// expected files are the tests' answers.
//   npm run build && node scripts/update-golden.mjs [group...]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';

const GROUP_FIELDS = {
  citations: ['citations'],
  dates: ['published', 'dates', 'warnings'],
  horizons: ['horizons'],
  article: ['title', 'published', 'source', 'related', 'citations', 'dates', 'horizons'],
  participants: ['participants'],
  organizations: ['organizations'],
  places: ['places'],
  priorities: ['priorities', 'warnings'],
  agreements: ['agreements', 'cooperationFields', 'warnings'],
};
const root = new URL('../fixtures/', import.meta.url).pathname;
const groups = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(root).filter((g) => GROUP_FIELDS[g]);
for (const g of groups) {
  for (const f of readdirSync(join(root, g)).filter((f) => /\.(txt|md|html)$/.test(f))) {
    const file = `fixtures/${g}/${f}`;
    const facts = await extract(readFileSync(join(root, g, f), 'utf8'), { file });
    const out = Object.fromEntries(GROUP_FIELDS[g].map((k) => [k, facts[k]]));
    writeFileSync(join(root, g, f.replace(/\.(txt|md|html)$/, '.expected.json')), JSON.stringify(out, null, 2) + '\n');
    console.log('wrote', file.replace(/\.(txt|md|html)$/, '.expected.json'));
  }
}
