/**
 * `linkage report` end to end: the CLI builds the report of the bundled
 * corpus, and a real headless Chromium opens it — every section drawn (checked
 * in the DOM), no console error, no request, numbers that open their articles
 * and an article view with its facts highlighted. Needs a Chromium
 * (`apt-get install chromium`, or CHROMIUM_PATH); without one the browser
 * test is skipped with a message saying so.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkage } from './helpers/cli.js';
// @ts-expect-error: a plain ES module shared with scripts/report-screenshots.mjs
import { findChromium, openReport, SECTIONS } from '../scripts/lib/report-browser.mjs';

const CHROMIUM: string | null = findChromium();
if (!CHROMIUM) {
  console.warn('\n*** report-browser.test.ts: NO CHROMIUM FOUND — the browser test of `linkage report` is SKIPPED. Install it (apt-get install chromium) or set CHROMIUM_PATH. ***\n');
}

let dir: string;
let html: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'linkage-report-'));
  html = join(dir, 'report.html');
});

describe('linkage report: the command', () => {
  it('builds one HTML file from the bundled corpus', () => {
    const r = linkage(['report', 'corpus', '-o', html, '--title', 'Bundled corpus']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/report of 2 articles \(2 with their text\) written to/);
    const text = readFileSync(html, 'utf8');
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(statSync(html).size).toBeLessThan(2_000_000);
  });

  it('writes to standard output without -o, and reads standard input from -', () => {
    const sample = readFileSync(new URL('../corpus/003_83aa85feff82265a.txt', import.meta.url), 'utf8');
    const r = linkage(['report', '-'], { input: sample });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    const texts = JSON.parse(/<script id="report-texts" type="application\/json">(.*?)<\/script>/s.exec(r.stdout)![1]);
    expect(texts.missing).toEqual([0]); // standard input is read once: its view says so
  });

  it('names inputs it cannot read, lists them in the report, and exits 1', () => {
    const out = join(dir, 'partial.html');
    const r = linkage(['report', 'corpus', 'no-such-folder', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^linkage: no-such-folder: /m);
    expect(readFileSync(out, 'utf8')).toContain('"file":"no-such-folder"');
  });

  it('exits 2 when nothing can be read, and on a bad --jobs', () => {
    expect(linkage(['report', 'no-such-folder', '-o', join(dir, 'none.html')]).code).toBe(2);
    expect(linkage(['report', 'corpus', '-j', '0', '-o', join(dir, 'none.html')]).code).toBe(2);
  });
});

describe('linkage report: in headless Chromium', () => {
  it.skipIf(!CHROMIUM)('every section renders, with no console error and no request', async () => {
    linkage(['report', 'corpus', '-o', html, '--title', 'Bundled corpus']);
    const { browser, page, errors, requests, readyMs } = await openReport(html);
    try {
      const counts = await page.evaluate((ids: string[]) => ids.map((id) => {
        const s = document.getElementById(id);
        return s && {
          id, svg: s.querySelectorAll('svg').length, rows: s.querySelectorAll('tbody tr').length,
          nums: s.querySelectorAll('a.num').length, text: s.textContent!.length,
        };
      }), SECTIONS);
      for (const c of counts) expect(c, 'a section is missing').not.toBeNull();
      const by = Object.fromEntries(counts.map((c: { id: string }) => [c.id, c]));
      expect(by.overview.nums).toBeGreaterThanOrEqual(12); // articles, no date, and one per fact kind
      expect(by.timeline.svg).toBeGreaterThanOrEqual(2); // months and horizons (and events)
      expect(by.documents.rows).toBeGreaterThan(0);
      expect(by.people.rows).toBeGreaterThan(0);
      expect(by.places.rows).toBeGreaterThanOrEqual(34);
      expect(by.places.svg).toBeGreaterThanOrEqual(2); // the map and the party network
      expect(await page.locator('#places svg.network circle').count()).toBeGreaterThan(1);
      expect(await page.locator('#priorities .prio').count()).toBeGreaterThan(0);
      expect(await page.locator('#documents tbody td', { hasText: '37-NQ/TW' }).count()).toBeGreaterThan(0);

      // a province on the map opens its articles (the chart's pointer picks the nearest dot)
      const dot = page.locator('#places .map svg g[aria-label="dot"] circle').first();
      await dot.scrollIntoViewIfNeeded();
      const box = (await dot.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForSelector('#drawer.open');
      expect(await page.locator('#drawer h3').textContent()).toMatch(/^Articles naming /);
      await page.locator('#drawer .close').click();

      // a number opens its articles, an article its text with its facts marked
      await page.locator('#overview a.num').first().click();
      await page.waitForSelector('#drawer.open tbody tr');
      expect(await page.locator('#drawer tbody tr').count()).toBe(2);
      await page.locator('#drawer tbody a.art').first().click();
      await page.waitForSelector('#viewer pre.text mark');
      const marks = await page.locator('#viewer pre.text mark').count();
      expect(marks).toBeGreaterThan(10);
      const kinds = await page.evaluate(() => new Set([...document.querySelectorAll('#viewer mark')].map((m) => m.className)).size);
      expect(kinds).toBeGreaterThanOrEqual(4);

      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(readyMs).toBeLessThan(10_000);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
