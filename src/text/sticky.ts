/**
 * A pattern tried only where a match can start. A global search tries a
 * pattern at every position of the text; one that opens with a lookbehind
 * (`(?<![\p{L}\p{M}\p{N}])(\d{1,5})…`) pays for it at each of them. When a
 * cheaper search (a finder) names every position a match can start at — a
 * short run of digits before "/" for a document number, "tháng" for a month —
 * the pattern, made sticky, is tried there alone.
 */

/**
 * Where `finder` (a global regex) matches in `text`, in order, into `out`
 * (emptied first; pass the same array again to spare the allocation).
 * A finder should consume only what no match of the pattern it stands for
 * can start inside (digits, a word), so that no start is skipped.
 */
export function findStarts(finder: RegExp, text: string, out: number[] = []): number[] {
  out.length = 0;
  finder.lastIndex = 0;
  for (let m = finder.exec(text); m; m = finder.exec(text)) {
    out.push(m.index);
    if (m[0] === '') finder.lastIndex++;
  }
  return out;
}

/**
 * The matches a global search for `sticky`'s pattern gives in `text`
 * (each search going on from the end of the last match), when every match
 * starts at one of `starts` (ascending): the sticky regex is tried only there.
 * The matches come as a list: a body holds a few, and a generator's steps (one
 * per call, seven patterns per article for the dates alone) cost more than the tries.
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const i of starts) {
    if (i < next) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    next = i + Math.max(1, m[0].length);
    out.push(m);
  }
  return out;
}
