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
      known.set(k, v);
    }
    return v as V;
  };
}
