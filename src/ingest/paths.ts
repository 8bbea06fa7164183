/**
 * Paths → the article files to read: files as given, folders walked
 * recursively for .txt, .md, .markdown, .html and .htm, "-" for standard input. Problems
 * are collected, never thrown, so one bad path does not stop the run.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

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
    default: return (err as Error)?.message ?? String(err);
  }
}

/** Expand paths in order; folders in sorted order so runs are reproducible. */
export function expandPaths(paths: string[], ignore?: (p: string) => boolean): { inputs: InputRef[]; problems: PathProblem[] } {
  const inputs: InputRef[] = [];
  const problems: PathProblem[] = [];
  for (const p of paths) {
    if (p === '-') { inputs.push({ path: '-', stdin: true }); continue; }
    let st;
    try { st = statSync(p); } catch (e) { problems.push({ path: p, reason: reasonOf(e) }); continue; }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(p, found, problems, ignore);
      if (found.length === 0) problems.push({ path: p, reason: 'no articles (.txt, .md, .markdown, .html, .htm) in this folder' });
      for (const f of found) inputs.push({ path: f });
    } else if (!ignore?.(p)) inputs.push({ path: p });
  }
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
