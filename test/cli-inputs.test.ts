/** Inputs as people pass them: quoted globs, named standard input, piped input for every command; globs that cannot backtrack; only regular files read. */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { runCli } from './helpers/run.mjs';
import { compileGlob, ignoreMatcher, expandBraces } from '../dist/ingest/glob.js';

const ARTICLE = 'Hội nghị bàn về hợp tác vùng\nNgày đăng: 12/3/2024\nSáng 11/3, Bộ trưởng Nguyễn Văn Bình chủ trì hội nghị triển khai Nghị quyết 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị.\n';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'linkage-in-'));
  for (const f of ['c/a.txt', 'c/sub/b.md', 'c/sub/deep/c.txt', 'c/sub/d.html', 'c/notes.json', 'c/.hidden/e.txt']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), f.endsWith('.html') ? `<html><body><h1>Tin</h1><p>${ARTICLE}</p></body></html>` : ARTICLE);
  }
});
const files = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l).file.slice(dir.length + 1));

describe('quoted globs', () => {
  it('expand with **, {a,b}, ? and classes, sorted, in every command', async () => {
    const r = await runCli(['extract', `${dir}/c/**/*.{txt,md}`, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(files(r.stdout)).toEqual(['c/a.txt', 'c/sub/b.md', 'c/sub/deep/c.txt']);
    expect(files((await runCli(['extract', `${dir}/c/*.txt`, '--format', 'jsonl'])).stdout)).toEqual(['c/a.txt']);
    expect(files((await runCli(['extract', `${dir}/c/sub/?.[a-m]*`, '--format', 'jsonl'])).stdout)).toEqual(['c/sub/b.md', 'c/sub/d.html']);
    // without an extension of its own, a glob picks articles only
    expect(files((await runCli(['extract', `${dir}/c/**`, '--format', 'jsonl'])).stdout)).toEqual(['c/a.txt', 'c/sub/b.md', 'c/sub/d.html', 'c/sub/deep/c.txt']);
    expect(JSON.parse((await runCli(['cite', `${dir}/c/**/*.txt`, '--format', 'json'])).stdout).summary.articles).toBe(2);
    expect(JSON.parse((await runCli(['check', `${dir}/c/**/*.txt`, '--format', 'json'])).stdout).summary.files).toBe(2);
  });
  it('a glob that matches nothing is one line, like a missing file', async () => {
    const r = await runCli(['extract', `${dir}/c/**/*.docx`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`linkage: ${dir}/c/**/*.docx: no file matches this pattern\n`);
    const many = `${dir}/${'{a,b}'.repeat(11)}.txt`;
    const m = await runCli(['extract', many]);
    expect(m.code).toBe(2);
    expect(m.stderr).toBe(`linkage: ${many}: more than 1024 alternatives in its {…}\n`);
  });
  it('match like a shell', () => {
    const g = (p: string, s: string) => compileGlob(p)(s);
    expect(g('a/**/b', 'a/b')).toBe(true);
    expect(g('a/**/b', 'a/x/y/b')).toBe(true);
    expect(g('a/*/b', 'a/x/y/b')).toBe(false);
    expect(g('*.txt', 'a.txt')).toBe(true);
    expect(g('*.txt', 'd/a.txt')).toBe(false);
    expect(g('[!a]*.txt', 'b.txt')).toBe(true);
    expect(g('[!a]*.txt', 'a.txt')).toBe(false);
    expect(g('\\*.txt', '*.txt')).toBe(true);
    expect(g('\\*.txt', 'a.txt')).toBe(false);
    expect(expandBraces('a{b,c{d,e}}f').sort()).toEqual(['abf', 'acdf', 'acef']);
    expect(() => expandBraces('{a,b}'.repeat(11))).toThrow(/alternatives/);
  });
  it('ignore globs with many stars match in time linear in the path, not exponential', () => {
    const m = ignoreMatcher(['*a*a*a*a*a*a*a*a*b', '**/x*y*z*/**']);
    // CPU time (wall time on a shared machine measures the neighbours), best of 5,
    // of the same number of characters matched as 800 names of 1,000 or 50 of 16,000
    const cpu = (n: number, reps: number) => {
      const s = 'a'.repeat(n);
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const t = process.cpuUsage();
        for (let r = 0; r < reps; r++) if (m(s)) throw new Error('matched');
        const d = process.cpuUsage(t);
        best = Math.min(best, d.user + d.system);
      }
      return best;
    };
    cpu(16000, 50); // warm up
    const small = cpu(1000, 800), big = cpu(16000, 50);
    // per character the long names cost about what the short ones do: a quadratic matcher would cost 16 times as
    // much, exponential backtracking minutes at 40 characters. (The bound leaves room for the process's other
    // threads, whose CPU process.cpuUsage counts too: 1.5 failed now and then in a full run, at 1.72.)
    expect(big / small).toBeLessThan(4);
    expect(m('a'.repeat(8) + 'b')).toBe(true);
    expect(m('a'.repeat(7) + 'b')).toBe(false);
    expect(m('p/xqyqz/r.txt')).toBe(true);
  });
});

describe('standard input', () => {
  it('--stdin-filename gives piped input a name and a format (HTML, Markdown)', async () => {
    const html = `<html><head><meta property="og:title" content="Tin từ trang web"></head><body><h1>Tin từ trang web</h1><p>${ARTICLE.split('\n')[2]}</p></body></html>`;
    const r = await runCli(['extract', '--stdin-filename', 'page.html', '--fields', 'citations'], { input: html });
    expect(r.code).toBe(0);
    const [a] = JSON.parse(r.stdout);
    expect(a.file).toBe('page.html');
    expect(a.title).toBe('Tin từ trang web');
    expect(a.citations[0].id).toBe('37-NQ/TW');
    const md = await runCli(['extract', '-', '--stdin-filename', 'notes.md', '--format', 'jsonl'], { input: `---\ntitle: Tiêu đề từ front matter\n---\n\n${ARTICLE}` });
    expect(JSON.parse(md.stdout).title).toBe('Tiêu đề từ front matter');
  });
  it('check and cite read piped input as extract does, without -', async () => {
    const c = await runCli(['check', '--format', 'json', '--stdin-filename', 'draft.txt'], { input: ARTICLE });
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout).summary.files).toBe(1);
    const t = await runCli(['cite', '--format', 'json'], { input: ARTICLE });
    expect(JSON.parse(t.stdout).summary.citations).toBe(1);
  });
});

describe('only regular files are read', () => {
  let special: string;
  beforeAll(() => {
    special = mkdtempSync(join(tmpdir(), 'linkage-special-'));
    writeFileSync(join(special, 'a.txt'), 'Tiêu đề\n\nHà Nội, ngày 2/9/2020, đồng chí Nguyễn Văn An phát biểu.\n');
    execFileSync('mkfifo', [join(special, 'pipe.txt')]);
    symlinkSync('pipe.txt', join(special, 'link.txt'));
    symlinkSync('/dev/zero', join(special, 'zero.txt'));
  });
  const lines = (s: string) => s.split('\n').filter(Boolean);
  it('a folder skips named pipes, devices and links to them', async () => {
    const r = await runCli(['extract', special, '--format', 'jsonl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
  });
  it('a named pipe or device given by name is a one-line error', async () => {
    const r = await runCli(['extract', join(special, 'pipe.txt'), '/dev/zero', join(special, 'a.txt'), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `linkage: ${join(special, 'pipe.txt')}: not a regular file (a named pipe)`,
      'linkage: /dev/zero: not a regular file (a device)',
    ]);
    expect(lines(r.stdout)).toHaveLength(1);
  });
});
