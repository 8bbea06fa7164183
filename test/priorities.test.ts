/** Speakers of enumerations resolved against the participants, when the pipeline has them. */
import { describe, it, expect } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import extractor from '../src/extract/priorities.js';
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
