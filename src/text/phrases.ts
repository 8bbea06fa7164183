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

const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** The canonical form of a phrase: lower case, words separated by one space, ", " after commas. */
export function phraseKey(s: string): string {
  return keyOf(s.normalize('NFC').toLowerCase().match(TOKEN) ?? []);
}

function keyOf(tokens: string[]): string {
  return tokens.map((t) => (t === '–' ? '-' : t)).join(' ').replace(/ ,/g, ',');
}

export class PhraseFinder<V> {
  private readonly map = new Map<string, V>();
  /** every word-prefix of a phrase ("bảo vệ" of "bảo vệ môi trường"): a lookup stops where no phrase goes on */
  private readonly prefixes = new Set<string>();

  /**
   * `outrun`: a phrase that one starting inside it outruns runs on to its end (see find). For words, not for
   * compounds of several fields: "giáo dục-đào tạo, phát triển nguồn nhân lực" is two compounds at their comma.
   */
  constructor(entries: Iterable<[string, V]>, private readonly outrun = false) {
    for (const [phrase, value] of entries) {
      const key = phraseKey(phrase);
      if (!key) continue;
      if (!this.map.has(key)) this.map.set(key, value);
      const words = key.match(TOKEN) ?? [];
      for (let n = 1; n <= words.length; n++) this.prefixes.add(keyOf(words.slice(0, n)));
    }
  }

  get(phrase: string): V | undefined {
    return this.map.get(phraseKey(phrase));
  }

  /** The longest phrase that starts at the first word of `text`, reading only as many words as some phrase has. */
  startMatch(text: string): (PhraseMatch & { value: V }) | null {
    const re = TOKEN_AT;
    re.lastIndex = /^\s*/u.exec(text)![0].length;
    const words: string[] = [];
    let best: (PhraseMatch & { value: V }) | null = null;
    let start = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (start < 0) start = m.index;
      words.push(m[0].toLowerCase());
      const key = keyOf(words);
      if (!this.prefixes.has(key)) break;
      const v = this.map.get(key);
      const end = m.index + m[0].length;
      if (v !== undefined && !/^[-–,]$/u.test(m[0])) best = { index: start, end, text: text.slice(start, end), key, value: v };
      re.lastIndex = end + (/^\s*/u.exec(text.slice(end, end + 8))![0].length);
    }
    return best;
  }

  /**
   * Non-overlapping matches, left to right, the longest phrase at each word; with `outrun`, a phrase that one
   * starting inside it outruns runs on to its end, with its value ("phát triển kinh tế số" is the digital economy,
   * not "phát triển kinh tế" and a lone "số").
   */
  find(text: string): Array<PhraseMatch & { value: V }> {
    const toks: Array<{ s: number; e: number; t: string }> = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) toks.push({ s: m.index, e: m.index + m[0].length, t: m[0].toLowerCase() });
    const out: Array<PhraseMatch & { value: V }> = [];
    for (let i = 0; i < toks.length;) {
      if (toks[i].t === '-' || toks[i].t === ',' || toks[i].t === '–') { i++; continue; }
      // every phrase that starts at i, by its length in words (the longest last)
      const hits = this.hitsAt(toks, i);
      if (!hits.length) { i++; continue; }
      let [hit, value] = hits[hits.length - 1];
      // (each word is looked at once more, and a phrase is a few words: linear)
      for (let k = 1; this.outrun && k < hit; k++) {
        const inner = this.hitsAt(toks, i + k);
        if (inner.length && k + inner[inner.length - 1][0] > hit) [hit, value] = [k + inner[inner.length - 1][0], inner[inner.length - 1][1]];
      }
      const index = toks[i].s, end = toks[i + hit - 1].e;
      out.push({ index, end, text: text.slice(index, end), key: keyOf(toks.slice(i, i + hit).map((x) => x.t)), value });
      i += hit;
    }
    return out;
  }

  /** [length in words, value] of every phrase that starts at toks[i], shortest first. */
  private hitsAt(toks: Array<{ t: string }>, i: number): Array<[number, V]> {
    const out: Array<[number, V]> = [];
    if (i >= toks.length || toks[i].t === '-' || toks[i].t === ',' || toks[i].t === '–') return out;
    const words: string[] = [];
    for (let n = 1; i + n <= toks.length; n++) {
      words.push(toks[i + n - 1].t);
      const key = keyOf(words);
      if (!this.prefixes.has(key)) break;
      const v = this.map.get(key);
      if (v !== undefined) out.push([n, v]);
    }
    return out;
  }
}
