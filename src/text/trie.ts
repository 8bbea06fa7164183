/**
 * A list of phrases found as the regex of their prefix tree finds them
 * (`phrasesRe` in regex.ts: a space matches any run of white space, the
 * longest phrase that ends at a word edge wins), walked in code: one lookup
 * per character of the text, tried only at word starts whose first letter
 * begins some phrase. V8 runs a large alternation ("Hà Nội|Hải Phòng|…", 570
 * place names) at every position of the text; this walk mostly leaves the
 * tree after a letter or two ("Hội nghị" leaves it at "ộ").
 */

import { SPACE, WORD, wordCharAt } from './chars.js';

const wordEnd = (text: string, end: number) => !wordCharAt(text, end);

/** ends of the phrases on one walk, shortest first, and their phrases (a walk is read to its end before another starts) */
let ends = new Int32Array(64);
let endPhrases = new Int32Array(64);
/** the phrase of the last match `matchAt` found */
let matchedPhrase = -1;
const grow = (a: Int32Array) => { const more = new Int32Array(2 * a.length); more.set(a); return more; };

export class PhraseTrie {
  /** code unit → its letter in the phrases' alphabet (white space all one letter, the space between words), 0 for none */
  private readonly letter: Uint8Array | Uint16Array;
  private readonly letters: number;
  private readonly spaceLetter: number;
  /** node * letters + letter → next node, 0 for none (node 0 is the root) */
  private readonly next: Int16Array | Int32Array;
  /** node → 1 + the phrase that ends there, 0 for none */
  private readonly phraseAt: Int32Array;
  /** the phrases, each space a single one; a match names its phrase by its number here */
  readonly phrases: string[] = [];
  /** this tree's place in the shared openings, -1 if a phrase begins with no letter, mark or digit */
  private readonly opening: number;

  /**
   * `end(text, e)`: whether a phrase may end at e; by default where no letter,
   * mark or digit follows (a regex's `(?![\p{L}\p{M}\p{N}])`). A phrase that may
   * not end there gives way to the longest shorter one that may, as the regex backtracks.
   */
  constructor(phrases: Iterable<string>, private readonly end: (text: string, e: number) => boolean = wordEnd) {
    const list = this.phrases, seen = new Set<string>();
    for (const raw of new Set(phrases)) {
      const p = raw.replace(/ +/g, ' ');
      if (!p) continue;
      // what the walk reads as white space is only the single space between words
      if (/^ | $|[^\S ]|[\ud800-\udfff]/u.test(p)) throw new Error(`phrase trie: cannot read "${raw}"`);
      if (!seen.has(p)) list.push(p);
      seen.add(p);
    }
    const codes = [...new Set(list.join(''))].map((ch) => ch.charCodeAt(0));
    this.letters = codes.length + 1;
    this.letter = this.letters < 256 ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
    codes.forEach((c, k) => { this.letter[c] = k + 1; });
    this.spaceLetter = this.letter[32] || -1;
    if (this.spaceLetter > 0) for (let c = 0; c < 0x10000; c++) if (SPACE[c] === 1) this.letter[c] = this.spaceLetter;
    // nodes as maps while the tree grows, then one table
    const edges: Array<Map<number, number>> = [new Map()];
    for (const [k, p] of list.entries()) {
      let n = 0;
      for (let i = 0; i < p.length; i++) {
        const l = this.letter[p.charCodeAt(i)];
        let to = edges[n].get(l);
        if (to === undefined) { to = edges.length; edges.push(new Map()); edges[n].set(l, to); }
        n = to;
      }
      edges[n].set(-1, k);
    }
    // numbered breadth first, so the rows a walk reads most (the first letters) lie together
    const order = [0];
    for (let k = 0; k < order.length; k++) for (const [l, to] of edges[order[k]]) if (l >= 0) order.push(to);
    const id = new Int32Array(edges.length);
    order.forEach((n, k) => { id[n] = k; });
    this.next = edges.length < 0x8000 ? new Int16Array(edges.length * this.letters) : new Int32Array(edges.length * this.letters);
    this.phraseAt = new Int32Array(edges.length);
    edges.forEach((e, n) => {
      for (const [l, to] of e) if (l < 0) this.phraseAt[id[n]] = to + 1; else this.next[id[n] * this.letters + l] = id[to];
    });
    this.opening = list.every((p) => WORD[p.charCodeAt(0)] === 1) ? addOpenings(list) : -1;
  }

  /**
   * End of the phrase that starts exactly at `pos` (the longest that may end where it ends), -1 if none;
   * `matchedPhrase` then holds its number.
   */
  matchAt(text: string, pos: number): number {
    const { letter, letters, next, phraseAt, spaceLetter } = this;
    const len = text.length;
    let n = 0, i = pos, count = 0;
    while (i < len) {
      const l = letter[text.charCodeAt(i)];
      if (l === 0) break;
      const to = next[n * letters + l];
      if (to === 0) break;
      i++;
      // a space reads the whole run of white space ("Hà  Nội", "Hà\nNội")
      if (l === spaceLetter) while (i < len && SPACE[text.charCodeAt(i)] === 1) i++;
      n = to;
      if (phraseAt[n] !== 0) {
        if (count === ends.length) { ends = grow(ends); endPhrases = grow(endPhrases); }
        endPhrases[count] = phraseAt[n] - 1;
        ends[count++] = i;
      }
    }
    for (let k = count - 1; k >= 0; k--) if (this.end(text, ends[k])) { matchedPhrase = endPhrases[k]; return ends[k]; }
    return -1;
  }

  /** The phrase that starts exactly at `pos` (the longest that may end where it ends): its end and number, or null. */
  phraseStartingAt(text: string, pos: number): { end: number; phrase: number } | null {
    const end = this.matchAt(text, pos);
    return end < 0 ? null : { end, phrase: matchedPhrase };
  }

  /**
   * The phrases in text[from, to) that start a word, left to right, none inside
   * another (a match may run past `to`): as `wordMatches` finds the regex's matches,
   * flat as start, end, phrase (its number in `phrases`: the text matched, its white space
   * runs one space each), start, end, phrase, …
   */
  matches(text: string, from: number, to: number): number[] {
    const out: number[] = [];
    if (this.opening >= 0 && text.length >= INDEXED && 2 * (to - from) >= text.length) {
      // the places and the organizations of one article read the same pass over it
      const at = openings(text, this.opening);
      let after = from;
      for (let k = firstAtOrAfter(at, from); k < at.length; k++) {
        const i = at[k];
        if (i >= to) break;
        if (i < after) continue;
        const e = this.matchAt(text, i);
        if (e >= 0) { out.push(i, e, matchedPhrase); after = e; }
      }
      return out;
    }
    const { letter, next } = this;
    let before = from > 0 ? WORD[text.charCodeAt(from - 1)] : 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (before === 0 && next[letter[c]] !== 0) {
        const e = this.matchAt(text, i);
        if (e >= 0) {
          out.push(i, e, matchedPhrase);
          i = e - 1;
          before = WORD[text.charCodeAt(e - 1)];
          continue;
        }
      }
      before = WORD[c];
    }
    return out;
  }
}

/**
 * A text shorter than this (a party's name) is read as it is, and so is a window
 * of less than half its text: the openings are found in the whole text.
 */
const INDEXED = 256;

/**
 * The first three letters of the phrases of every tree (a run of white space
 * one letter, as the walk reads it), each with the trees it opens, so that one
 * pass over a text finds for all of them the few word starts where one of
 * their phrases may begin: of a page's words that start with "th" or "tr",
 * "thành" may open "thành phố Hồ Chí Minh", "thể", "theo" and "trong" open nothing.
 */
const openingLetter = new Uint16Array(0x10000);
/** 1 for the code units a phrase of some tree begins with: the only word starts the openings read further */
const openingFirst = new Uint8Array(0x10000);
let openingLetters = 1;
let openingSpace = -1;
/** letter → the trees with a phrase of that one letter */
let openingAlone = new Uint32Array(1);
/** letter * openingLetters + letter → the number of that pair of first letters, 0 for none */
let openingPair = new Uint16Array(1);
/** pair → the trees with a phrase of those two letters */
let pairAlone = new Uint32Array(1);
/** pair * openingLetters + letter → the trees whose phrases open with those three letters */
let pairThen = new Uint32Array(1);
const openers: Array<[tree: number, phrase: string]> = [];
let trees = 0;

/** Adds a tree's phrases to the openings; its number there (32 at most: a bit each). */
function addOpenings(phrases: string[]): number {
  if (trees === 32) return -1;
  const tree = trees++;
  const letterOf = (c: number) => {
    if (openingLetter[c] === 0) {
      if (c === 32) {
        openingSpace = openingLetters;
        for (let w = 0; w < 0x10000; w++) if (SPACE[w] === 1) openingLetter[w] = openingLetters;
      } else openingLetter[c] = openingLetters;
      openingLetters++;
    }
    return openingLetter[c];
  };
  for (const p of phrases) {
    for (let i = 0; i < Math.min(3, p.length); i++) letterOf(p.charCodeAt(i));
    openingFirst[p.charCodeAt(0)] = 1;
    openers.push([tree, p]);
  }
  const letters = openingLetters;
  const pairs = new Map<number, number>();
  for (const [, p] of openers) if (p.length > 1) {
    const key = openingLetter[p.charCodeAt(0)] * letters + openingLetter[p.charCodeAt(1)];
    if (!pairs.has(key)) pairs.set(key, pairs.size + 1);
  }
  if (pairs.size >= 0xffff) throw new Error('phrase trie: too many openings');
  openingAlone = new Uint32Array(letters);
  openingPair = new Uint16Array(letters * letters);
  pairAlone = new Uint32Array(pairs.size + 1);
  pairThen = new Uint32Array((pairs.size + 1) * letters);
  for (const [key, pair] of pairs) openingPair[key] = pair;
  for (const [t, p] of openers) {
    const a = openingLetter[p.charCodeAt(0)];
    if (p.length === 1) { openingAlone[a] |= 1 << t; continue; }
    const pair = openingPair[a * letters + openingLetter[p.charCodeAt(1)]];
    if (p.length === 2) pairAlone[pair] |= 1 << t;
    else pairThen[pair * letters + openingLetter[p.charCodeAt(2)]] |= 1 << t;
  }
  buffers.push(new Int32Array(256));
  found.push(new Int32Array(0));
  openingsOf = '';
  return tree;
}

let openingsOf = '';
/** per tree, the openings of the last text read */
const buffers: Int32Array[] = [];
const found: Int32Array[] = [];

/**
 * Where a phrase of the given tree may start in `text`: a word start (a letter,
 * mark or digit with none before it) whose first three letters open one of its
 * phrases. One pass finds them for every tree, kept for the next call on the same text.
 */
function openings(text: string, tree: number): Int32Array {
  if (text !== openingsOf) readOpenings(text);
  return found[tree];
}

/** the word starts of the last text read (at most one in two code units) */
let wordStarts = new Int32Array(1024);

function readOpenings(text: string): void {
  const len = text.length;
  if (wordStarts.length < (len >> 1) + 2) wordStarts = new Int32Array((len >> 1) + 1024);
  // every word start whose letter opens a phrase first ("Ban", "tỉnh"; in "đã ký" neither word), without a
  // branch per character (a branch taken at one character in five is mispredicted often enough to cost more
  // than the store)
  const starts = wordStarts, first = openingFirst;
  let n = 0, before = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i), w = WORD[c];
    starts[n] = i;
    n += w & (before ^ 1) & first[c];
    before = w;
  }
  const letter = openingLetter, letters = openingLetters, space = openingSpace;
  const alone = openingAlone, pairOf = openingPair, pairs = pairAlone, then = pairThen;
  const counts = new Int32Array(trees);
  for (let k = 0; k < n; k++) {
    const i = starts[k];
    const a = letter[text.charCodeAt(i)];
    if (a === 0) continue;
    let m = alone[a];
    if (i + 1 < len) {
      const b = letter[text.charCodeAt(i + 1)];
      const pair = b === 0 ? 0 : pairOf[a * letters + b];
      if (pair !== 0) {
        m |= pairs[pair];
        let j = i + 2;
        if (b === space) while (j < len && SPACE[text.charCodeAt(j)] === 1) j++;
        if (j < len) m |= then[pair * letters + letter[text.charCodeAt(j)]];
      }
    }
    for (; m !== 0; m &= m - 1) {
      const t = 31 - Math.clz32(m & -m);
      if (counts[t] === buffers[t].length) { const more = new Int32Array(2 * counts[t]); more.set(buffers[t]); buffers[t] = more; }
      buffers[t][counts[t]++] = i;
    }
  }
  for (let t = 0; t < trees; t++) found[t] = buffers[t].subarray(0, counts[t]);
  openingsOf = text;
}

function firstAtOrAfter(at: Int32Array, from: number): number {
  let lo = 0, hi = at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] < from) lo = mid + 1; else hi = mid; }
  return lo;
}
