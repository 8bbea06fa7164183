/**
 * A function's answers kept for the arguments it meets again, as many as
 * `limit`; past it the memory starts over (cleared, not evicted one by one:
 * the answers that matter come back at once). The same names, capitalised
 * words and registry entries recur in article after article ("Nguyễn Xuân
 * Phúc", "Hà Nội"), and a run of a million articles must not keep them all.
 */
export function memoize<K, V>(compute: (k: K) => V, limit: number): (k: K) => V {
  const known = new Map<K, V>();
  return (k) => {
    let v = known.get(k);
    if (v === undefined && !known.has(k)) {
      v = compute(k);
      if (known.size >= limit) known.clear();
      // a string key is kept as a copy of its own: a name cut from an article ("Nguyễn Văn An") would keep the
      // whole article alive for as long as it is remembered (thousands of articles in a long run)
      known.set(typeof k === 'string' ? (detached(k) as K) : k, v);
    }
    return v as V;
  };
}

/**
 * A copy of a string cut from a text that does not hold on to the text: a slice of 13 characters or more is a
 * view into the whole string it was cut from ("Nguyễn Văn An" out of a page of 5,000 characters keeps all 5,000).
 * (The concatenation is copied into a string of its own length when it is sliced.)
 */
export const detached = (s: string): string => (' ' + s).slice(1);
