/** A parallel run prints exactly what a single-threaded run prints, byte for byte. */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkage } from './helpers/cli.js';
// @ts-expect-error plain ESM script without types
import { generate } from '../scripts/gen-corpus.mjs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'linkage-par-'));
  generate(dir, 300, 7);
  // a bad file in the middle: its error must not shift or lose any other output
  writeFileSync(join(dir, 'part-000', '000150b.txt'), Buffer.from([0xc3, 0x28, 0x41]));
});

describe('parallel extraction', () => {
  for (const format of ['jsonl', 'json', 'csv']) {
    it(`--format ${format}: --jobs 2 equals --jobs 1`, () => {
      const one = linkage(['extract', dir, '--format', format, '--jobs', '1']);
      const two = linkage(['extract', dir, '--format', format, '--jobs', '2']);
      expect(one.code).toBe(1);
      expect(two.code).toBe(1);
      expect(two.stdout.length).toBeGreaterThan(100000);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(one.stderr).toMatch(/000150b\.txt: invalid UTF-8/);
    });
  }

  it('linkage check: --jobs 2 reports exactly what --jobs 1 reports', () => {
    const one = linkage(['check', dir, '--format', 'json', '--jobs', '1']);
    const two = linkage(['check', dir, '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(1); // the unreadable file is an error
    expect(two.code).toBe(one.code);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(two.stdout).toBe(one.stdout);
  });
});
