/** The word-by-word phrase finder (text/phrases.ts): longest phrase at each word, and the `outrun` reading. */
import { describe, it, expect } from 'vitest';
import { PhraseFinder } from '../src/text/phrases.js';

const entries: Array<[string, string]> = [
  ['phát triển kinh tế', 'goal'], ['kinh tế số', 'digital'], ['phát triển', 'verb'], ['du lịch', 'tourism'],
  ['giáo dục-đào tạo', 'education'], ['đào tạo, phát triển nguồn nhân lực', 'people'],
];
const found = (f: PhraseFinder<string>, text: string) => f.find(text).map((m) => `${m.text}=${m.value}`);

describe('PhraseFinder.find', () => {
  it.each([
    // the longest phrase at each word, left to right; case and spacing ignored
    ['Phát triển  kinh tế và du lịch', false, ['Phát triển  kinh tế=goal', 'du lịch=tourism']],
    // without outrun, the first phrase wins and the rest of the longer one is left over
    ['phát triển kinh tế số', false, ['phát triển kinh tế=goal']],
    // with it, a phrase that one starting inside it outruns runs on to that one's end, with its value
    ['phát triển kinh tế số', true, ['phát triển kinh tế số=digital']],
    ['phát triển du lịch', true, ['phát triển=verb', 'du lịch=tourism']],
    // compounds at their comma stay apart (the sector compounds are read without outrun)
    ['giáo dục-đào tạo, phát triển nguồn nhân lực', false, ['giáo dục-đào tạo=education', 'phát triển=verb']],
  ])('%s (outrun %s)', (text, outrun, want) => {
    expect(found(new PhraseFinder(entries, outrun), text)).toEqual(want);
  });

  // (each word is looked at a bounded number of times: the growth shapes of sector lists time it)
  it('reads a chain of overlapping phrases as one match', () => {
    const f = new PhraseFinder<string>([['a b', 'x'], ['b c', 'y'], ['c a', 'z']], true);
    const text = 'a b c '.repeat(20000);
    const [m] = f.find(text);
    expect(m.index).toBe(0);
    expect(m.end).toBe(text.trimEnd().length);
  });
});
