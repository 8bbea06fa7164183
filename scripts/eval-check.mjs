#!/usr/bin/env node
// Plants known faults into a copy of ~200 real articles of ../shared/corpus-vn-news
// and measures whether `linkage check` reports each one once, by the right rule,
// in the right file, and what it reports on the articles left untouched.
//   npm run build && node scripts/eval-check.mjs [--per-fault N] [--every K]
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FAULTS } from './plant-faults.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
// the corpus beside the checkout, or another copy (`--corpus DIR`: a git worktree has no ../shared beside it)
const corpusAt = process.argv.indexOf('--corpus');
const SHARED = corpusAt > 0 ? resolve(process.argv[corpusAt + 1]) : join(ROOT, '../shared/corpus-vn-news');
const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? +process.argv[i + 1] : def; };
const PER_FAULT = arg('--per-fault', 4);
const EVERY = arg('--every', 90);
if (!existsSync(SHARED)) { console.log(`eval-check: ${SHARED} not found, skipped`); process.exit(0); }

// every EVERY-th article across the parts, in a fixed order: ~200 of 18,000
const all = readdirSync(SHARED).filter((d) => d.startsWith('part-')).sort()
  .flatMap((d) => readdirSync(join(SHARED, d)).sort().map((f) => join(d, f)));
const picked = all.filter((_, i) => i % EVERY === 0);
const dir = mkdtempSync(join(tmpdir(), 'linkage-eval-'));
const name = (p) => p.replace('/', '_');
for (const p of picked) writeFileSync(join(dir, name(p)), readFileSync(join(SHARED, p)));

const run = () => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/linkage.js'), 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === 2) throw new Error(r.stderr);
  return { ...JSON.parse(r.stdout), ms: Number(process.hrtime.bigint() - t) / 1e6 };
};
const byCode = (fs) => fs.reduce((m, f) => ({ ...m, [`${f.code} (${f.severity})`]: (m[`${f.code} (${f.severity})`] ?? 0) + 1 }), {});

const before = run();

// plant: each fault into PER_FAULT different articles, spread over the sample; only
// articles with a body paragraph after the title line (some files are one long line)
const targets = picked.map(name).filter((f) => readFileSync(join(dir, f), 'utf8').split('\n').slice(1).some((l) => l.trim().length > 120));
const planted = new Map(); // file → { fault, rule }
const faults = Object.keys(FAULTS);
let k = 0;
for (const fault of faults) {
  const [plant, rule] = FAULTS[fault];
  for (let n = 0; n < PER_FAULT; n++) {
    const src = targets[(k++ * 7 + 3) % targets.length];
    const text = readFileSync(join(dir, src), 'utf8');
    const file = fault === 'duplicate' ? `zz-copy-of-${src}` : src;
    writeFileSync(join(dir, file), plant(text));
    planted.set(file, { fault, rule });
  }
}
const after = run();

const rows = [];
const missed = [];
for (const fault of faults) {
  const rule = FAULTS[fault][1];
  const files = [...planted].filter(([, p]) => p.fault === fault).map(([f]) => f);
  const once = files.filter((f) => after.findings.filter((x) => x.file === f && x.code === rule).length === 1).length;
  const more = files.filter((f) => after.findings.filter((x) => x.file === f && x.code === rule).length > 1).length;
  rows.push({ fault, rule, planted: files.length, 'reported once': once, 'more than once': more, missed: files.length - once - more });
  missed.push(...files.filter((f) => !after.findings.some((x) => x.file === f && x.code === rule)).map((f) => `${fault}: ${f}`));
}
const untouched = after.findings.filter((f) => !planted.has(f.file));
const rules = new Set(faults.map((f) => FAULTS[f][1]));
const stray = after.findings.filter((f) => rules.has(f.code) && planted.get(f.file)?.rule !== f.code);

console.log(`sample: ${picked.length} articles (every ${EVERY}th of ${all.length}), ${planted.size} faults planted (${PER_FAULT} per kind) in ${dir}`);
console.log(`time: ${before.ms.toFixed(0)} ms before planting, ${after.ms.toFixed(0)} ms after`);
console.table(rows);
for (const m of missed) console.log(`  missed ${m}`);
console.log('findings on the untouched sample before planting:', byCode(before.findings));
console.log('findings on untouched articles after planting:', byCode(untouched));
console.log(`planted rules firing where nothing was planted: ${stray.length}`);
for (const f of stray) console.log(`  ${f.code} ${f.file}: ${f.message}`);
const errs = untouched.filter((f) => f.severity === 'error');
console.log(`errors on untouched articles: ${errs.length}`);
for (const f of errs) console.log(`  ${f.code} ${f.file}: ${f.message}`);
// a rule that reads an extractor's warnings can only be as good as that extractor
const { extract } = await import('../dist/index.js');
for (const [file, p] of planted) {
  if (p.rule.startsWith('enumeration-') && (await extract(readFileSync(join(dir, file), 'utf8'), { file })).priorities.length === 0) {
    console.log('note: the priorities extractor finds no enumeration in the planted lists (not built on this branch): enumeration rules cannot fire');
    break;
  }
}
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true });
