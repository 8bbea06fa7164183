#!/usr/bin/env node
// How `linkage report` does on a corpus: build time (wall and CPU), file size,
// and the time until the page is interactive in headless Chromium.
//   node scripts/report-bench.mjs PATH [--jobs N]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { openReport, findChromium } from './lib/report-browser.mjs';

const args = process.argv.slice(2);
if (!args.length) { console.error('usage: node scripts/report-bench.mjs PATH... [--jobs N]'); process.exit(2); }
const tmp = mkdtempSync(join(tmpdir(), 'linkage-report-bench-'));
const html = join(tmp, 'report.html');
try {
  const t = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, new URL('../bin/linkage.js', import.meta.url).pathname, 'report', ...args, '-o', html], { encoding: 'utf8' });
  const wall = (Date.now() - t) / 1000;
  const [user, sys, rss] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  console.log(r.stderr.trim().split('\n').slice(0, -1).join('\n'));
  console.log(`build: ${wall.toFixed(1)} s wall, ${(user + sys).toFixed(1)} s CPU, peak RSS ${Math.round(rss / 1024)} MB`);
  console.log(`file: ${(statSync(html).size / 1e6).toFixed(1)} MB`);
  if (!findChromium()) { console.log('no Chromium: interactive time not measured'); process.exit(0); }
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const { browser, readyMs, errors, requests } = await openReport(html);
    runs.push(readyMs);
    await browser.close();
    if (errors.length || requests.length) console.log('errors:', errors, 'requests:', requests);
  }
  console.log(`interactive (navigation start → every section drawn): ${runs.map((m) => `${Math.round(m)} ms`).join(', ')}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
