/** Regex building blocks. `\b` is ASCII-only even with the u flag, so word edges are spelled out. */

/** Not preceded by a letter, mark or digit. */
export const L = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Not followed by a letter, mark or digit. */
export const R = '(?![\\p{L}\\p{M}\\p{N}])';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of phrases, longest first, spaces matching any run of spaces. */
export function alternation(phrases: Iterable<string>): string {
  const uniq = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  return uniq.map((p) => escapeRe(p).replace(/ +/g, '\\s+')).join('|');
}

/** Upper-case the first letter (Vietnamese-aware). */
export function capitalize(s: string): string {
  return s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/**
 * Does a word start at text[i]? Hot scans check the left edge here rather than
 * open with the `L` lookbehind: V8 finds a pattern that starts with plain
 * letters many times faster.
 */
export function atWordStart(text: string, i: number): boolean {
  return i === 0 || !WORD_CHAR.test(text[i - 1]);
}

/** Like `alternation`, with each phrase's first letter in either case (much cheaper than the i flag). */
export function alternationAnyCase(phrases: Iterable<string>): string {
  const all = [...phrases].flatMap((p) => [p, p[0].toLocaleUpperCase('vi') + p.slice(1)]);
  return alternation(all);
}
