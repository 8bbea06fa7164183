/**
 * Positions in the raw file for rules that must look at the text as it is on
 * disk (encoding, NFC, tone placement), which the normalised Article.text hides.
 * Spans count code points, like every span linkage reports.
 */
import type { Span } from '../types.js';

const SURROGATE = /[\ud800-\udfff]/;

/** Span of raw.slice(from, to) (UTF-16 indexes) in code points with 1-based line/column. */
export function rawSpan(raw: string, from: number, to: number): Span {
  const cps = (a: number, b: number) => (SURROGATE.test(raw.slice(a, b)) ? [...raw.slice(a, b)].length : b - a);
  const lineStart = raw.lastIndexOf('\n', from - 1) + 1;
  let line = 1;
  for (let p = raw.indexOf('\n'); p !== -1 && p < from; p = raw.indexOf('\n', p + 1)) line++;
  const start = cps(0, from);
  return { start, end: start + cps(from, to), line, column: cps(lineStart, from) + 1 };
}

/** raw's code points [start, end) as a string (span offsets are code points). */
export function rawSlice(raw: string, start: number, end: number): string {
  if (!SURROGATE.test(raw)) return raw.slice(start, end);
  return [...raw].slice(start, end).join('');
}

