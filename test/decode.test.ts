import { describe, it, expect } from 'vitest';
import { decode, InputError } from '../src/ingest/decode.js';

const standard = new TextDecoder('utf-8', { fatal: true });

/** decode's answer: the text, or the error's reason */
const answer = (bytes: number[]) => {
  try {
    return { text: decode(Uint8Array.from(bytes)) };
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return { error: (e as Error).message };
  }
};

describe('decode', () => {
  it('reads UTF-8 as the standard decoder does, its BOM cut off, ASCII too', () => {
    const ascii = [...Buffer.from('Nghi quyet 37-NQ/TW\r\n')];
    expect(answer(ascii)).toEqual({ text: 'Nghi quyet 37-NQ/TW\r\n' });
    const vi = [...Buffer.from('Tỉnh ủy Lào Cai 😀 ₫')];
    expect(answer([0xef, 0xbb, 0xbf, ...vi])).toEqual({ text: 'Tỉnh ủy Lào Cai 😀 ₫' });
    // a second BOM is text (U+FEFF), as the standard decoder leaves it
    expect(answer([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61])).toEqual({ text: '\ufeffa' });
  });

  it('reads a file of several MB (made into a string straight from its bytes) as the standard decoder does', () => {
    const line = 'Ủy ban nhân dân tỉnh Hòa Bình 😀 họp phiên thường kỳ, ₫ 2030.\r\n';
    const bytes = Buffer.from('\ufeff' + line.repeat(Math.ceil((5 << 20) / Buffer.byteLength(line))));
    expect(bytes.length).toBeGreaterThan(5 << 20);
    expect(decode(bytes)).toBe(standard.decode(bytes.subarray(3)));
  });

  it('says where UTF-8 breaks: a lone continuation, an overlong form, a cut sequence', () => {
    for (const [bytes, at] of [[[0x61, 0x80], 1], [[0x61, 0x62, 0xc0, 0x80], 2], [[0x61, 0xe1, 0xbb], 1], [[0x61, 0xe1, 0xbb, 0x20], 1]] as const) {
      expect(answer([...bytes]).error).toMatch(new RegExp(`^invalid UTF-8 at byte ${at} `));
    }
  });

  it("reads a saved page in the encoding its head declares, as browsers do; undeclared, that page is an error", () => {
    // "Tiếng Việt" in windows-1258: base letters composed (ê = 0xEA), tone marks combining (acute = 0xEC)
    const body = [0x54, 0x69, 0xea, 0xec, 0x6e, 0x67, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74];
    const page = (meta: string) => [...Buffer.from(`<html><head>${meta}</head><body><p>`, 'latin1'), ...body, ...Buffer.from('</p></body></html>', 'latin1')];
    expect(answer(page('<meta charset="windows-1258">')).text?.normalize('NFC')).toContain('Tiếng Việt');
    expect(answer(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')).text?.normalize('NFC')).toContain('Tiếng Việt');
    expect(answer(page('')).error).toMatch(/^invalid UTF-8 at byte /);
    expect(answer(page('<meta charset="utf-8">')).error).toMatch(/^invalid UTF-8 at byte /);
    expect(answer(page('<meta charset="no-such-encoding">')).error).toMatch(/^invalid UTF-8 at byte /);
    // declared after the first 1,024 bytes (after many <link> tags): browsers re-decode the page, so the whole head counts
    const links = '<link rel="stylesheet" href="/static/css/portal-theme-main.css">'.repeat(40);
    expect(answer(page(links + '<meta charset="windows-1258">')).text?.normalize('NFC')).toContain('Tiếng Việt');
    // in the body it is no declaration
    expect(answer([...Buffer.from('<html><head></head><body><meta charset="windows-1258"><p>', 'latin1'), ...body]).error).toMatch(/^invalid UTF-8 at byte /);
  });

  // property: on any mix of valid and broken sequences, decode agrees with the standard decoder
  // (text where it reads one, an error where it throws), binary and blank inputs aside
  it('agrees with the standard fatal decoder on random byte mixes', () => {
    const pieces = [[0x61], [0x20], [0x0a], [0xc3, 0xa0], [0xe1, 0xbb, 0x87], [0xf0, 0x9f, 0x98, 0x80], [0xef, 0xbb, 0xbf],
      [0x80], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe1, 0xbb], [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbf, 0xbf], [0xff]];
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let texts = 0, errors = 0;
    for (let t = 0; t < 3000; t++) {
      const bytes = [0x61];
      for (let k = 1 + Math.floor(rnd() * 8); k > 0; k--) bytes.push(...pieces[Math.floor(rnd() * pieces.length)]);
      let expected: { text?: string; error?: RegExp };
      try {
        expected = { text: standard.decode(Uint8Array.from(bytes)) };
      } catch {
        expected = { error: /^invalid UTF-8 at byte \d+ / };
      }
      const got = answer(bytes);
      if (expected.text !== undefined) { expect(got).toEqual({ text: expected.text }); texts++; }
      else { expect(got.error).toMatch(expected.error!); errors++; }
    }
    // both kinds were tried
    expect(texts).toBeGreaterThan(100);
    expect(errors).toBeGreaterThan(100);
  });
});
