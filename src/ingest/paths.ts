/**
 * Paths → the article files to read: files as given, folders walked
 * recursively for .txt, .md, .markdown, .html and .htm, "-" for standard input. Problems
 * are collected, never thrown, so one bad path does not stop the run.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { expandGlob, isGlob } from './glob.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** For standard input, `path` is `-` or the name given by --stdin-filename, whose extension says how to read it. */
export interface InputRef { path: string; stdin?: boolean }
export interface PathProblem { path: string; reason: string }

export function isMarkdown(path: string): boolean {
  const e = extname(path).toLowerCase();
  return e === '.md' || e === '.markdown';
}

export function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENOSPC': return 'no space left on device';
    case 'EROFS': return 'read-only file system';
    default: return (err as Error)?.message ?? String(err);
  }
}

export interface ExpandOptions {
  ignore?: (p: string) => boolean;
  /** the name standard input is reported as */
  stdinName?: string;
}

/**
 * Expand paths in order; folders in sorted order so runs are reproducible. A
 * path that does not exist but holds a wildcard is a glob (quoted, so the
 * shell left it alone). A file named twice (`a.txt a.txt`, or a folder and a
 * file in it) is read once, where it first appears.
 */
export function expandPaths(paths: string[], opts: ExpandOptions | ((p: string) => boolean) = {}): { inputs: InputRef[]; problems: PathProblem[] } {
  const { ignore, stdinName } = typeof opts === 'function' ? { ignore: opts, stdinName: undefined } : opts;
  const found: InputRef[] = [];
  const problems: PathProblem[] = [];
  for (const p of paths) {
    if (p === '-') { found.push({ path: stdinName ?? '-', stdin: true }); continue; }
    let st;
    try { st = statSync(p); } catch (e) {
      if (!isGlob(p)) { problems.push({ path: p, reason: reasonOf(e) }); continue; }
      // a name without an extension of its own (`corpus/**`) picks articles only
      const anyFile = /\.[^/*?]+$/.test(p);
      let files: string[];
      try {
        files = expandGlob(p, (f) => !ignore?.(f) && (anyFile || ARTICLE_EXTENSIONS.has(extname(f).toLowerCase())));
      } catch (g) { problems.push({ path: p, reason: (g as Error).message }); continue; }
      if (!files.length) problems.push({ path: p, reason: 'no file matches this pattern' });
      for (const f of files) found.push({ path: f });
      continue;
    }
    if (st.isDirectory()) {
      const inFolder: string[] = [];
      walk(p, inFolder, problems, ignore);
      if (inFolder.length === 0) problems.push({ path: p, reason: 'no articles (.txt, .md, .markdown, .html, .htm) in this folder' });
      for (const f of inFolder) found.push({ path: f });
    } else if (!ignore?.(p)) found.push({ path: p });
  }
  const seen = new Set<string>();
  const inputs = found.filter((ref) => {
    const key = ref.stdin ? '\0stdin' : resolve(ref.path);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { inputs, problems };
}

function walk(dir: string, out: string[], problems: PathProblem[], ignore?: (p: string) => boolean): void {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch (e) { problems.push({ path: dir, reason: reasonOf(e) }); return; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    // a folder's own README or LICENSE describes the corpus; it is not an article
    if (e.isFile() && /^(readme|license|licence|changelog)(\.|$)/i.test(e.name)) continue;
    const p = join(dir, e.name).split('\\').join('/');
    if (ignore?.(p)) continue;
    if (e.isDirectory()) walk(p, out, problems, ignore);
    else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
  }
}
