/**
 * `linkage report` in a real headless Chromium: every section drawn (checked
 * in the DOM), no console error, no request, numbers that open their articles
 * and an article view with its facts highlighted. Needs a Chromium
 * (`apt-get install chromium`, or CHROMIUM_PATH): without one this test fails
 * and says so; .ci/run leaves it out, saying so, where it cannot install one.
 * The command itself is tested in test/cli-report.test.ts.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { runCli } from './helpers/run.mjs';
// @ts-expect-error: a plain ES module shared with scripts/report-screenshots.mjs
import { findChromium, openReport, SECTIONS } from '../scripts/lib/report-browser.mjs';

const CHROMIUM: string | null = findChromium();

let html: string;
beforeAll(async () => {
  html = join(mkdtempSync(join(tmpdir(), 'linkage-report-')), 'report.html');
  expect((await runCli(['report', 'corpus', '-o', html, '--title', 'Bundled corpus'])).code).toBe(0);
});

describe('linkage report: in headless Chromium', () => {
  it('every section renders, with no console error and no request', async () => {
    if (!CHROMIUM) throw new Error('no Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH; .ci/run leaves this test out where it cannot');
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
