import { describe, it, expect } from 'vitest';
import { normalize, spanMaker, textOffsetOf, unifyTones, foldKey } from '../src/article/normalize.js';

const cps = (s: string) => [...s];

describe('normalize', () => {
  it('leaves NFC text with LF alone and maps identically', () => {
    const n = normalize('Nghị quyết 37-NQ/TW\nđến năm 2030');
    expect(n.text).toBe('Nghị quyết 37-NQ/TW\nđến năm 2030');
    expect(n.runs).toBeNull();
    expect(spanMaker(n)(20, 23)).toEqual({ start: 20, end: 23, line: 2, column: 1 });
  });

  it('composes NFD and maps offsets to code points of the raw text', () => {
    const raw = 'Tỉnh ủy Lào Cai'.normalize('NFD');
    const n = normalize(raw);
    expect(n.text).toBe('Tỉnh ủy Lào Cai');
    const i = n.text.indexOf('Lào');
    const s = spanMaker(n)(i, i + 3);
    expect(cps(raw).slice(s.start, s.end).join('').normalize('NFC')).toBe('Lào');
    expect(s.column).toBe(s.start + 1);
  });

  it("reads a plain text's character references closed by \";\" only, and maps them back to the raw text", () => {
    const raw = 'Sở KH&amp;CN, &quot;AT&T&quot;, R&D&notice, &#273;ổi, &bogus;';
    const n = normalize(raw, { entities: 'closed' });
    expect(n.text).toBe('Sở KH&CN, "AT&T", R&D&notice, đổi, &bogus;');
    const i = n.text.indexOf('CN');
    const s = spanMaker(n)(n.text.indexOf('KH'), i + 2);
    expect(cps(raw).slice(s.start, s.end).join('')).toBe('KH&amp;CN');
  });

  it('turns CRLF and CR into LF and counts lines in the raw text', () => {
    const raw = 'a\r\nb\rc\nđ';
    const n = normalize(raw);
    expect(n.text).toBe('a\nb\nc\nđ');
    const mk = spanMaker(n);
    expect(mk(2, 3)).toEqual({ start: 3, end: 4, line: 2, column: 1 });
    expect(mk(6, 7)).toEqual({ start: 7, end: 8, line: 4, column: 1 });
  });

  it('maps a CRLF text both ways without an offset map of its length', () => {
    const raw = 'Tỉnh uỷ\r\nBộ Chính trị\r\n\r\nđến năm 2030\r\n';
    const n = normalize(raw);
    expect(n.text).toBe('Tỉnh ủy\nBộ Chính trị\n\nđến năm 2030\n');
    // one run for the start and one after each of the four CRLFs
    expect(n.runs!.starts).toHaveLength(5);
    const mk = spanMaker(n);
    for (const w of ['Tỉnh', 'Chính trị', '2030']) {
      const i = n.text.indexOf(w);
      const s = mk(i, i + w.length);
      expect(raw.slice(s.start, s.end)).toBe(w);
      // and back: the raw offset of the word is its text offset
      expect(textOffsetOf(n, s.start)).toBe(i);
    }
    expect(mk(n.text.length, n.text.length).start).toBe(raw.length);
    expect(mk(n.text.indexOf('đến'), n.text.indexOf('đến') + 3)).toMatchObject({ line: 4, column: 1 });
  });

  it('unifies old tone placement only at the end of a syllable', () => {
    expect(unifyTones('Tỉnh uỷ, hoà bình, Thuỷ, HOÀ')).toBe('Tỉnh ủy, hòa bình, Thủy, HÒA');
    expect(unifyTones('hoàn thành, quý, khoẻ, Hoàng')).toBe('hoàn thành, quý, khỏe, Hoàng');
    expect(foldKey('  Uỷ   viên ')).toBe('ủy viên');
  });

  it('drops zero-width characters and maps around them', () => {
    const raw = 'Bộ\u200b Chính trị';
    const n = normalize(raw);
    expect(n.text).toBe('Bộ Chính trị');
    const s = spanMaker(n)(3, 12);
    expect(cps(raw).slice(s.start, s.end).join('')).toBe('Chính trị');
  });

  it('counts astral characters as one code point', () => {
    const raw = '😀 Hà Nội';
    const n = normalize(raw);
    const i = n.text.indexOf('Hà');
    expect(spanMaker(n)(i, i + 6)).toMatchObject({ start: 2, end: 8, column: 3 });
  });

  // property: whatever mix of NFD, CRLF and tone placement the raw text uses,
  // a span of a word in `text` points at that word (up to normalisation) in raw
  it('maps every word back to itself under random NFD/CRLF/tone variants', () => {
    const words = ['Ủy', 'viên', 'Bộ', 'Chính', 'trị', 'hòa', 'Thủy', 'Nguyễn', 'Xuân', 'Thắng', 'khỏe', 'đến', 'năm', '2030'];
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 200; t++) {
      const picked = Array.from({ length: 12 }, () => words[Math.floor(rnd() * words.length)]);
      const raw = picked.map((w) => {
        let v = rnd() < 0.3 ? w.replace('ủy', 'uỷ').replace('Ủy', 'Uỷ').replace('òa', 'oà').replace('ỏe', 'oẻ') : w;
        if (rnd() < 0.5) v = v.normalize('NFD');
        return v;
      }).join(rnd() < 0.5 ? ' ' : '\r\n');
      const n = normalize(raw);
      const mk = spanMaker(n);
      const rawCps = cps(raw);
      let at = 0;
      for (const w of picked) {
        const i = n.text.indexOf(w, at);
        expect(i).toBeGreaterThanOrEqual(0);
        const s = mk(i, i + w.length);
        expect(unifyTones(rawCps.slice(s.start, s.end).join('').normalize('NFC'))).toBe(w);
        at = i + w.length;
      }
    }
  });
});
