/**
 * Globs without backtracking, for quoted input globs (`'corpus/**\/*.{txt,md}'`)
 * and the ignore globs of the config. `*` and `?` and `[a-z]` / `[!a-z]` stay
 * within a path segment, `**` as a whole segment spans any number of them,
 * `{a,b}` is either, `\` escapes.
 *
 * Why not picomatch or minimatch: both compile a glob into a RegExp with one
 * lazy `[^/]*?` per star, which backtracks exponentially; picomatch takes
 * 150 ms on `*a*a*a*a*a*a*a*a*b` against 30 `a`s, and ten times that for a
 * few more. Here a segment is matched by the two-pointer wildcard scan (on a
 * mismatch it resumes after the last star only) and the segments by the same
 * scan with `**` as the star, so a match costs at most pattern × path.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type Tok =
  | { t: 'lit'; c: string }
  | { t: 'any' }
  | { t: 'star' }
  | { t: 'class'; neg: boolean; chars: string; ranges: Array<[string, string]> };
type Seg = { globstar: true } | { globstar: false; toks: Tok[] };

/** At most this many alternatives from `{…}`: a pattern is not a way to make work. */
const MAX_ALTERNATIVES = 1024;

export class GlobError extends Error {}

export function isGlob(p: string): boolean {
  return /[*?[{]/.test(p);
}

/** `a{b,c}d` → `abd`, `acd` (nested braces too). */
export function expandBraces(p: string): string[] {
  const out: string[] = [];
  const todo = [p];
  while (todo.length) {
    const s = todo.pop()!;
    // the first `{` whose `}` closes it with a comma at its own depth
    let open = -1, close = -1;
    const commas: number[] = [];
    for (let i = 0, depth = 0, start = -1; i < s.length && close < 0; i++) {
      const c = s[i];
      if (c === '\\') { i++; continue; }
      if (c === '{') { if (depth++ === 0) { start = i; commas.length = 0; } } else if (c === '}' && depth > 0) {
        if (--depth === 0 && commas.length) { open = start; close = i; }
      } else if (c === ',' && depth === 1) commas.push(i);
    }
    if (close < 0) { out.push(s); continue; }
    const cuts = [open, ...commas, close];
    for (let k = cuts.length - 2; k >= 0; k--) todo.push(s.slice(0, open) + s.slice(cuts[k] + 1, cuts[k + 1]) + s.slice(close + 1));
    if (out.length + todo.length > MAX_ALTERNATIVES) throw new GlobError(`more than ${MAX_ALTERNATIVES} alternatives in its {…}`);
  }
  return out;
}

function tokens(seg: string): Tok[] {
  const toks: Tok[] = [];
  const chars = Array.from(seg);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\' && i + 1 < chars.length) toks.push({ t: 'lit', c: chars[++i] });
    else if (c === '*') { if (toks.at(-1)?.t !== 'star') toks.push({ t: 'star' }); } else if (c === '?') toks.push({ t: 'any' });
    else if (c === '[') {
      const end = chars.indexOf(']', i + 2);
      if (end < 0) { toks.push({ t: 'lit', c }); continue; }
      let body = chars.slice(i + 1, end);
      const neg = body[0] === '!' || body[0] === '^';
      if (neg) body = body.slice(1);
      const ranges: Array<[string, string]> = [];
      let single = '';
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) { ranges.push([body[k], body[k + 2]]); k += 2; } else single += body[k];
      }
      toks.push({ t: 'class', neg, chars: single, ranges });
      i = end;
    } else toks.push({ t: 'lit', c });
  }
  return toks;
}

function one(t: Tok, c: string): boolean {
  switch (t.t) {
    case 'lit': return t.c === c;
    case 'any': return true;
    case 'class': return (t.chars.includes(c) || t.ranges.some(([a, b]) => c >= a && c <= b)) !== t.neg;
    default: return false;
  }
}

/** Greedy scan with resumption after the last star: O(pattern × text), never exponential. Here over path segments, `**` the star. */
function scan<P, S>(pat: P[], s: ArrayLike<S>, isStar: (p: P) => boolean, eq: (p: P, x: S) => boolean): boolean {
  let p = 0, i = 0, starP = -1, starI = 0;
  while (i < s.length) {
    if (p < pat.length && isStar(pat[p])) { starP = p++; starI = i; } else if (p < pat.length && eq(pat[p], s[i])) { p++; i++; } else if (starP >= 0) { p = starP + 1; i = ++starI; } else return false;
  }
  while (p < pat.length && isStar(pat[p])) p++;
  return p === pat.length;
}

const SURROGATE_RE = /[\ud800-\udfff]/;

/** One name against one segment's tokens: the same scan, written out for speed on long names. */
function segMatch(toks: Tok[], name: string): boolean {
  // by code point only where the name needs it: a copy of a long name costs more than the match
  const s: ArrayLike<string> = SURROGATE_RE.test(name) ? Array.from(name) : name;
  const n = s.length, m = toks.length;
  let p = 0, i = 0, starP = -1, starI = 0;
  while (i < n) {
    const t = p < m ? toks[p] : null;
    if (t !== null && t.t === 'star') { starP = p++; starI = i; } else if (t !== null && one(t, s[i])) { p++; i++; } else if (starP >= 0) { p = starP + 1; i = ++starI; } else return false;
  }
  while (p < m && toks[p].t === 'star') p++;
  return p === m;
}

function compileOne(glob: string): Seg[] {
  return glob.split('/').map((s) => (s === '**' ? { globstar: true } : { globstar: false, toks: tokens(s) }));
}

function pathMatch(segs: Seg[], parts: string[]): boolean {
  return scan(segs, parts, (s) => s.globstar, (s, name) => !s.globstar && segMatch(s.toks, name));
}

/** A predicate over `/`-separated paths for one glob (with its brace alternatives). */
export function compileGlob(glob: string): (path: string) => boolean {
  const alts = expandBraces(glob).map(compileOne);
  return (path) => {
    const parts = path.split('/');
    return alts.some((segs) => pathMatch(segs, parts));
  };
}

/**
 * Ignore globs, gitignore-like, over paths relative to the config's folder: a
 * pattern without a slash matches a name at any depth, a trailing `/` means a
 * folder, and a match of a folder covers everything in it.
 */
export function ignoreMatcher(globs: string[]): (relPath: string) => boolean {
  const alts = globs.flatMap((raw) => {
    let g = raw.trim().replace(/^\.\//, '');
    if (g.endsWith('/')) g = g.slice(0, -1);
    if (!g.includes('/')) g = `**/${g}`;
    return expandBraces(g).map(compileOne);
  });
  return (p) => {
    const parts = p.split('/');
    // the path itself or any folder above it
    for (let k = parts.length; k >= 1; k--) {
      const head = k === parts.length ? parts : parts.slice(0, k);
      if (alts.some((segs) => pathMatch(segs, head))) return true;
    }
    return false;
  };
}

/**
 * The files a glob names, sorted: the folders before its first wildcard are
 * walked (no deeper than the pattern reaches without `**`; dot folders and
 * node_modules skipped, as for a folder argument). `keep` filters the names.
 */
export function expandGlob(glob: string, keep: (path: string) => boolean = () => true): string[] {
  const found = new Set<string>();
  for (const alt of expandBraces(glob)) {
    const segs = alt.split('/');
    const firstWild = segs.findIndex(isGlob);
    const baseSegs = firstWild < 0 ? segs.slice(0, -1) : segs.slice(0, firstWild);
    const base = baseSegs.join('/') || (alt.startsWith('/') ? '/' : '.');
    const rest = segs.slice(baseSegs.length);
    const maxDepth = rest.includes('**') ? Infinity : rest.length;
    const match = compileGlob(rest.join('/'));
    const prefix = baseSegs.length ? baseSegs.join('/') + '/' : '';
    walk(base, '', 1, maxDepth, (rel) => {
      if (match(rel) && keep(prefix + rel)) found.add(prefix + rel);
    });
  }
  return [...found].sort();
}

function walk(dir: string, rel: string, depth: number, maxDepth: number, visit: (rel: string) => void): void {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) { if (depth < maxDepth) walk(join(dir, e.name), r, depth + 1, maxDepth, visit); } else if (e.isFile()) visit(r);
  }
}
