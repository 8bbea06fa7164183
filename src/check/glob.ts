/**
 * Ignore globs, gitignore-like: `*` and `?` stay within a path segment, `**`
 * crosses segments, `{a,b}` is either, a trailing `/` means a folder and
 * everything in it, and a pattern without a slash matches a name at any depth.
 */
import { escapeRe } from '../text/regex.js';

export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/^\.\//, '');
  const folder = g.endsWith('/');
  if (folder) g = g.slice(0, -1);
  const anchored = g.includes('/');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      // "**/" matches zero or more folders; a bare "**" anything
      if (g[i + 2] === '/') { re += '(?:.*/)?'; i += 2; } else { re += '.*'; i += 1; }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close === -1) { re += '\\{'; continue; }
      re += '(?:' + g.slice(i + 1, close).split(',').map(escapeRe).join('|') + ')';
      i = close;
    } else re += escapeRe(c);
  }
  // a match of a folder covers what is in it
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}(?:/.*)?$`, 'u');
}

/** One predicate for a list of globs, over paths relative to the config's folder. */
export function globMatcher(globs: string[]): (relPath: string) => boolean {
  const res = globs.map(globToRegExp);
  return (p) => res.some((r) => r.test(p));
}
