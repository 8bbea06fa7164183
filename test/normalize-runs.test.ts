/**
 * The sparse offset map (runs) against the full map it replaced: for random
 * mixes of the characters normalisation changes (CRLF, CR, NBSP, soft hyphen,
 * zero-width characters, BOM, NFD marks, astral characters, old tone
 * placement, HTML character references), every text offset maps to the raw
 * code point the full map gave it, and every raw code point back to the text
 * offset the full map's inverse gave it.
 */
import { describe, it, expect } from 'vitest';
import { decodeHTML } from 'entities';
import { normalize, spanMaker, textOffsetOf } from '../src/article/normalize.js';

const SPECIAL = /\r\n?|\n|[\u00a0\u00ad\u200b-\u200d\u2060\ufeff]|[\u{10000}-\u{10ffff}]|\p{M}+/gu;
const SPECIAL_HTML = new RegExp(SPECIAL.source + '|&(?:#[xX][0-9a-fA-F]+;?|#\\d+;?|[a-zA-Z][a-zA-Z0-9]{1,31};?)', 'gu');

/** The full map, one entry per text offset (and one for text.length), made as normalize made it before runs. */
function fullMap(raw: string, entities: boolean): number[] {
  const map: number[] = [];
  const parts: string[] = [];
  let cp = 0, last = 0;
  const emit = (s: string, at: number) => { for (let k = 0; k < s.length; k++) map.push(at); parts.push(s); };
  const re = new RegExp(entities ? SPECIAL_HTML : SPECIAL);
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const i = m.index, t = m[0], c = t.charCodeAt(0);
    for (let k = last; k < i; k++) { map.push(cp++); }
    if (i > last) parts.push(raw.slice(last, i));
    if (c === 0x0d || c === 0x0a) { emit('\n', cp); cp += t.length; }
    else if (c === 0xa0) { emit(' ', cp); cp++; }
    else if (c >= 0xd800 && c <= 0xdbff) { emit(t, cp); cp++; }
    else if (c === 0x26) {
      const d = decodeHTML(t);
      let used = 0;
      if (d !== t) {
        let tail = 0;
        while (tail < d.length - 1 && tail < t.length - 1 && d[d.length - 1 - tail] === t[t.length - 1 - tail]) tail++;
        const ch = d.slice(0, d.length - tail);
        used = t.length - tail;
        emit(ch === '\u00a0' ? ' ' : ch.normalize('NFC'), cp);
      }
      for (let k = used; k < t.length; k++) emit(t[k], cp + k);
      cp += t.length;
    } else if (t.length === 1 && (c === 0xad || c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060)) cp++;
    else {
      const prev = parts.length ? parts[parts.length - 1] : '';
      if (prev && prev !== '\n') {
        const at = map.pop()!;
        parts[parts.length - 1] = prev.slice(0, -1);
        emit((prev[prev.length - 1] + t).normalize('NFC'), at);
      } else emit(t.normalize('NFC'), cp);
      cp += [...t].length;
    }
    last = i + t.length;
  }
  for (let k = last; k < raw.length; k++) map.push(cp++);
  map.push(cp);
  return map;
}

/** The full map's inverse: the first text offset whose raw offset is at or after r. */
function inverse(map: number[], r: number): number {
  let lo = 0, hi = map.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (map[mid] < r) lo = mid + 1; else hi = mid; }
  return lo;
}

const WORDS = ['Ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'Hòa', 'Bình', 'Thủy', 'khỏe', 'năm', '2030', 'TP.', 'Hồ', 'Chí', 'Minh', 'a', 'đ'];
const SPECIALS = ['\r\n', '\r', '\n', '\u00a0', '\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff', '😀', '𠀀', '\u0301', '\u0323\u0302'];
const ENTITIES = ['&amp;', '&#7889;', '&#x1EA1;', '&nbsp;', '&nbsp', '&notit;', '&#x1F600;', '&bogus;', '&lt', '&#150;'];

function mix(rnd: () => number, entities: boolean): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  let out = '';
  for (let k = 0, n = 1 + Math.floor(rnd() * 40); k < n; k++) {
    const r = rnd();
    let w = pick(WORDS);
    if (r < 0.15) w = w.normalize('NFD');
    else if (r < 0.2) w = w.replace('ủy', 'uỷ').replace('òa', 'oà').replace('ỏe', 'oẻ');
    out += w;
    const s = rnd();
    out += s < 0.35 ? pick(SPECIALS) : entities && s < 0.55 ? pick(ENTITIES) : ' ';
  }
  return out;
}

describe('the offset runs', () => {
  for (const entities of [false, true]) {
    it(`map every offset as the full map did, both ways${entities ? ' (HTML character references)' : ''}`, () => {
      let seed = entities ? 7 : 11;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      for (let t = 0; t < 400; t++) {
        const raw = mix(rnd, entities);
        const map = fullMap(raw, entities);
        const n = normalize(raw, { entities });
        expect(n.text.length + 1).toBe(map.length);
        const span = spanMaker(n);
        for (let o = 0; o <= n.text.length; o++) expect(span(o, o).start, `text offset ${o} of ${JSON.stringify(raw)}`).toBe(map[o]);
        expect(n.rawLength).toBe(map[map.length - 1]);
        for (let r = 0; r <= n.rawLength; r++) expect(textOffsetOf(n, r), `raw offset ${r} of ${JSON.stringify(raw)}`).toBe(inverse(map, r));
      }
    });
  }

  it('cost memory in proportion to the special characters, not to the length', () => {
    const plain = 'Ủy ban nhân dân tỉnh Hòa Bình họp phiên thường kỳ. '.repeat(4000);
    const raw = plain + '\u00a0' + plain + 'Lào'.normalize('NFD') + '\r\n' + plain;
    const n = normalize(raw);
    // runs: the start, after the NBSP (same offset, so none), the composed à (one), after the CRLF (one)
    expect(n.runs!.starts.length).toBeLessThanOrEqual(4);
    const i = n.text.lastIndexOf('Ủy');
    expect([...raw].slice(spanMaker(n)(i, i + 2).start, spanMaker(n)(i, i + 2).end).join('')).toBe('Ủy');
  });
});
