#!/usr/bin/env node
// Benchmark: whole-process throughput and peak memory of `linkage extract`
// (and `linkage check` when built) on a generated corpus or any folder.
//   npm run bench                      5,000 generated articles
//   npm run bench -- 20000             20,000 generated articles
//   npm run bench -- ../shared/corpus-vn-news
//   npm run bench -- 5000 --jobs 1     single-threaded
// Not a test: it reports, it asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from './gen-corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/linkage.js');
const args = process.argv.slice(2);
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? args.splice(jobsAt, 2)[1] : null;
const target = args[0] ?? '5000';

let dir;
if (/^\d+$/.test(target)) {
  dir = join(root, '.bench', `corpus-${target}`);
  if (!existsSync(join(dir, '.done'))) {
    rmSync(dir, { recursive: true, force: true });
    const t = Date.now();
    const bytes = generate(dir, +target, 1);
    spawnSync('touch', [join(dir, '.done')]);
    console.log(`generated ${target} articles (${(bytes / 1e6).toFixed(1)} MB) in ${dir} in ${Date.now() - t} ms`);
  }
} else dir = resolve(target);

function corpusSize(d) {
  let files = 0, bytes = 0;
  const walk = (p) => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const q = join(p, e.name);
      if (e.isDirectory()) walk(q);
      else if (/\.(txt|md|markdown)$/i.test(e.name) && !/^readme/i.test(e.name)) { files++; bytes += statSync(q).size; }
    }
  };
  walk(d);
  return { files, bytes };
}

/** Run a command to completion, output discarded; wall time and peak RSS (VmHWM, polled). */
function measure(cmdArgs) {
  return new Promise((res) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, cmdArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0, stderr = '';
    child.stderr.on('data', (d) => { if (stderr.length < 4000) stderr += d; });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, +m[1]);
      } catch { /* exited */ }
    }, 10);
    child.on('exit', (code) => {
      clearInterval(poll);
      res({ ms: Number(process.hrtime.bigint() - t0) / 1e6, peakMB: peak / 1024, code, stderr });
    });
  });
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { files, bytes } = corpusSize(dir);
const extra = jobs ? ['--jobs', jobs] : [];
console.log(`corpus: ${dir}\n  ${files} articles, ${(bytes / 1e6).toFixed(1)} MB; node ${process.version}; ${(await import('node:os')).availableParallelism()} cores${jobs ? `; --jobs ${jobs}` : ''}`);

const runs = [['extract', dir, '--format', 'jsonl', ...extra]];
if (/^\s+check\b/m.test(spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout)) runs.push(['check', dir, '--format', 'json', ...extra]);
for (const r of runs) {
  const m = await measure([bin, ...r]);
  const s = m.ms / 1000;
  console.log(`linkage ${r.join(' ').replace(dir, '<corpus>')}\n  ${s.toFixed(2)} s, ${(files / s).toFixed(0)} articles/s, ${(bytes / 1e6 / s).toFixed(1)} MB/s, peak RSS ${m.peakMB.toFixed(0)} MB, exit ${m.code}`);
  if (m.code !== 0 && m.code !== 1) console.log('  stderr: ' + m.stderr.split('\n').slice(0, 5).join('\n  '));
}

// start-up: medians of several runs
const sample = join(root, 'corpus', '000_bbd62cd082e50f3f.txt');
const v = [], e = [];
for (let i = 0; i < 7; i++) {
  v.push((await measure([bin, '--version'])).ms);
  if (existsSync(sample)) e.push((await measure([bin, 'extract', sample, '--format', 'json'])).ms);
}
console.log(`start-up (median of 7): linkage --version ${median(v).toFixed(0)} ms` + (e.length ? `; extract of one sample article ${median(e).toFixed(0)} ms` : ''));
