/**
 * The name-like phrase after a head word: the body of a title ("Bộ trưởng
 * *Bộ Ngoại giao*") or the rest of an organization's name ("Học viện
 * *Chính trị quốc gia Hồ Chí Minh*"). It runs over capitalised words,
 * abbreviations, document numbers and the lower-case words listed in
 * data/organizations.json (phraseWords), and ends at any other lower-case
 * word, at punctuation, at a person's name or where another head begins.
 */
import { organizations } from '../data.js';
import { alternation, R } from './regex.js';
import { placeLengthAt } from './gazetteer.js';

const org = organizations();
const words = org.phraseWords;
const NOT_IN_NAME = new Set(org.notInName);
const CONNECTORS = new Set(['và', '&', 'tại', 'của']);

const SPACE = /[ \u00a0]*/y;
const CAP = /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[.\-/&][\p{L}\p{N}]+)*/uy;
/** the lower-case second syllable of a capitalised word ("Kinh tế") */
const SECOND = /[ \u00a0]+([\p{Ll}][\p{Ll}\p{M}]*)(?![\p{L}\p{M}\p{N}])/uy;
const NUM = /\d[\p{L}\p{N}]*(?:[.\-/][\p{L}\p{N}]+)*/uy;
const WORD = new RegExp(`(?:${alternation([...words, ...CONNECTORS])})${R}`, 'uy');
/** ", Thể thao và Du lịch": a comma inside a name joins a list that ends in "và" */
const LIST_COMMA = /,[ \u00a0]+(?=\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]+[\p{Ll}\p{M}]+)?[ \u00a0]+và[ \u00a0]+\p{Lu})/uy;
const DASH = /[ \u00a0]*[-–][ \u00a0]*(?=\p{Lu}[\p{Ll}\p{M}])/uy;

const at = (re: RegExp, text: string, pos: number) => { re.lastIndex = pos; return re.exec(text)?.[0] ?? null; };

/**
 * End of the phrase that starts at `pos` (not beyond `limit`); `pos` itself
 * when there is none. `stop(p)` is true where a name or another head begins.
 */
export function phraseEnd(text: string, pos: number, limit: number, stop: (p: number) => boolean): number {
  let end = pos, q = pos, n = 0;
  while (q < limit && n++ < 20) {
    const sep = at(LIST_COMMA, text, q) ?? at(DASH, text, q);
    let p = sep ? q + sep.length : q + at(SPACE, text, q)!.length;
    if (p >= limit || stop(p)) break;
    const place = placeLengthAt(text, p);
    const cap = place ? null : at(CAP, text, p);
    let tok = place ? text.slice(p, p + place) : cap ?? at(WORD, text, p) ?? at(NUM, text, p);
    if (!tok || p + tok.length > limit) break;
    if (cap) {
      // "Kinh tế", "Ngoại giao": one lower-case syllable may follow, unless a phrase word or a verb
      SECOND.lastIndex = p + cap.length;
      const s = SECOND.exec(text);
      if (s && !NOT_IN_NAME.has(s[1]) && !at(WORD, text, p + cap.length + s[0].length - s[1].length) && p + cap.length + s[0].length <= limit) tok = cap + s[0];
    }
    p += tok.length;
    if (!CONNECTORS.has(tok)) end = p;
    else if (!/^[ \u00a0]+\p{Lu}/u.test(text.slice(p, p + 3))) break;
    q = p;
  }
  return end;
}
