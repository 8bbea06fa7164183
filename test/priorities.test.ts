/** Speakers of enumerations resolved against the participants, when the pipeline has them. */
import { describe, it, expect } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import extractor, { MARKERS, eachMarker } from '../src/extract/priorities.js';
import { runExtractor } from '../src/pipeline.js';
import type { Article } from '../src/article/article.js';
import type { Participant } from '../src/types.js';

const span = { start: 0, end: 0, line: 1, column: 1 };
const person = (name: string, titles: string[]): Participant => ({ name, titles, roles: [], span, mentions: [] });
const article = (body: string) => buildArticle('t.txt', `Tiêu đề\n\n${body}\n`);
/** the lists of an article, its participants given */
const priorities = (a: Article, participants: Participant[]) => ({ priorities: runExtractor(extractor, a, { participants }).priorities! });

describe('priorities speaker', () => {
  it('completes a partial name from the participants', () => {
    const a = article('Kết luận, đồng chí Thắng đề nghị:\n\nThứ nhất, đổi mới.\n\nThứ hai, nâng cao chất lượng.');
    const { priorities: [e] } = priorities(a, [person('Nguyễn Xuân Thắng', ['Giám đốc Học viện'])]);
    expect(e.speaker).toBe('Nguyễn Xuân Thắng');
  });

  it('names a participant the intro calls by a title only', () => {
    const a = article('Phó Bí thư Thành ủy TP.HCM đề nghị các địa phương:\n\nMột là, xây dựng lộ trình.\n\nHai là, duy trì đoàn kết.');
    const people = [person('Nguyễn Văn Hiếu', ['Phó Bí thư Thành ủy TP.HCM']), person('Trần Văn B', ['Giám đốc Sở'])];
    expect(priorities(a, people).priorities[0].speaker).toBe('Nguyễn Văn Hiếu');
  });

  it('reads no given name in a title after an honorific: "đồng chí Bí thư Tỉnh ủy" names no "Bí"', () => {
    const a = article('Đồng chí Bí thư Tỉnh ủy yêu cầu: thứ nhất, tháo gỡ khó khăn; thứ hai, đẩy nhanh giải ngân.');
    expect(priorities(a, []).priorities[0].speaker).toBe(null);
  });

  it('keeps the partial name when nothing completes it', () => {
    const a = article('Ông Năng cho rằng có hai lý do.\n\nThứ nhất, thiếu vốn.\n\nThứ hai, thiếu người.');
    expect(priorities(a, []).priorities[0].speaker).toBe('Năng');
  });
});

describe('priorities item text', () => {
  it('keeps the head of an item that never ends, cut after a word; the span covers the whole item', () => {
    const long = 'mở rộng hợp tác '.repeat(400).trim();
    const a = article(`Có hai việc. Thứ nhất, ${long}. Thứ hai, làm ngay.`);
    const [first] = priorities(a, []).priorities[0].items;
    expect(first.text.length).toBeLessThanOrEqual(2002);
    expect(first.text.endsWith(' …')).toBe(true);
    expect(long.startsWith(first.text.slice(0, -2))).toBe(true);
    expect(first.span.end - first.span.start).toBeGreaterThan(long.length);
  });
});

describe('list markers', () => {
  // invented text with every family, markers glued, repeated, in capitals, after odd spaces, and near misses
  const text = [
    'Thứ nhất, a. THỨ HAI: b. thứ  ba là c. Phó Bí thư thứ nhất. Thứ 4 - d. tổ chức thứ năm.',
    'Một là, x; Hai  là y;\tba\u00a0là z, Mười là w. Hai làm. Cuối cùng, v. cuối cùng là u.',
    '(1) một; (12) hai; (123) ba; (i) bốn; (iv) năm; (x)sáu; ()',
    '1. Một\n2. Hai\n12. Mười hai\n123. Quá\n3.5 lẻ\nv.1. khác',
    'a) một; b) hai; đ) ba; 1) bốn; 22) năm; x) sáu; (a) bảy',
    '1/ một; 2/ hai; 12/ ba; 1/5 ngày; 2/ 3 phần; số 7/ QĐ; a1/ x',
    'a/ một; b/ hai; đ/ ba; x/ bốn; km/ giờ; a/b c; (c/ d)',
    'chồng chéoThứ nhất, gắn. lĩnh vựcMột là, gắn.',
  ].join('\n');
  it.each(MARKERS.map(([fam]) => fam))('%s: where a scan of the whole text finds them', (fam) => {
    const re = MARKERS.find(([f]) => f === fam)![1];
    const whole = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    const found: Array<[number, string]> = [];
    eachMarker(fam, text, (m) => found.push([m.index, m[0]]));
    expect(found).toEqual(whole);
    expect(whole.length).toBeGreaterThan(0);
  });
});
