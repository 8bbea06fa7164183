/**
 * Where words occur in a text, for the cheap tests that gate the extractors'
 * scans ("no 'ký' in the sentence → no signing in it"): every occurrence of
 * each word, found by indexOf of the word from its first rare letter on
 * ("ỏa thuận" for "thỏa thuận", "rao" for "trao"), then checked whole. A
 * regex of the words tried at every offset costs several times more: most
 * words start with a letter the text is full of ("n", "t", "h").
 */

/** Occurrences in text order: where each starts and ends. */
export interface Hints { starts: number[]; ends: number[] }

export class WordHints {
  /** needle → the words holding it, with the needle's offset in each */
  readonly #byNeedle = new Map<string, Array<{ word: string; at: number }>>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      // the first letter outside ASCII after the first, else the second: a first letter is the commonest kind
      let at = 1;
      while (at < word.length && word.charCodeAt(at) < 0x80) at++;
      if (at >= word.length) at = Math.min(1, word.length - 1);
      if (word.length > 255) throw new Error(`a hint word is too long: ${word}`);
      const needle = word.slice(at);
      const list = this.#byNeedle.get(needle) ?? [];
      list.push({ word, at });
      this.#byNeedle.set(needle, list);
    }
  }

  /** Whether one of the words occurs in t: what a regex of them tells, stopping at the first found for each needle. */
  any(t: string): boolean {
    for (const [needle, words] of this.#byNeedle) {
      for (let p = t.indexOf(needle); p >= 0; p = t.indexOf(needle, p + 1)) {
        for (const { word, at } of words) if (p >= at && t.startsWith(word, p - at)) return true;
      }
    }
    return false;
  }

  /** Every occurrence of every word in t (those that overlap included). */
  in(t: string): Hints {
    // each as start * 256 + length, one number: sorted as numbers, with no pair made per occurrence
    const found: number[] = [];
    for (const [needle, words] of this.#byNeedle) {
      for (let p = t.indexOf(needle); p >= 0; p = t.indexOf(needle, p + 1)) {
        for (const { word, at } of words) if (p >= at && t.startsWith(word, p - at)) found.push((p - at) * 256 + word.length);
      }
    }
    const sorted = Float64Array.from(found).sort();
    const h: Hints = { starts: new Array(sorted.length), ends: new Array(sorted.length) };
    for (let i = 0; i < sorted.length; i++) {
      const start = Math.floor(sorted[i] / 256);
      h.starts[i] = start;
      h.ends[i] = start + (sorted[i] % 256);
    }
    return h;
  }
}

/** Whether an occurrence lies wholly inside t[s, e). */
export function hintWithin(h: Hints, s: number, e: number): boolean {
  let lo = 0, hi = h.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (h.starts[mid] < s) lo = mid + 1; else hi = mid;
  }
  // an occurrence that runs past e may be followed by a shorter one that does not
  for (let k = lo; k < h.starts.length && h.starts[k] < e; k++) if (h.ends[k] <= e) return true;
  return false;
}
