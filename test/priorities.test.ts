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
    '1- Rà soát; 2- Đẩy nhanh; 12- ba; 1-2 ngày; 3- 5 tháng; số 05- CT/TW; a1- x; 2.1- y; xong.4- Áp; 5-Phạt; 6-CP',
    'a- một; b- Hai; đ- ba; x- bốn; a-b c; (c- d); đường a- b',
    '(a) một; (b) hai; (đ) ba; (x) bốn; (ab) năm; ( c) sáu',
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

/** the lists of a text: each as its markers and its first item's text (a case per line: text → lists) */
const LISTS: [string, Array<[string[], string]>][] = [
  // a quoted list that opens mid-line: the quote is no part of the items or the intro
  ['Bí thư đề nghị: "Một là, các cấp ủy sâu sát cơ sở; Hai là, làm tốt dân vận; Ba là, giữ đoàn kết".', [[['Một là', 'Hai là', 'Ba là'], 'các cấp ủy sâu sát cơ sở']]],
  ['Ông nhấn mạnh: “Thứ nhất, hoàn thiện thể chế. Thứ hai, đẩy nhanh giải ngân.”', [[['Thứ nhất', 'Thứ hai'], 'hoàn thiện thể chế.']]],
  ['Bộ trưởng yêu cầu: “(1) rà soát quy hoạch; (2) đẩy nhanh giải phóng mặt bằng”.', [[['(1)', '(2)'], 'rà soát quy hoạch']]],
  // …and a lone earlier "thứ nhất" is not continued by the quoted list's "hai là"
  ['Đây là lần thứ nhất, tỉnh tổ chức. Ông đề nghị: "Một là, sâu sát cơ sở; Hai là, làm tốt dân vận".', [[['Một là', 'Hai là'], 'sâu sát cơ sở']]],
  // letters in brackets, inline and one per line
  ['Hội nghị thống nhất: (a) rà soát quy hoạch; (b) đẩy nhanh giải phóng mặt bằng; (c) kiểm tra chất lượng.', [[['(a)', '(b)', '(c)'], 'rà soát quy hoạch']]],
  ['Các giải pháp gồm:\n(a) Hoàn thiện thể chế.\n(b) Phát triển hạ tầng.', [[['(a)', '(b)'], 'Hoàn thiện thể chế.']]],
  // emphasis around a numbered line is no part of its item
  ['Tỉnh yêu cầu:\n**1. Đẩy nhanh giải ngân**\n**2. Cải cách hành chính**', [[['1.', '2.'], 'Đẩy nhanh giải ngân']]],
  // points named again later are no items of the list
  ['Bên nguyên phải chỉ ra: (a) chất ấy bị cấm, (b) bên bị biết mục đích, (c) họ đã cung cấp. Tòa cho rằng mới chứng minh được điểm (b) và (c), còn điểm (a) thì chưa.', [[['(a)', '(b)', '(c)'], 'chất ấy bị cấm']]],
  // a number or a letter and a dash: "1- …; 2- …", "a- …" at line starts
  ['Tỉnh đề ra ba nhiệm vụ: 1- Rà soát quy hoạch; 2- Đẩy nhanh giải phóng mặt bằng; 3- Kiểm tra chất lượng.', [[['1-', '2-', '3-'], 'Rà soát quy hoạch']]],
  ['Các giải pháp gồm:\na- Hoàn thiện thể chế;\nb- Phát triển hạ tầng.', [[['a-', 'b-'], 'Hoàn thiện thể chế']]],
  ['Dự luật cấm các hành vi:\n1- Bán dưới giá thành.2- Áp đặt giá bất hợp lý.\n3-Hạn chế sản xuất.', [[['1-', '2-', '3-'], 'Bán dưới giá thành.']]],
  // dates, ranges, scores, words with a dash and documents' codes are none
  ['Từ ngày 1-2 đến 3-4, đoàn làm việc; tỉ lệ 1- 2%; đường a-b; tỷ số 2-1; theo Chỉ thị 1- CT/TW và Quyết định 2- QĐ/TU.', []],
  ['Đoàn đi qua các xã: a- b, c- d.', []],
  ['Đội hình xuất phát: 1-Gabor Kiraly, 2-Laszlo Bodnar, 3-Zoltan Balog.', []],
];
describe('list readings', () => {
  it.each(LISTS)('%s', (body, lists) => {
    const { priorities: found } = priorities(article(body), []);
    expect(found.map((e) => [e.items.map((i) => i.marker), e.items[0].text])).toEqual(lists);
  });
});
