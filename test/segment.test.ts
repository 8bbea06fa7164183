/** One segmentation of the body: one-line cases (paragraph → its sentences), clauses, captions, lookup. */
import { describe, it, expect } from 'vitest';
import { segment, segmentation, sentenceAt, clausesOf } from '../src/article/segment.js';
import { buildArticle } from '../src/article/article.js';

const sentences = (t: string) => segment(t, 0, t.length).sentences.map((s) => t.slice(s.start, s.end));

const CASES: [string, string[]][] = [
  ['Hội nghị khai mạc sáng nay. Các đại biểu thảo luận.', ['Hội nghị khai mạc sáng nay.', 'Các đại biểu thảo luận.']],
  ['Đoàn công tác thăm TP. Cần Thơ và làm việc.', ['Đoàn công tác thăm TP. Cần Thơ và làm việc.']],
  ['Báo cáo của PGS.TS. Nguyễn Văn An được đánh giá cao.', ['Báo cáo của PGS.TS. Nguyễn Văn An được đánh giá cao.']],
  ['Ông làm việc tại Q. 1 và P. Bến Nghé.', ['Ông làm việc tại Q. 1 và P. Bến Nghé.']],
  ['Tác giả Nguyễn V. An trình bày tham luận.', ['Tác giả Nguyễn V. An trình bày tham luận.']],
  ['Tăng trưởng đạt 6,5%. Thu ngân sách vượt 1.000 tỷ đồng.', ['Tăng trưởng đạt 6,5%.', 'Thu ngân sách vượt 1.000 tỷ đồng.']],
  ['Ngày 1/8, tỉnh tổ chức lễ ra mắt. Sau đó là hội thảo.', ['Ngày 1/8, tỉnh tổ chức lễ ra mắt.', 'Sau đó là hội thảo.']],
  ['Dự án còn chậm... Tỉnh đề nghị tháo gỡ.', ['Dự án còn chậm...', 'Tỉnh đề nghị tháo gỡ.']],
  ['Mọi việc còn dang dở… nhưng đã có kết quả.', ['Mọi việc còn dang dở… nhưng đã có kết quả.']],
  ['Ông nói: “Phải làm ngay.” Sau đó hội nghị bế mạc.', ['Ông nói: “Phải làm ngay.”', 'Sau đó hội nghị bế mạc.']],
  ['“Vì sao chậm?” ông hỏi lại các sở.', ['“Vì sao chậm?” ông hỏi lại các sở.']],
  ['Tỉnh hỗ trợ doanh nghiệp.Theo đó, các sở sẽ rà soát.', ['Tỉnh hỗ trợ doanh nghiệp.', 'Theo đó, các sở sẽ rà soát.']],
  ['Đoàn đến TP.HCM làm việc.', ['Đoàn đến TP.HCM làm việc.']],
  ['1. Hoàn thiện thể chế.', ['1. Hoàn thiện thể chế.']],
  ['Có hai việc. 2 đơn vị đã xong.', ['Có hai việc.', '2 đơn vị đã xong.']],
  ['Kết quả tốt! Năm tới sẽ tốt hơn?', ['Kết quả tốt!', 'Năm tới sẽ tốt hơn?']],
  ['Câu không có dấu kết thúc', ['Câu không có dấu kết thúc']],
];

describe('segment: sentences', () => {
  for (const [input, expected] of CASES) it(input, () => expect(sentences(input)).toEqual(expected));
});

describe('segment: paragraphs, clauses, captions, lookup', () => {
  it('splits clauses at semicolons and colons', () => {
    const t = 'Tập trung ba việc: hoàn thiện thể chế; phát triển hạ tầng; đào tạo nhân lực.';
    const s = segment(t, 0, t.length).sentences[0];
    expect(clausesOf(t, s).map((c) => t.slice(c.start, c.end))).toEqual(['Tập trung ba việc:', 'hoàn thiện thể chế;', 'phát triển hạ tầng;', 'đào tạo nhân lực.']);
  });

  it('keeps paragraphs apart and marks captions', () => {
    const a = buildArticle('t.txt', 'Tiêu đề bài viết về hội nghị\n\nĐoạn một. Câu hai.\nQuang cảnh hội nghị. Ảnh: Minh Anh\nĐoạn ba.\n');
    const seg = segmentation(a);
    expect(seg.paragraphs.map((p) => p.kind)).toEqual(['text', 'text', 'caption', 'text']);
    expect(seg.paragraphs[1].sentences).toEqual([1, 3]);
    // the credit is blanked: the caption's sentence stops before it
    expect(a.text.slice(seg.sentences[3].start, seg.sentences[3].end)).toBe('Quang cảnh hội nghị.');
    expect(segmentation(a)).toBe(seg);
  });

  it('finds the sentence around an offset, and none outside the body', () => {
    const t = 'Câu một. Câu hai dài hơn. Câu ba.';
    const seg = segment(t, 0, t.length);
    expect(t.slice(sentenceAt(seg, t.indexOf('hai'))!.start, sentenceAt(seg, t.indexOf('hai'))!.end)).toBe('Câu hai dài hơn.');
    expect(sentenceAt(seg, t.length + 5)).toBeNull();
  });

  it('is linear: 16 times the text costs at most about 16 times the time', () => {
    const unit = 'TP. Hà Nội. Q. 1... “A?” b.C d; e: ';
    const time = (n: number) => {
      const t = unit.repeat(n);
      const t0 = performance.now();
      segment(t, 0, t.length);
      return performance.now() - t0;
    };
    time(500);
    // the least of several runs: a collection or a busy machine may stretch any single one
    const least = (n: number, runs: number) => Math.min(...Array.from({ length: runs }, () => time(n)));
    const small = least(1000, 5), big = least(16000, 3);
    expect(big / small).toBeLessThan(40);
  });
});
