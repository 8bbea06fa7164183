/**
 * linkage extract --input-format jsonl as a mapper across processes: split by
 * GNU parallel, the output is byte for byte that of one process. Spawns
 * processes, so it runs with `npm run test:slow`.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { BIN, ROOT } from './helpers/cli.js';

const BODY = (i: number) => `Sáng ${1 + (i % 27)}/3, Bộ trưởng Nguyễn Văn ${['Bình', 'Hòa', 'An', 'Minh'][i % 4]} chủ trì hội nghị triển khai Nghị quyết ${30 + (i % 9)}-NQ/TW ngày 01/7/2004 của Bộ Chính trị đến năm ${2025 + (i % 6)}.`;
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'linkage-jsonl-')); });

/**
 * GNU parallel must be there (.ci/run installs it). Where it cannot be, the
 * environment says so (LINKAGE_TEST_NO_GNU_PARALLEL=1) and the same split is
 * made by this test itself, so the mapper property is still checked.
 */
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
const optedOut = process.env.LINKAGE_TEST_NO_GNU_PARALLEL === '1';

describe('as a mapper across processes', () => {
  it('split by GNU parallel, the output equals one process\'s, byte for byte', { timeout: 180_000 }, async () => {
    if (!hasParallel && !optedOut) {
      throw new Error('GNU parallel is not installed: install it (apt-get install -y parallel; .ci/run does), or set LINKAGE_TEST_NO_GNU_PARALLEL=1 where it cannot be');
    }
    const records = Array.from({ length: 120 }, (_, i) => (i % 37 === 5
      ? `{"id": "bad-${i}"`
      : JSON.stringify({ id: `doc-${i}`, text: `Hội nghị số ${i}\n${BODY(i)}\n${BODY(i + 1)}`, published: `2024-0${1 + (i % 9)}-15` })));
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, records.join('\n') + '\n');
    const one = spawnSync(process.execPath, [BIN, 'extract', '--input-format', 'jsonl', corpus], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(one.status).toBe(1);
    expect(one.stdout.trim().split('\n')).toHaveLength(120);
    let split: string;
    if (hasParallel) {
      const r = spawnSync('bash', ['-c', `parallel --will-cite --pipe --keep-order -N 30 -j 2 ${process.execPath} ${BIN} extract --input-format jsonl < ${corpus}`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(r.stderr).toMatch(/linkage: -:\d+: not valid JSON/);
      split = r.stdout;
    } else {
      // the same split without GNU parallel: 30 records per process, two at a time, outputs in order
      const chunks: string[][] = [];
      for (let i = 0; i < records.length; i += 30) chunks.push(records.slice(i, i + 30));
      const outs: string[] = [];
      for (let i = 0; i < chunks.length; i += 2) {
        outs.push(...await Promise.all(chunks.slice(i, i + 2).map((c) => new Promise<string>((res) => {
          const p = spawn(process.execPath, [BIN, 'extract', '--input-format', 'jsonl'], { cwd: ROOT });
          let s = '';
          p.stdout.on('data', (d) => { s += d; });
          p.on('close', () => res(s));
          p.stdin.end(c.join('\n') + '\n');
        }))));
      }
      split = outs.join('');
    }
    // error records name the line within the shard; the facts are the same byte for byte
    const facts = (s: string) => s.split('\n').filter((l) => l && !l.includes('"error"')).join('\n');
    expect(facts(split)).toBe(facts(one.stdout));
    expect(split.split('\n').length).toBe(one.stdout.split('\n').length);
  });
});
