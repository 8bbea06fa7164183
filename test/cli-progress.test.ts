/**
 * Progress and the summary line: on a terminal after about a second, cleared
 * at the end; nothing in pipes or CI logs unless --progress asks. The clock
 * is the test's; one spawned run under `script` checks a real terminal.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeProgress, PROGRESS_DELAY_MS } from '../dist/cli/progress.js';
import { makeContext } from '../dist/cli/context.js';
// @ts-expect-error plain ESM helper without types
import { runCli } from './helpers/run.mjs';
import { BIN, ROOT } from './helpers/cli.js';

function fake(o: { tty: boolean; env?: NodeJS.ProcessEnv }) {
  let out = '';
  let t = 0;
  const stderr = { isTTY: o.tty, columns: 60, write: (s: string) => { out += s; return true; } } as unknown as NodeJS.WriteStream;
  const ctx = makeContext({ stdout: stderr, stderr, stdin: { isTTY: true }, env: o.env ?? {} });
  return { ctx, out: () => out, advance: (ms: number) => { t += ms; }, now: () => t };
}

describe('progress line', () => {
  it('on a terminal: nothing in the first second, then files done/total, rate and time left, cleared at the end, then one summary', () => {
    const f = fake({ tty: true });
    const p = makeProgress(f.ctx, { total: 10, now: f.now });
    f.advance(200); p.tick();
    expect(f.out()).toBe('');
    f.advance(PROGRESS_DELAY_MS); p.tick(true);
    expect(f.out()).toBe('\r\x1b[Klinkage: 2/10 files · 2 articles/s · 0:05 left');
    f.advance(50); p.tick(); // redrawn at most ten times a second
    expect(f.out().split('\r\x1b[K')).toHaveLength(2);
    f.advance(1000); p.tick();
    expect(f.out()).toContain('4/10 files');
    p.done('4 articles, 12 facts');
    const lines = f.out().split('\r\x1b[K');
    expect(lines.at(-1)).toMatch(/^linkage: 4 articles, 12 facts, 1 unreadable file, 2\.3 s\n$/);
    // every redraw fits the terminal, so \r can clear it
    for (const l of lines) expect(l.length).toBeLessThan(60);
  });

  it('records streamed from JSONL: counted without a total or a time left; bad records named as such', () => {
    const f = fake({ tty: true });
    const p = makeProgress(f.ctx, { now: f.now });
    f.advance(1500); p.tick(); p.tick(true);
    f.advance(500); p.tick();
    expect(f.out()).toBe('\r\x1b[Klinkage: 1 record · 1 articles/s\r\x1b[Klinkage: 3 records · 2 articles/s');
    p.done('2 articles, 7 facts');
    expect(f.out().split('\r\x1b[K').at(-1)).toBe('linkage: 2 articles, 7 facts, 1 bad record, 2.0 s\n');
  });

  it('not while the results themselves are written to the terminal, unless asked', () => {
    for (const flag of [undefined, true]) {
      const f = fake({ tty: true });
      const p = makeProgress(f.ctx, { total: 5, flag, resultsOnTerminal: true, now: f.now });
      for (let i = 0; i < 5; i++) { f.advance(2000); p.tick(); }
      p.done('5 articles, 9 facts');
      expect(f.out() === '', String(flag)).toBe(flag === undefined);
    }
  });

  it('a short run on a terminal shows nothing at all', () => {
    const f = fake({ tty: true });
    const p = makeProgress(f.ctx, { total: 2, now: f.now });
    f.advance(100); p.tick(); p.tick();
    p.done('2 articles, 5 facts');
    expect(f.out()).toBe('');
  });

  it('in a pipe or a CI log: nothing unless --progress, and then plain lines', () => {
    for (const env of [{}, { CI: 'true' }]) {
      const f = fake({ tty: !('CI' in env) ? false : true, env });
      const p = makeProgress(f.ctx, { total: 5, now: f.now });
      for (let i = 0; i < 5; i++) { f.advance(2000); p.tick(); }
      p.done('5 articles, 9 facts');
      expect(f.out()).toBe('');
    }
    const f = fake({ tty: false });
    const p = makeProgress(f.ctx, { total: 5, flag: true, now: f.now });
    for (let i = 0; i < 5; i++) { f.advance(2000); p.tick(); }
    p.done('5 articles, 9 facts');
    expect(f.out()).not.toContain('\r');
    expect(f.out().trimEnd().split('\n').at(-1)).toBe('linkage: 5 articles, 9 facts, no unreadable file, 10.0 s');
    const off = fake({ tty: true });
    const q = makeProgress(off.ctx, { total: 5, flag: false, now: off.now });
    for (let i = 0; i < 5; i++) { off.advance(2000); q.tick(); }
    q.done('x');
    expect(off.out()).toBe('');
  });

  it('the commands keep stdout for results and progress off by default in a pipe', async () => {
    const r = await runCli(['extract', join(ROOT, 'corpus'), '--format', 'jsonl', '--progress']);
    expect(r.stdout.trim().split('\n').every((l) => JSON.parse(l).file)).toBe(true);
    expect(r.stderr).toMatch(/^linkage: 2 articles, \d+ facts, no unreadable file, \d+\.\d s\n$/m);
    const quiet = await runCli(['check', join(ROOT, 'corpus'), '--format', 'json']);
    expect(quiet.stderr).toBe('');
  });
});

describe('progress on a real terminal', () => {
  it('under script(1): the line is drawn on stderr and cleared, the summary stays, the file gets only results', () => {
    const d = mkdtempSync(join(tmpdir(), 'linkage-tty-'));
    const out = join(d, 'out.json');
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} extract corpus --progress -o ${out}`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TERM: 'xterm', CI: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\r\x1b[K');
    expect(r.stdout).toMatch(/linkage: 2 articles, \d+ facts, no unreadable file, \d+\.\d s/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(2);
  });
});
