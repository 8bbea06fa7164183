/**
 * No single input stops a run: a file over the size limit, over the time
 * limit or over a worker's heap is reported on one line and every other file
 * is processed and printed (exit 1), in extract, cite and check. (Only
 * regular files are read: test/cli-inputs.test.ts.)
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { linkage } from './helpers/cli.js';
// @ts-expect-error plain ESM script without types
import { generate } from '../scripts/gen-corpus.mjs';
// @ts-expect-error plain ESM script without types
import { SHAPES, generate as shape } from './growth/shapes.mjs';

let dir: string;
let good: number;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'linkage-robust-'));
  generate(join(dir, 'many'), 80, 3);
  good = 80;
  // a long but ordinary article, in the middle of the folder
  const places = SHAPES.find((s: { name: string }) => s.name === 'place-provinces');
  writeFileSync(join(dir, 'many', 'part-000', '000500-big.txt'), shape(places, 6 << 20));
  // the same folder with a 12 MB article of dates, one every few words: seconds of work for any command however
  // fast it gets (12 MB of place names came within reach of a 1 s limit in check, as 6 MB had before);
  // and with a 24 MB one, too large for a 64 MB worker heap
  const dates = SHAPES.find((s: { name: string }) => s.name === 'date-many');
  for (const [name, mb, of] of [['slow', 12, dates], ['huge', 24, places]] as const) {
    generate(join(dir, name), 80, 3);
    writeFileSync(join(dir, name, 'part-000', '000500-big.txt'), shape(of, mb << 20));
  }
});

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('one input does not stop the run', () => {
  for (const [cmd, fmt] of [['extract', 'jsonl'], ['cite', 'json'], ['check', 'json']] as const) {
    it(`${cmd}: a file over the size limit is one error line, the others are printed`, () => {
      const r = linkage([cmd, join(dir, 'many'), '--format', fmt], { env: { LINKAGE_MAX_FILE_MB: '1' } });
      expect(r.code).toBe(1);
      if (cmd === 'check') expect(r.stdout).toMatch(/cannot be read: larger than the size limit of 1 MB.*",\s*"file": "[^"]*000500-big\.txt"/);
      else expect(r.stderr).toMatch(/000500-big\.txt: larger than the size limit of 1 MB/);
      if (cmd === 'extract') expect(lines(r.stdout)).toHaveLength(good);
      if (cmd === 'cite') expect(JSON.parse(r.stdout).articles).toHaveLength(good);
      expect(lines(r.stderr).filter((l) => !/^linkage: .*000500-big\.txt: /.test(l))).toEqual([]);
    });
  }
  // 1 s: the 12 MB file takes several seconds of CPU, an ordinary one milliseconds, and a worker's first file
  // its lexicons too, which on a busy machine can pass half a second
  for (const cmd of ['extract', 'check'] as const) {
    it(`${cmd} in worker threads: a file over the time limit is stopped and reported, the others are printed`, () => {
      const r = linkage([cmd, join(dir, 'slow'), '--format', cmd === 'extract' ? 'jsonl' : 'json', '--jobs', '2'], { env: { LINKAGE_FILE_SECONDS: '1' } });
      expect(r.code).toBe(1);
      if (cmd === 'check') {
        expect(r.stdout).toMatch(/cannot be read: took longer than 1 s.*",\s*"file": "[^"]*000500-big\.txt"/);
        expect(r.stdout.match(/took longer/g)).toHaveLength(1);
      } else {
        expect(lines(r.stderr)).toEqual([expect.stringMatching(/^linkage: .*000500-big\.txt: took longer than 1 s/)]);
        expect(lines(r.stdout)).toHaveLength(good);
      }
    });
  }
  it('a worker that runs out of memory is replaced and its file reported', () => {
    const r = linkage(['extract', join(dir, 'many'), '--format', 'jsonl', '--jobs', '2'], { env: { LINKAGE_WORKER_MB: '64' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^linkage: .*000500-big\.txt: ran out of memory/m);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(lines(r.stdout)).toHaveLength(good);
  });
  // an ArrayBuffer that cannot be had at a worker's heap limit ends the whole process, not the worker:
  // a file whose arrays alone would fill the heap is reported before it is tried
  it('a file too large for a worker heap is reported before it is tried, and the run goes on', () => {
    const r = linkage(['extract', join(dir, 'huge'), '--format', 'jsonl', '--jobs', '2'], { env: { LINKAGE_WORKER_MB: '64' } });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^linkage: .*000500-big\.txt: ran out of memory: larger than [0-9.]+ MB, too large for a worker's heap/)]);
    expect(lines(r.stdout)).toHaveLength(good);
  });
});

describe('the registry is read once', () => {
  it('check in worker threads shares a large registry instead of parsing it in every worker', () => {
    const docs = Array.from({ length: 120000 }, (_, i) => ({ id: `${i + 1}/QĐ-TTg`, date: '2015-03-12', kind: 'Quyết định', issuer: 'Thủ tướng Chính phủ', status: 'in-force' }));
    writeFileSync(join(dir, 'registry.json'), JSON.stringify({ documents: docs }));
    writeFileSync(join(dir, 'linkage.config.json'), JSON.stringify({ registry: ['registry.json'] }));
    // 64 MB heaps: a worker could not hold its own parse of this registry next to its lexicons
    const r = linkage(['check', join(dir, 'many'), '--format', 'json', '--jobs', '2', '-c', join(dir, 'linkage.config.json')],
      { env: { LINKAGE_WORKER_MB: '64', LINKAGE_MAX_FILE_MB: '1' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/ran out of memory/);
    expect(JSON.parse(r.stdout).summary.files).toBe(good + 1);
  });
});

describe('worker threads', () => {
  // spawned: the pool writes this note to the process's standard error, not to the run's
  it('--jobs above the number of cores is capped, with a note', () => {
    const r = linkage(['extract', 'corpus/003_83aa85feff82265a.txt', '--format', 'jsonl', '--jobs', '125']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`linkage: --jobs 125 is more than the ${availableParallelism()} cores: using ${availableParallelism()}\n`);
  });
});
