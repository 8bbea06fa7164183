/**
 * A corpus of real articles with planted faults: each fault is reported once,
 * by the right rule, in the right file, and the untouched articles raise no error.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { runCli } from './helpers/run.mjs';
// @ts-expect-error plain JS shared with scripts/eval-check.mjs
import { FAULTS } from '../scripts/plant-faults.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
/** distinct real and fixture articles (no two alike), each a clean copy */
const SOURCES = [
  'corpus/000_bbd62cd082e50f3f.txt', 'corpus/003_83aa85feff82265a.txt',
  'fixtures/check/duplicate-article/pass/a.txt', 'fixtures/check/duplicate-article/pass/b.txt',
  'fixtures/check/duplicate-article/pass/c.txt', 'fixtures/check/participant-title-conflict/pass/a.txt',
  'fixtures/check/enumeration-gap/pass.txt', 'fixtures/check/date-invalid/pass.txt',
];
/** which article gets which fault; the duplicate is a new file read after its original, which stays untouched */
const PLAN: Array<[string, number]> = [
  ['duplicate', 0], ['mojibake', 7], ['invalid-date', 2], ['event-after-publication', 1], ['enumeration-gap', 4],
];

let dir: string;
let findings: any[];
let code: number | null;
const planted = new Map<string, string>(); // file → rule
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'linkage-planted-'));
  const texts = SOURCES.map((s) => readFileSync(join(ROOT, s), 'utf8'));
  texts.forEach((t, i) => writeFileSync(join(dir, `a${i}.txt`), t));
  for (const [fault, i] of PLAN) {
    const [plant, rule] = FAULTS[fault];
    const file = fault === 'duplicate' ? `copy-of-a${i}.txt` : `a${i}.txt`;
    writeFileSync(join(dir, file), plant(texts[i]));
    planted.set(file, rule);
  }
  const r = await runCli(['check', '.', '--format', 'json'], { cwd: dir });
  code = r.code;
  findings = JSON.parse(r.stdout).findings;
});

describe('planted faults', () => {
  it('fails the build', () => expect(code).toBe(1));
  for (const [fault, i] of PLAN) {
    const file = fault === 'duplicate' ? `copy-of-a${i}.txt` : `a${i}.txt`;
    const rule = FAULTS[fault][1];
    it(`${fault}: reported once by ${rule} in ${file}`, () => {
      const hits = findings.filter((f) => f.code === rule);
      expect(hits.map((f) => f.file)).toEqual([file]);
    });
  }
  it('untouched articles raise no error', () => {
    const errors = findings.filter((f) => f.severity === 'error' && !planted.has(f.file));
    expect(errors).toEqual([]);
  });
  it('no planted rule fires anywhere else', () => {
    const rules = new Set(planted.values());
    expect(findings.filter((f) => rules.has(f.code) && planted.get(f.file) !== f.code)).toEqual([]);
  });
});
