/**
 * Conventions a CI job and a terminal expect: one-line usage errors, colour
 * switches, config lookup bounded by the repository, config errors with
 * line:column and "did you mean", validated option values, terminal-width
 * tables, an honest summary line.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { runCli } from './helpers/run.mjs';
import { ROOT } from './helpers/cli.js';

const ARTICLE = 'Hội nghị bàn về hợp tác vùng\nNgày đăng: 12/3/2024\nSáng 11/3, Bộ trưởng Nguyễn Văn Bình chủ trì hội nghị triển khai Nghị quyết 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị.\n';
const ANSI = /\u001b\[/;
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'linkage-conv-')); });
const put = (name: string, data: string) => { const p = join(dir, name); mkdirSync(join(p, '..'), { recursive: true }); writeFileSync(p, data); return p; };
const oneLine = (r: { code: number; stderr: string }, re: RegExp) => {
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(/^linkage: /);
  expect(r.stderr).toMatch(re);
  expect(r.stderr).not.toMatch(/\n\s+at /);
};

describe('usage errors', () => {
  it('are one "linkage: …" line, exit 2', async () => {
    oneLine(await runCli(['extract', '--bogus']), /unknown option '--bogus' \(see linkage extract --help\)/);
    oneLine(await runCli(['frobnicate']), /unknown command 'frobnicate'/);
    oneLine(await runCli(['check', 'corpus', '--format']), /argument missing/);
    oneLine(await runCli(['extract', 'corpus', '--jobs', '1e3']), /--jobs takes a whole number/);
    oneLine(await runCli(['extract', 'corpus', '--input-format', 'xml']), /unknown input format "xml"/);
  });
  it('help names every article extension', async () => {
    for (const cmd of ['extract', 'cite', 'check']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/\.txt, \.md, \.markdown, \.html, \.htm/);
      expect(r.stdout).toMatch(/--color/);
      expect(r.stdout).toMatch(/--progress/);
    }
  });
});

describe('colour', () => {
  const corpus = join(ROOT, 'corpus');
  it('--color forces it in a pipe; --no-color and NO_COLOR turn it off on a terminal; TERM=dumb means none', async () => {
    expect((await runCli(['check', corpus])).stdout).not.toMatch(ANSI);
    expect((await runCli(['check', corpus, '--color'])).stdout).toMatch(ANSI);
    expect((await runCli(['check', corpus], { tty: 100 })).stdout).toMatch(ANSI);
    expect((await runCli(['check', corpus, '--no-color'], { tty: 100 })).stdout).not.toMatch(ANSI);
    expect((await runCli(['check', corpus, '--no-color'], { tty: 100, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['check', corpus], { tty: 100, env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['extract', corpus], { tty: 100, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });
});

describe('config', () => {
  it('lookup stops at the repository root; --print-config names the file used', async () => {
    // a config in a shared parent folder turning a rule off…
    put('shared/linkage.config.json', JSON.stringify({ rules: { 'source-missing': 'off' } }));
    const repo = join(dir, 'shared', 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    const a = put('shared/repo/a.txt', ARTICLE);
    // …is not read for a repository below it (run from the repository's folder)
    const { loadConfig } = await import('../dist/check/config.js');
    const { RULES: rules } = await import('../dist/check/rules/index.js');
    expect(loadConfig(rules, { cwd: repo }).file).toBeNull();
    expect(loadConfig(rules, { cwd: join(dir, 'shared') }).file).toBe(join(dir, 'shared', 'linkage.config.json'));
    put('shared/repo/linkage.config.json', '{}');
    expect(loadConfig(rules, { cwd: join(repo, 'sub') }).file).toBe(join(repo, 'linkage.config.json'));
    const p = await runCli(['check', '--print-config', '--config', join(repo, 'linkage.config.json')]);
    expect(JSON.parse(p.stdout).configFile).toMatch(/repo\/linkage\.config\.json$/);
    expect(a).toBeTruthy();
  });

  it('errors give line:column and the likely intended name', async () => {
    const run = async (text: string) => runCli(['check', join(ROOT, 'corpus'), '--config', put(`c${Math.random()}.json`, text)]);
    oneLine(await run('{\n  "rules": {\n    "titel-missing": "off"\n  }\n}'), /:3:5: unknown rule "titel-missing" \(did you mean "title-missing"\?\)/);
    oneLine(await run('{\n  "rulez": {}\n}'), /:2:3: unknown key "rulez" \(did you mean "rules"\?\)/);
    oneLine(await run('{\n  "rules": { "duplicate-article": ["error", { "treshold": 0.9 }] }\n}'), /:2:47: rule "duplicate-article": unknown option "treshold" \(did you mean "threshold"\?\)/);
    oneLine(await run('{\n  "rules": { "title-missing": "eror" }\n}'), /level must be one of off, info, warning, error, warn, not "eror" \(did you mean "error"\?\)/);
    oneLine(await run('{\n  "rules": {\n    "a": 1,,\n  }\n}'), /:3:12: not valid JSON/);
  });

  it('severity words are one vocabulary: "warning" is a level ("warn" is taken for it)', async () => {
    const r = await runCli(['check', put('w/a.txt', 'Không có ngày\nNội dung.\n'), '--format', 'json', '--config', put('w.json', '{"rules": {"published-missing": "warning"}}')]);
    expect(JSON.parse(r.stdout).findings.find((f: { code: string }) => f.code === 'published-missing').severity).toBe('warning');
  });

  it('option values are validated: no __proto__, no null, finite, in range, whole where counted; deep nesting is one line', async () => {
    const run = async (text: string) => runCli(['check', join(ROOT, 'corpus'), '--config', put(`v${Math.random()}.json`, text)]);
    oneLine(await run('{"rules": {"duplicate-article": ["error", {"__proto__": {"threshold": 2}}]}}'), /unknown option "__proto__"/);
    oneLine(await run('{"rules": {"duplicate-article": ["error", {"constructor": 1}]}}'), /unknown option "constructor"/);
    oneLine(await run('{"rules": null}'), /"rules" must be an object/);
    oneLine(await run('{"registry": null}'), /"registry" must be an array/);
    oneLine(await run('{"ignore": [null]}'), /"ignore" must be an array of non-empty strings/);
    oneLine(await run('{"rules": {"duplicate-article": ["error", {"threshold": 1e999}]}}'), /"threshold" must be a finite number, not Infinity/);
    oneLine(await run('{"rules": {"duplicate-article": ["error", {"threshold": -0.5}]}}'), /"threshold" must be between 0 and 1, not -0.5/);
    oneLine(await run('{"rules": {"duplicate-article": ["error", {"minWords": 2.5}]}}'), /"minWords" must be a whole number/);
    oneLine(await run('{"rules": {"encoding-mojibake": ["error", {"minSequences": 0}]}}'), /"minSequences" must be at least 1/);
    oneLine(await run('{"rules": {"title-missing": ["error", {}, 3]}}'), /give a level, or \[level, \{ options \}\]/);
    const deep = 100_000;
    oneLine(await run(`{"rules": {"duplicate-article": ["warn", {"threshold": ${'['.repeat(deep)}${']'.repeat(deep)}}]}}`), /"threshold" must be a number, not an array/);
    oneLine(await run(`{"rules": {"title-missing": ${'['.repeat(deep)}${']'.repeat(deep)}}}`), /rule "title-missing"/);
  });
});

describe('stylish summary', () => {
  it('says ✔ when nothing is an error or a warning, with the infos counted; a whole-file finding is at 0:0', async () => {
    // a document still in force (the registry's 11-NQ/TW), no source line: one info
    const a = put('s/a.txt', ARTICLE.replace('37-NQ/TW ngày 01/7/2004', '11-NQ/TW ngày 10/2/2022'));
    const r = await runCli(['check', a]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ {2}0:0 {2}info {5}/);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^✔ 1 file checked, no errors or warnings \(\d+ infos?\)$/);
  });
});

describe('terminal fit', () => {
  it('the extract table fits 80 columns and up, and never cuts a stable key', async () => {
    const corpus = join(ROOT, 'corpus');
    const facts = JSON.parse((await runCli(['extract', corpus, '--format', 'json'])).stdout);
    const keys = new Set<string>(facts.flatMap((f: { agreements: Array<{ sectors: Array<{ key: string | null }> }>; citations: Array<{ id: string }> }) => [
      ...f.agreements.flatMap((g) => g.sectors.map((s) => s.key).filter((k): k is string => Boolean(k))), ...f.citations.map((c) => c.id)]));
    expect(keys.size).toBeGreaterThan(3);
    for (const width of [80, 100, 120, 200]) {
      const r = await runCli(['extract', corpus], { tty: width, env: { NO_COLOR: '1' } });
      const lines = r.stdout.split('\n');
      for (const l of lines) expect([...l].length, `${width}: ${l}`).toBeLessThanOrEqual(width);
      const cells = new Set(lines.flatMap((l) => l.split('│').map((c) => c.trim())));
      for (const k of keys) expect(cells.has(k), `${width}: ${k}`).toBe(true);
    }
  });

  it('the cite table wraps at word boundaries within the terminal', async () => {
    const long = `Tin dài\nNgày đăng: 12/3/2024\n${'Các đại biểu thảo luận về phát triển kinh tế vùng, '.repeat(3)}theo Nghị quyết 37-NQ/TW ngày 01/7/2005 của Bộ Chính trị (khóa IX) ${'và các chương trình phát triển bền vững của địa phương '.repeat(3)}.\n`;
    const a = put('cite/a.txt', long);
    const wide = await runCli(['cite', a, '--format', 'table', '--no-color']);
    const narrow = await runCli(['cite', a, '--no-color'], { tty: 60 });
    const lines = narrow.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(wide.stdout.split('\n').length);
    for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(60);
    // the same words in the same order: no word was cut in two
    const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');
    expect(words(narrow.stdout)).toBe(words(wide.stdout));
  });
});
