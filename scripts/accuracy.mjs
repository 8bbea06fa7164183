#!/usr/bin/env node
// Runs `linkage extract` over a folder of articles and scores it against gold files
// (format: ../shared/devset/GUIDE.md); method in scripts/accuracy/score.mjs.
//   npm run accuracy -- DIR GOLD_DIR [options]
//   --json             the figures as one JSON object (the reference scorer's shape, plus `title`)
//   --verbose          one line per miss before the figures
//   --floors FILE      exit 1 when a figure is below its floor in FILE, naming each
//   --update-floors    raise the floors in FILE (--floors, default accuracy-floors.json) to today's
//                      figures rounded down to 0.01; a floor is never lowered
//   --readme [FILE]    rewrite the figures between the accuracy markers of FILE (default README.md;
//                      FILE is read as such only after DIR and GOLD_DIR)
//   --output FILE      keep the extract output in FILE
//   --from FILE        score this extract output instead of running extract
//   --reference FILE   run that scorer (score-facts.mjs) on the same output; exit 1 unless it agrees
// Exit: 0 ok, 1 below a floor or the reference disagrees, 2 usage or run error.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { score } from './accuracy/score.mjs';
import { belowFloors, measureName, raiseFloors } from './accuracy/floors.mjs';
import { markdownTable, replaceBlock, textTable } from './accuracy/report.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/linkage.js');
const USAGE = 'usage: npm run accuracy -- DIR GOLD_DIR [--json] [--verbose] [--floors FILE] [--update-floors] [--readme [FILE]] [--output FILE] [--from FILE] [--reference SCORER]';

class UsageError extends Error {}
const fail = (msg, code = 2) => { console.error(`accuracy: ${msg}`); process.exit(code); };

function parseArgs(argv) {
  const opts = { positional: [], json: false, verbose: false, updateFloors: false };
  const valued = new Set(['--floors', '--output', '--from', '--reference']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--verbose') opts.verbose = true;
    else if (a === '--update-floors') opts.updateFloors = true;
    else if (a === '--readme') opts.readme = argv[i + 1] && !argv[i + 1].startsWith('--') && opts.positional.length >= 2 ? argv[++i] : join(ROOT, 'README.md');
    else if (valued.has(a)) {
      if (argv[i + 1] == null) throw new UsageError(`${a} needs a file`);
      opts[a.slice(2)] = argv[++i];
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else opts.positional.push(a);
  }
  if (opts.positional.length !== 2) throw new UsageError(USAGE);
  if (opts.updateFloors) opts.floors ??= join(ROOT, 'accuracy-floors.json');
  return opts;
}

const readJson = (file) => {
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch (e) { return fail(`${file}: ${e.code === 'ENOENT' ? 'not found' : e.message}`); }
};

function loadGold(dir) {
  if (!existsSync(dir)) fail(`${dir}: not found`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) fail(`${dir}: no gold files (*.json)`);
  return files.map((f) => readJson(join(dir, f)));
}

/** The extract output as text: from --from, or by running the CLI as a user would. */
function extractOutput(dir, from) {
  if (from) return readFileSync(from, 'utf8');
  const r = spawnSync(process.execPath, [BIN, 'extract', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.stderr) process.stderr.write(r.stderr);
  // exit 1: some files could not be read, the others were; they count as missing from the output
  if (r.status !== 0 && r.status !== 1) fail(`linkage extract ${dir} exited ${r.status ?? r.signal}`);
  return r.stdout;
}

/** Fields on which the reference scorer's figures differ from ours (our own `title` is not in it). */
function disagreements(ours, reference) {
  return Object.keys(reference).filter((k) => !isDeepStrictEqual(ours[k], reference[k]))
    .map((k) => `${k}: ours ${JSON.stringify(ours[k])} reference ${JSON.stringify(reference[k])}`);
}

function crossCheck(scorer, outputText, outputFile, goldDir, figures) {
  if (!existsSync(scorer)) fail(`${scorer}: not found`);
  let file = outputFile, tmp;
  if (!file) { tmp = mkdtempSync(join(tmpdir(), 'linkage-accuracy-')); file = join(tmp, 'out.json'); writeFileSync(file, outputText); }
  const r = spawnSync(process.execPath, [scorer, file, goldDir, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (r.status !== 0) fail(`${scorer}: exited ${r.status ?? r.signal}${r.stderr.trim() ? `: ${r.stderr.trim().split('\n')[0]}` : ''}`);
  let theirs;
  try { theirs = JSON.parse(r.stdout.trim().split('\n').pop()); } catch { fail(`reference ${scorer} printed no JSON figures`); }
  return disagreements(figures, theirs);
}

function main() {
  let opts;
  try { opts = parseArgs(process.argv.slice(2)); } catch (e) { if (e instanceof UsageError) fail(e.message); throw e; }
  const [dir, goldDir] = opts.positional;
  const golds = loadGold(goldDir);
  const text = extractOutput(dir, opts.from);
  let output;
  try { output = JSON.parse(text); } catch (e) { fail(`extract output is not JSON: ${e.message}`); }
  if (opts.output) writeFileSync(opts.output, text);
  const { figures, misses } = score(output, golds);

  if (opts.verbose) for (const m of misses) console.log(m);
  console.log(opts.json ? JSON.stringify(figures) : textTable(figures));
  let code = 0;

  if (opts.reference) {
    const diff = crossCheck(opts.reference, text, opts.output ?? opts.from, goldDir, figures);
    if (diff.length) { for (const d of diff) console.error(`accuracy: reference disagrees on ${d}`); code = 1; }
    else console.error(`accuracy: the reference scorer ${opts.reference} gives the same figures`);
  }
  if (opts.floors) {
    const floors = existsSync(opts.floors) || !opts.updateFloors ? readJson(opts.floors) : {};
    if (opts.updateFloors) {
      const { floors: next, raised } = raiseFloors(floors, figures);
      writeFileSync(opts.floors, `${JSON.stringify(next, null, 2)}\n`);
      for (const r of raised) console.error(`accuracy: floor of ${measureName(r.field, r.measure)} ${r.from == null ? 'set' : `raised from ${r.from}`} to ${r.to}`);
      if (!raised.length) console.error('accuracy: no floor raised');
    } else {
      const below = belowFloors(figures, floors);
      for (const b of below) console.error(`accuracy: ${measureName(b.field, b.measure)} ${b.value} is below its floor ${b.floor}`);
      if (below.length) code = 1;
      else console.error(`accuracy: every field at or above its floor (${opts.floors})`);
    }
  }
  if (opts.readme) {
    const block = [
      `${figures.articles.gold} articles with gold facts${figures.articles.missing ? `, ${figures.articles.missing} of them missing from the output` : ''}:`,
      '',
      markdownTable(figures),
    ].join('\n');
    const file = resolve(opts.readme);
    try { writeFileSync(file, replaceBlock(readFileSync(file, 'utf8'), block)); } catch (e) { fail(`${file}: ${e.message}`); }
  }
  process.exitCode = code;
}

main();
