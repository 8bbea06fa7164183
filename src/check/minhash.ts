/**
 * Near-duplicate detection without comparing every pair: each text becomes a
 * MinHash signature (one-permutation hashing) of its word shingles (the fraction of equal positions
 * estimates the Jaccard similarity of the shingle sets), and locality-sensitive
 * hashing puts signatures into buckets by bands, so only texts that share a
 * bucket are ever compared. With 20 bands of 5 rows, a pair at similarity 0.8
 * shares a bucket with probability 0.9996, a pair at 0.3 with 0.05.
 */
import { wordCharAt } from '../text/chars.js';

export const HASHES = 100;
export const BANDS = 20;
const ROWS = HASHES / BANDS;
/** members of one bucket compared with at most this many others: keeps a huge bucket linear */
const BUCKET_PAIRS = 32;

/**
 * The FNV-1a hash (32 bits) of each word of a text in lower case, a word being a run of letters, marks and
 * digits (as /[\p{L}\p{M}\p{N}]+/u reads them), in order. No string is made per word: a page of a million
 * characters ("Ban Ban Ban …") has a quarter of a million words, and holding them all made the collector's
 * work grow faster than the page.
 */
export function wordHashes(text: string): number[] {
  const t = text.toLowerCase();
  const out: number[] = [];
  const n = t.length;
  for (let i = 0; i < n;) {
    if (!wordCharAt(t, i)) { i++; continue; }
    let h = 0x811c9dc5;
    while (i < n && wordCharAt(t, i)) {
      // a letter outside the BMP ("𠀧", a Nôm character) is two code units, both hashed
      const c = t.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
      if (c >= 0xd800 && c < 0xdc00) h = Math.imul(h ^ t.charCodeAt(++i), 0x01000193);
      i++;
    }
    out.push(h >>> 0);
  }
  return out;
}

/** A 32-bit finaliser (MurmurHash3's fmix32): spreads every input bit over the output. */
function mix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The MinHash signature of the k-word shingles of a text, from its words' hashes `wh` (wordHashes), by one-permutation
 * hashing: each shingle is hashed once and kept as the minimum of one of the
 * HASHES bins, instead of being hashed HASHES times (100 times less work);
 * empty bins (short texts) borrow from the next filled bin, offset by the
 * distance, which keeps equal-bin counting a fair estimate (Shrivastava & Li, 2014).
 */
export function signature(wh: readonly number[], k: number): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const filled = new Uint8Array(HASHES);
  for (let i = 0; i + k <= wh.length; i++) {
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
