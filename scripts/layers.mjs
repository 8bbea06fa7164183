#!/usr/bin/env node
/**
 * The layers point one way:
 *
 *   cli → commands → pipeline/check → parallel → extract → ingest → article → types → text → data
 *
 * A module imports from its own layer and the layers below, never above;
 * nothing outside src/cli/ imports src/cli/ (the terminal is the CLI's: colour
 * is passed in); nothing inside src/ imports src/index.ts (the public face:
 * bin, tests and scripts only). Every import counts — static, dynamic
 * (`import('…')`), type-only and re-exports — since each is a dependency a
 * reader has to follow.
 *
 *   node scripts/layers.mjs        lists each offending arrow, exit 1 if any
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Highest first; a path prefix (a folder ends in /) names the modules of a layer. */
export const LAYERS = [
  ['cli', ['cli/']],
  // what each command does, as library functions; `report` is the HTML report command's
  ['commands', ['commands/', 'report-html/']],
  ['pipeline/check', ['pipeline.ts', 'warm-up.ts', 'check/', 'cite/', 'report/']],
  // the worker pool: runs a job module named by URL, knows no command
  ['parallel', ['parallel/']],
  ['extract', ['extract/']],
  // paths, globs, stdin, JSONL records → Articles or one error each
  ['ingest', ['ingest/']],
  ['article', ['article/']],
  // the shapes of facts and messages every layer above hands on (spans, precisions from text/)
  ['types', ['types.ts', 'findings.ts', 'messages.ts']],
  ['text', ['text/']],
  // the data files' accessors
  ['data', ['data.ts', 'data/', 'natural.d.ts']],
];

const PUBLIC_FACE = 'index.ts';

/**
 * Arrows being removed right now, each with who removes it; the list only
 * shrinks. An entry that no longer matches an arrow is noted, to be removed
 * so the fixed arrow cannot come back unnoticed.
 */
export const KNOWN = [
  // none: an arrow that breaks the layering is a failure
];

const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function layerOf(file) {
  const i = LAYERS.findIndex(([, prefixes]) => prefixes.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)));
  return i < 0 ? null : { rank: LAYERS.length - i, name: LAYERS[i][0] };
}

function* sources(dir, root = dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p, root);
    else if (e.name.endsWith('.ts')) yield relative(root, p).split('\\').join('/');
  }
}

/** Each relative import of a module: the imported module, as a path under src/ (`.js` → `.ts`). */
export function importsOf(file, text) {
  const out = new Set();
  // comments hold examples of imports (`import { extract } from 'linkage'`) that are not imports
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
  for (const m of code.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    out.add(posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
  }
  return [...out];
}

/** The arrows that break the layering, and the known ones (KNOWN) that no longer exist. */
export function checkLayers(srcDir) {
  const offenders = [];
  const unplaced = [];
  const matched = new Set();
  for (const file of sources(srcDir)) {
    if (file === PUBLIC_FACE) continue;
    const from = layerOf(file);
    if (!from) { unplaced.push(file); continue; }
    for (const to of importsOf(file, readFileSync(join(srcDir, file), 'utf8'))) {
      const target = layerOf(to);
      const why = to === PUBLIC_FACE ? 'imports the public face src/index.ts'
        : to.startsWith('cli/') && from.name !== 'cli' ? 'imports the CLI'
        : target && target.rank > from.rank ? `${from.name} imports the higher layer ${target.name}`
        : null;
      if (!why) continue;
      const arrow = `${file} -> ${to}`;
      const known = KNOWN.find((k) => arrow === k || (k.endsWith('/') && arrow.startsWith(k)));
      if (known) { matched.add(known); continue; }
      offenders.push(`${arrow}: ${why}`);
    }
  }
  const stale = KNOWN.filter((k) => !matched.has(k));
  return { offenders, unplaced, stale };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const { offenders, unplaced, stale } = checkLayers(src);
  for (const o of offenders) console.log(`src/${o}`);
  for (const f of unplaced) console.log(`src/${f}: in no layer (add its folder to LAYERS in scripts/layers.mjs)`);
  // a note, not a failure: the part that fixed it may land before this list is trimmed
  for (const k of stale) console.log(`note: ${k}: fixed; remove it from KNOWN in scripts/layers.mjs`);
  process.exitCode = offenders.length || unplaced.length ? 1 : 0;
}
