#!/usr/bin/env node
// How much of a run is the cost of a cold thread: the same files extracted and rendered as JSONL in one
// process, pass after pass, with the CPU time of each pass. The first pass pays for V8 compiling and
// optimising the extractors and for the lexicons' memories filling; later passes show the work itself.
//   node --interrupt-budget=1000000 scripts/warm-passes.mjs DIR [FILES] [PASSES]
// Not a test: it reports, it asserts nothing. (Run `npm run build` first: it reads dist/.)
import { resolve } from 'node:path';

const [dir, files = 'all', passes = '2'] = process.argv.slice(2);
if (!dir) { console.error('usage: scripts/warm-passes.mjs DIR [FILES|all] [PASSES]'); process.exit(2); }
const root = new URL('../dist/', import.meta.url);
const { readArticle } = await import(new URL('ingest/articles.js', root));
const { expandPaths } = await import(new URL('ingest/paths.js', root));
const { extractFacts } = await import(new URL('pipeline.js', root));
const { loadFormat } = await import(new URL('report/index.js', root));
const { FACT_FIELDS } = await import(new URL('types.js', root));

const { inputs } = expandPaths([resolve(dir)]);
const chosen = files === 'all' ? inputs : inputs.slice(0, +files);
const jsonl = await loadFormat('jsonl', { fields: FACT_FIELDS, color: false });
for (let pass = 0; pass < +passes; pass++) {
  const t0 = performance.now(), c0 = process.cpuUsage();
  for (const ref of chosen) {
    const r = await readArticle(ref);
    if (r.error === undefined) jsonl.item(extractFacts(r.article));
  }
  const c = process.cpuUsage(c0);
  console.log(`${chosen.length} files, pass ${pass + 1}: ${((performance.now() - t0) / 1000).toFixed(2)} s, ${((c.user + c.system) / 1e6).toFixed(2)} s CPU`);
}
