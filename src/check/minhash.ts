/**
 * Near-duplicate detection without comparing every pair: each text becomes a
 * MinHash signature of its word shingles (the fraction of equal positions
 * estimates the Jaccard similarity of the shingle sets), and locality-sensitive
 * hashing puts signatures into buckets by bands, so only texts that share a
 * bucket are ever compared. With 20 bands of 5 rows, a pair at similarity 0.8
 * shares a bucket with probability 0.9996, a pair at 0.3 with 0.05.
 */
export const HASHES = 100;
const BANDS = 20;
const ROWS = HASHES / BANDS;
/** members of one bucket compared with at most this many others: keeps a huge bucket linear */
const BUCKET_PAIRS = 32;

// fixed odd multipliers and offsets: h_i(x) = a_i·x + b_i (mod 2^32), a family of permutations
const A = new Uint32Array(HASHES);
const B = new Uint32Array(HASHES);
let seed = 0x9e3779b9;
const next = () => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return seed >>> 0; };
for (let i = 0; i < HASHES; i++) { A[i] = next() | 1; B[i] = next(); }

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

/** The MinHash signature of the k-word shingles of `ws`. */
export function signature(ws: string[], k: number): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const wh = ws.map(fnv);
  for (let i = 0; i + k <= ws.length; i++) {
    // a shingle's hash from its words' hashes, order-sensitive
    let x = 0x811c9dc5;
    for (let w = i; w < i + k; w++) x = Math.imul(x ^ wh[w], 0x01000193) ^ (x >>> 15);
    x >>>= 0;
    for (let j = 0; j < HASHES; j++) {
      const h = (Math.imul(A[j], x) + B[j]) >>> 0;
      if (h < sig[j]) sig[j] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) eq++;
  return eq / HASHES;
}

/** Pairs [i, j] (i < j) of signatures that share an LSH bucket, each once. */
export function candidatePairs(sigs: Uint32Array[]): Array<[number, number]> {
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < sigs.length; i++) {
      const key = sigs[i].subarray(b * ROWS, (b + 1) * ROWS).join(',');
      const list = buckets.get(key);
      if (list) list.push(i); else buckets.set(key, [i]);
    }
    for (const list of buckets.values()) {
      for (let x = 1; x < list.length; x++) {
        for (let y = Math.max(0, x - BUCKET_PAIRS); y < x; y++) {
          const key = list[y] * sigs.length + list[x];
          if (!seen.has(key)) { seen.add(key); out.push([list[y], list[x]]); }
        }
      }
    }
  }
  return out;
}
