/** An NFD, CRLF copy of a sample gives the same facts, with spans into the NFD text. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';

const NAME = '000_bbd62cd082e50f3f.txt';
const nfc = readFileSync(new URL(`../corpus/${NAME}`, import.meta.url), 'utf8');
const nfd = nfc.normalize('NFD').replace(/\n/g, '\r\n');

/** every {span} in a value, in order */
function spans(v: unknown, out: any[] = []): any[] {
  if (Array.isArray(v)) v.forEach((x) => spans(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'span' && x) out.push(x);
      else spans(x, out);
    }
  }
  return out;
}
const strip = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'span' || k === 'mentions' ? undefined : x)));

describe('NFD + CRLF input', () => {
  it('yields the same facts as the NFC original', async () => {
    expect(nfd).not.toBe(nfc);
    const a = await extract(nfc, { file: NAME });
    const b = await extract(nfd, { file: NAME });
    expect(strip(b)).toEqual(strip(a));
    expect(b.citations[0].id).toBe('37-NQ/TW');
  });

  it('reports spans into the NFD text: code-point offsets and line/column', async () => {
    const a = await extract(nfc, { file: NAME });
    const b = await extract(nfd, { file: NAME });
    const nfcCps = [...nfc];
    const nfdCps = [...nfd];
    const nfdLines = nfd.split('\r\n').map((l) => [...l]);
    const sa = spans(a), sb = spans(b);
    expect(sb.length).toBe(sa.length);
    expect(sb.length).toBeGreaterThan(50);
    for (let i = 0; i < sa.length; i++) {
      const want = nfcCps.slice(sa[i].start, sa[i].end).join('');
      const got = nfdCps.slice(sb[i].start, sb[i].end).join('');
      // a span may cover several paragraphs (an enumeration): there the file has CRLF
      expect(got.normalize('NFC').replace(/\r\n/g, '\n')).toBe(want);
      expect(sb[i].line).toBe(sa[i].line);
      // line/column agree with the offset
      const line = nfdLines[sb[i].line - 1];
      const firstLine = got.split('\r\n')[0];
      expect(line.slice(sb[i].column - 1, sb[i].column - 1 + [...firstLine].length).join('')).toBe(firstLine);
    }
  });
});
