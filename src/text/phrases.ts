/**
 * A dictionary of phrases matched word by word: the text is cut into words
 * (hyphens and commas are words of their own), and at each word the longest
 * phrase that starts there is looked up in a Map. For long lexicons this is
 * far cheaper than one regex of every phrase, which V8 takes tens of
 * milliseconds to compile. Matching ignores case and spacing; the text is
 * expected in NFC with new-style tone placement (as Article.text is).
 */

export interface PhraseMatch { index: number; end: number; text: string; key: string }

// words (with inner dots or ampersands: "TP.HCM", "KH&CN"), and hyphens/dashes and commas
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.&][\p{L}\p{M}\p{N}]+)*|[-–,]/gu;

/** The canonical form of a phrase: lower case, words separated by one space, ", " after commas. */
export function phraseKey(s: string): string {
  return keyOf(s.normalize('NFC').toLowerCase().match(TOKEN) ?? []);
}

function keyOf(tokens: string[]): string {
  return tokens.map((t) => (t === '–' ? '-' : t)).join(' ').replace(/ ,/g, ',');
}

export class PhraseFinder<V> {
  private readonly map = new Map<string, V>();
  private longest = 1;

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const key = phraseKey(phrase);
      if (!key) continue;
      if (!this.map.has(key)) this.map.set(key, value);
      this.longest = Math.max(this.longest, key.split(' ').length);
    }
  }

  get(phrase: string): V | undefined {
    return this.map.get(phraseKey(phrase));
  }

  /** Non-overlapping matches, left to right, the longest phrase at each word. */
  find(text: string): Array<PhraseMatch & { value: V }> {
    const toks: Array<{ s: number; e: number; t: string }> = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) toks.push({ s: m.index, e: m.index + m[0].length, t: m[0].toLowerCase() });
    const out: Array<PhraseMatch & { value: V }> = [];
    for (let i = 0; i < toks.length;) {
      if (toks[i].t === '-' || toks[i].t === ',' || toks[i].t === '–') { i++; continue; }
      let hit = 0;
      let value: V | undefined;
      for (let n = Math.min(this.longest, toks.length - i); n >= 1; n--) {
        const last = toks[i + n - 1].t;
        if (last === '-' || last === ',' || last === '–') continue;
        value = this.map.get(keyOf(toks.slice(i, i + n).map((x) => x.t)));
        if (value !== undefined) { hit = n; break; }
      }
      if (!hit) { i++; continue; }
      const index = toks[i].s, end = toks[i + hit - 1].e;
      out.push({ index, end, text: text.slice(index, end), key: keyOf(toks.slice(i, i + hit).map((x) => x.t)), value: value! });
      i += hit;
    }
    return out;
  }
}
