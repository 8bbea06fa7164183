// Open a `linkage report` HTML file in a real headless Chromium (the system's,
// driven by playwright-core) and record what a user's browser would show:
// console errors and warnings, uncaught exceptions, and every request the
// page makes (there must be none but the file itself).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to drive: $CHROMIUM_PATH, else the usual system paths; null when there is none. */
export function findChromium() {
  const env = process.env.CHROMIUM_PATH;
  if (env) return existsSync(env) ? env : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Launch Chromium and open the report. `readyMs` is the time from navigation
 * start until the page has drawn every section (it sets window.__linkageReport).
 */
export async function openReport(file, { viewport = { width: 1280, height: 900 }, executablePath = findChromium() } = {}) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport });
  const errors = [];
  const requests = [];
  const url = pathToFileURL(resolve(file)).href;
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__linkageReport?.ready === true, null, { timeout: 60_000 });
  const readyMs = await page.evaluate(() => window.__linkageReport.ms);
  return { browser, page, errors, requests, readyMs };
}

/** The report's sections, in page order. */
export const SECTIONS = ['overview', 'timeline', 'documents', 'people', 'places', 'priorities'];
