/**
 * `linkage report` as a command, in-process: one HTML file from the inputs,
 * standard input, unreadable inputs named, exit codes.
 * The page in a browser: test/report-browser.slow.test.ts.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { runCli as linkage } from './helpers/run.mjs';

let dir: string;
let html: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'linkage-report-'));
  html = join(dir, 'report.html');
});

describe('linkage report: the command', () => {
  it('builds one HTML file from the bundled corpus', async () => {
    const r = await linkage(['report', 'corpus', '-o', html, '--title', 'Bundled corpus']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/report of 2 articles \(2 with their text\) written to/);
    const text = readFileSync(html, 'utf8');
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(statSync(html).size).toBeLessThan(2_000_000);
  });

  it('writes to standard output without -o, and reads standard input from -', async () => {
    const sample = readFileSync(new URL('../corpus/003_83aa85feff82265a.txt', import.meta.url), 'utf8');
    const r = await linkage(['report', '-'], { input: sample });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    const texts = JSON.parse(/<script id="report-texts" type="application\/json">(.*?)<\/script>/s.exec(r.stdout)![1]);
    expect(texts.missing).toEqual([0]); // standard input is read once: its view says so
  });

  it('names inputs it cannot read, lists them in the report, and exits 1', async () => {
    const out = join(dir, 'partial.html');
    const r = await linkage(['report', 'corpus', 'no-such-folder', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^linkage: no-such-folder: /m);
    expect(readFileSync(out, 'utf8')).toContain('"file":"no-such-folder"');
  });

  it('exits 2 when nothing can be read, and on a bad --jobs', async () => {
    expect((await linkage(['report', 'no-such-folder', '-o', join(dir, 'none.html')])).code).toBe(2);
    expect((await linkage(['report', 'corpus', '-j', '0', '-o', join(dir, 'none.html')])).code).toBe(2);
  });
});
