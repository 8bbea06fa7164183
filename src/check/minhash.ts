/**
 * Near-duplicate detection without comparing every pair: each text becomes a
 * MinHash signature (one-permutation hashing) of its word shingles (the fraction of equal positions
 * estimates the Jaccard similarity of the shingle sets), and locality-sensitive
 * hashing puts signatures into buckets by bands, so only texts that share a
 * bucket are ever compared. With 20 bands of 5 rows, a pair at similarity 0.8
 * shares a bucket with probability 0.9996, a pair at 0.3 with 0.05.
 */
export const HASHES = 100;
export const BANDS = 20;
const ROWS = HASHES / BANDS;
/** members of one bucket compared with at most this many others: keeps a huge bucket linear */
const BUCKET_PAIRS = 32;

/** FNV-1a of a string, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Words in lower case, letters and digits only. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** A 32-bit finaliser (MurmurHash3's fmix32): spreads every input bit over the output. */
function mix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The MinHash signature of the k-word shingles of `ws`, by one-permutation
 * hashing: each shingle is hashed once and kept as the minimum of one of the
 * HASHES bins, instead of being hashed HASHES times (100 times less work);
 * empty bins (short texts) borrow from the next filled bin, offset by the
 * distance, which keeps equal-bin counting a fair estimate (Shrivastava & Li, 2014).
 */
export function signature(ws: string[], k: number): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const filled = new Uint8Array(HASHES);
  const wh = ws.map(fnv);
  for (let i = 0; i + k <= ws.length; i++) {
    // a shingle's hash from its words' hashes, order-sensitive
    let x = 0x811c9dc5;
    for (let w = i; w < i + k; w++) x = Math.imul(x ^ wh[w], 0x01000193) ^ (x >>> 15);
    const h = mix(x >>> 0);
    const bin = h % HASHES;
    const v = mix(h ^ 0x9e3779b9);
    if (v < sig[bin]) sig[bin] = v;
    filled[bin] = 1;
  }
  if (!filled.includes(1)) return sig;
  for (let j = 0; j < HASHES; j++) {
    if (filled[j]) continue;
    let t = (j + 1) % HASHES, d = 1;
    while (!filled[t]) { t = (t + 1) % HASHES; d++; }
    sig[j] = mix(sig[t] + Math.imul(d, 0x9e3779b1));
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) eq++;
  return eq / HASHES;
}

/**
 * Pairs [i, j] (i < j) of signatures that share an LSH bucket. A pair that
 * shares several bands comes once per band: remembering every pair seen costs
 * more memory than comparing a pair again (a corpus of near-copies has millions).
 */
export function* candidatePairs(sigs: Uint32Array[]): Generator<[number, number]> {
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < sigs.length; i++) {
      const key = sigs[i].subarray(b * ROWS, (b + 1) * ROWS).join(',');
      const list = buckets.get(key);
      if (list) list.push(i); else buckets.set(key, [i]);
    }
    for (const list of buckets.values()) {
      for (let x = 1; x < list.length; x++) {
        for (let y = Math.max(0, x - BUCKET_PAIRS); y < x; y++) yield [list[y], list[x]];
      }
    }
  }
}
