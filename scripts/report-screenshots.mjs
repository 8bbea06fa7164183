#!/usr/bin/env node
// Screenshots of each section of `linkage report` for the README, taken in
// headless Chromium: docs/report-<section>.png and docs/report-article.png.
// The report is built from invented articles (scripts/gen-corpus.mjs), so no
// third-party text ends up in the pictures; give paths to use others.
//   node scripts/report-screenshots.mjs [PATHS...]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { generate } from './gen-corpus.mjs';
import { openReport, findChromium, SECTIONS } from './lib/report-browser.mjs';

const MAX_HEIGHT = 760;
const root = new URL('..', import.meta.url).pathname;
if (!findChromium()) {
  console.error('report-screenshots: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'linkage-shots-'));
try {
  let paths = process.argv.slice(2);
  if (!paths.length) {
    generate(join(tmp, 'articles'), 1200, 7);
    paths = [join(tmp, 'articles')];
  }
  const html = join(tmp, 'report.html');
  execFileSync(process.execPath, [join(root, 'bin/linkage.js'), 'report', ...paths, '-o', html, '--title', 'linkage report — 1,200 invented articles'], { stdio: 'inherit' });
  const { browser, page, errors } = await openReport(html, { viewport: { width: 1200, height: 820 } });
  await page.evaluate(() => { document.querySelector('header').style.position = 'static'; });
  for (const id of SECTIONS) {
    const box = await page.locator(`#${id}`).boundingBox();
    const file = join(root, 'docs', `report-${id}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: box.y, width: 1200, height: Math.min(box.height, MAX_HEIGHT) } });
    console.log(`${file} (${Math.round(statSync(file).size / 1024)} KB)`);
  }
  await page.evaluate(() => window.__linkageReport.openArticle(0));
  await page.waitForSelector('#viewer pre.text mark');
  const file = join(root, 'docs', 'report-article.png');
  await page.screenshot({ path: file });
  console.log(`${file} (${Math.round(statSync(file).size / 1024)} KB)`);
  await browser.close();
  if (errors.length) { console.error(errors.join('\n')); process.exitCode = 1; }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
