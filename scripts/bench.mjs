#!/usr/bin/env node
// Benchmark: whole-process throughput, CPU time and peak memory of
// `linkage extract` (and `linkage check`), and their ratio to a bare
// read-and-regex pass over the same files, measured in the same run (the
// machine may be shared: ratios within one run are what compare).
//   npm run bench                      5,000 generated articles
//   npm run bench -- 20000             20,000 generated articles
//   npm run bench -- ../shared/corpus-vn-news
//   npm run bench -- 5000 --jobs 1     single-threaded
//   npm run bench -- DIR --readme      also rewrite README's Speed figures with these
// Not a test: it reports, it asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { tmpdir, availableParallelism } from 'node:os';
import { generate } from './gen-corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/linkage.js');
const args = process.argv.slice(2);
const take = (flag, n = 1) => { const at = args.indexOf(flag); return at < 0 ? null : args.splice(at, 1 + n).slice(1); };
const jobs = take('--jobs')?.[0] ?? null;
const readme = take('--readme', 0) !== null;
const target = args[0] ?? '5000';

let dir;
let label;
if (/^\d+$/.test(target)) {
  dir = join(root, '.bench', `corpus-${target}`);
  label = `${Number(target).toLocaleString('en')} generated articles`;
  if (!existsSync(join(dir, '.done'))) {
    rmSync(dir, { recursive: true, force: true });
    const t = Date.now();
    const bytes = generate(dir, +target, 1);
    writeFileSync(join(dir, '.done'), '');
    console.log(`generated ${target} articles (${(bytes / 1e6).toFixed(1)} MB) in ${dir} in ${Date.now() - t} ms`);
  }
} else {
  dir = resolve(target);
  label = `\`${basename(dir)}\``;
}

function corpusSize(d) {
  let files = 0, bytes = 0;
  const walk = (p) => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const q = join(p, e.name);
      if (e.isDirectory()) walk(q);
      else if (/\.(txt|md|markdown|html?)$/i.test(e.name) && !/^readme/i.test(e.name)) { files++; bytes += statSync(q).size; }
    }
  };
  walk(d);
  return { files, bytes };
}

const reportDir = mkdtempSync(join(tmpdir(), 'linkage-bench-'));
let runs = 0;
/** Run node with args to completion, output discarded: wall time, CPU time of all its threads, peak RSS. */
function measure(nodeArgs) {
  return new Promise((res) => {
    const report = join(reportDir, `r${runs++}.json`);
    const env = { ...process.env, BENCH_REPORT: report, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(root, 'scripts/bench/cpu-report.cjs')}`.trim() };
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (d) => { if (stderr.length < 4000) stderr += d; });
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      let r = { cpu: NaN, maxRSSMB: NaN };
      try { r = JSON.parse(readFileSync(report, 'utf8')); } catch { /* killed */ }
      res({ s: ms / 1000, cpu: r.cpu, peakMB: r.maxRSSMB, code, stderr });
    });
  });
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { files, bytes } = corpusSize(dir);
const mb = bytes / 1e6;
const cores = availableParallelism();
const extra = jobs ? ['--jobs', jobs] : [];
console.log(`corpus: ${dir}\n  ${files} articles, ${mb.toFixed(1)} MB; node ${process.version}; ${cores} cores${jobs ? `; --jobs ${jobs}` : ''}`);

const bare = await measure([join(root, 'scripts/bench/bare.mjs'), dir]);
console.log(`bare pass (read, decode, one regex; one thread)\n  ${bare.s.toFixed(2)} s, ${bare.cpu.toFixed(2)} s CPU, ${(mb / bare.s).toFixed(1)} MB/s`);

const rows = [];
const commands = [['extract', dir, '--format', 'jsonl', ...extra], ['check', dir, '--format', 'json', ...extra]];
for (const c of commands) {
  const m = await measure([bin, ...c]);
  const shown = `linkage ${c.join(' ').replace(dir, '<corpus>')}`;
  rows.push({ cmd: c[0], ...m });
  console.log(`${shown}\n  ${m.s.toFixed(2)} s, ${m.cpu.toFixed(2)} s CPU, ${(mb / m.s).toFixed(1)} MB/s (${(files / m.s).toFixed(0)} articles/s), peak RSS ${m.peakMB.toFixed(0)} MB, exit ${m.code}` +
    `\n  ${(m.s / bare.s).toFixed(1)}× the bare pass's time, ${(m.cpu / bare.cpu).toFixed(1)}× its CPU`);
  if (m.code !== 0 && m.code !== 1) console.log('  stderr: ' + m.stderr.split('\n').slice(0, 5).join('\n  '));
}

// start-up: medians of several runs
const sample = join(root, 'corpus', readdirSync(join(root, 'corpus')).find((f) => f.endsWith('.txt')) ?? '');
const v = [], e = [];
for (let i = 0; i < 7; i++) {
  v.push((await measure([bin, '--version'])).s * 1000);
  if (existsSync(sample)) e.push((await measure([bin, 'extract', sample, '--format', 'json'])).s * 1000);
}
console.log(`start-up (median of 7): linkage --version ${median(v).toFixed(0)} ms; extract of one sample article ${median(e).toFixed(0)} ms`);
rmSync(reportDir, { recursive: true, force: true });

if (readme) {
  const [x, k] = rows;
  const line = (r) => `| \`${r.cmd}${r.cmd === 'extract' ? ' --format jsonl' : ''}\`, ${label} (${mb.toFixed(0)} MB) | ${(mb / r.s).toFixed(1)} MB/s, ${(files / r.s).toFixed(0)} articles/s | ${r.cpu.toFixed(1)} s | ${(r.s / bare.s).toFixed(1)}× / ${(r.cpu / bare.cpu).toFixed(1)}× | ${r.peakMB.toFixed(0)} MB |`;
  const table = [
    `<!-- speed:start (written by \`npm run bench -- ${target} --readme\`; do not edit by hand) -->`,
    `Measured on ${cores} cores, Node ${process.version.slice(1)}; the bare pass reads and decodes the same files and runs one regular expression over them, in the same run (${(mb / bare.s).toFixed(0)} MB/s, ${bare.cpu.toFixed(1)} s CPU):`,
    '',
    '| run | throughput | CPU time | time / CPU against the bare pass | peak RSS |',
    '| --- | --- | --- | --- | --- |',
    line(x), line(k),
    `| \`linkage --version\` / \`extract\` of one sample article (medians of 7) | ${median(v).toFixed(0)} ms / ${median(e).toFixed(0)} ms | | | |`,
    '<!-- speed:end -->',
  ].join('\n');
  const path = join(root, 'README.md');
  const text = readFileSync(path, 'utf8');
  const re = /<!-- speed:start[\s\S]*?<!-- speed:end -->/;
  if (!re.test(text)) { console.error('README.md has no <!-- speed:start --> … <!-- speed:end --> markers'); process.exit(2); }
  writeFileSync(path, text.replace(re, table));
  console.log('README.md: Speed figures rewritten');
}
