/** The title among a page's head lines: one-line cases (page text → title), beside the golden pages in fixtures/structure/. */
import { describe, it, expect } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { linesOf } from '../src/article/lines.js';
import { parseArticle } from '../src/ingest/articles.js';

const CASES: [string, string | null][] = [
  ['Tiêu đề\n\nNội dung bài viết.', 'Tiêu đề'],
  ['Trang chủ\nThời sự\nHà Giang mở rộng vùng chè\nThứ Hai, 12/06/2023 10:30\nSáng 12/6, tỉnh họp.', 'Hà Giang mở rộng vùng chè'],
  ['Báo Miền Núi\nLạng Sơn đón đoàn doanh nghiệp Nhật Bản\nMinh Anh - 09:10, 03/03/2024\nNgày 2/3, tỉnh đón đoàn.', 'Lạng Sơn đón đoàn doanh nghiệp Nhật Bản'],
  ['Chiều 8/11, Hội đồng nhân dân tỉnh khai mạc kỳ họp chuyên đề để xem xét nhiều nội dung quan trọng của tỉnh trong năm.\nChủ tịch HĐND chủ trì.', null],
  ['KẾ HOẠCH\nPHỐI HỢP GIỮA HAI SỞ\nGIAI ĐOẠN 2024 - 2026\nNĂM THỨ NHẤT\nHai bên thống nhất các nội dung sau.', 'KẾ HOẠCH PHỐI HỢP GIỮA HAI SỞ GIAI ĐOẠN 2024 - 2026'],
  ['Kết luận, đồng chí Bí thư đề nghị:\nThứ nhất, đổi mới.\nThứ hai, nâng cao chất lượng.', null],
  ['Quảng Trị xúc tiến đầu tư 14/03/2024 10:12\nSáng 13/3, tỉnh tổ chức hội nghị.', 'Quảng Trị xúc tiến đầu tư'],
  // a crawler ran the headline into the lead: the headline ends at the agency's credit that opens the lead
  ['Khởi công cầu mới qua sông Hồng (TTXVN) - Sáng 12/5, tỉnh khởi công cây cầu thứ ba qua sông.\nDự án dài 5 km.', 'Khởi công cầu mới qua sông Hồng'],
  ['Hai xã về đích nông thôn mới (NLĐO)-Chiều nay, huyện trao bằng công nhận cho hai xã.', 'Hai xã về đích nông thôn mới'],
  // a portal's or an online paper's long name above the headline is no headline
  ['Cổng Thông tin điện tử tỉnh Hà Tĩnh\nTrang chủ > Tin tức\nHội nghị sơ kết công tác quý I\nSáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I năm nay.', 'Hội nghị sơ kết công tác quý I'],
  ['Báo Điện tử Đảng Cộng sản Việt Nam\nHội nghị sơ kết công tác quý I\nSáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I năm nay.', 'Hội nghị sơ kết công tác quý I'],
  // a byline opened by a label, with a colon or without, is no headline ("Viết bởi", "Tác giả:", "Posted by")
  ['Tỉnh họp bàn kế hoạch năm sau\n\nViết bởi Trần Minh Khoa\n\nNgày đăng: 12/03/2025 08:15\n\nSáng 11/3, tỉnh họp bàn kế hoạch phát triển năm sau.', 'Tỉnh họp bàn kế hoạch năm sau'],
  ['Tỉnh họp bàn kế hoạch năm sau\nPosted by Minh Khoa\n12/03/2025 08:15\nSáng 11/3, tỉnh họp bàn kế hoạch phát triển năm sau.', 'Tỉnh họp bàn kế hoạch năm sau'],
  // a sentence before a bracket is no headline
  ['Sáng 12/5, tỉnh khởi công cây cầu. (TTXVN) - Dự án dài 5 km.\nDự án hoàn thành năm 2027.', null],
];

describe('structure: the title', () => {
  it("reads a crawler's character references in plain text", () => {
    const a = buildArticle('t.txt', 'GS Trần Bá Lộc &amp; dự án bệnh viện\n\nSở KH&amp;CN tỉnh họp.\n');
    expect(a.title).toBe('GS Trần Bá Lộc & dự án bệnh viện');
    expect(a.text).toContain('Sở KH&CN');
  });
  it('takes the agency of a glued lead as the source', () => {
    expect(buildArticle('t.txt', 'Khởi công cầu mới qua sông Hồng (TTXVN) - Sáng 12/5, tỉnh khởi công cây cầu thứ ba.\n').source).toBe('TTXVN');
  });
  for (const [page, title] of CASES) it(JSON.stringify(page.slice(0, 60)), () => expect(buildArticle('t.txt', page).title).toBe(title));
});

/** where the body ends before a closing list of other stories' dated headlines: page text → the body's last words */
const BODY = 'Tiêu đề\n\nChiều 4/6, tỉnh họp bàn công tác phòng chống bão, yêu cầu các địa phương rà soát phương án sơ tán dân ở vùng trũng thấp.\n';
const BODY_ENDS: [string, string][] = [
  // two or more dated headlines after the body, with no heading over them: a list of other stories
  [BODY + '\nKiểm tra đê điều tại Hoài Nhơn (02/06/2024)\nDiễn tập ứng phó bão (28/05/2024)', 'vùng trũng thấp.'],
  [BODY + 'Đưa hối lộ hơn 20 tỷ(19/11/2004)\nSốt thép(24/02/2004)', 'vùng trũng thấp.'],
  // one is no list: it stays (the article's own last line, or its stamp)
  [BODY + 'Kiểm tra đê điều tại Hoài Nhơn (02/06/2024)', 'Hoài Nhơn (02/06/2024)'],
  // tags after their label close the page as furniture; a sentence after such a word is the article's
  [BODY + 'Tags: Bắc Giang, Lạng Sơn', 'vùng trũng thấp.'],
  [BODY + 'Minh Anh\nTừ khóa: phòng chống bão', 'vùng trũng thấp.'],
  [BODY + 'Chủ đề: phòng chống bão là chủ đề chính của hội nghị năm nay.', 'của hội nghị năm nay.'],
  // a sentence with a date at its end is no headline: the line after it is alone
  [BODY + 'Hội nghị kết thúc lúc 17 giờ, theo kế hoạch (02/06/2024).\nDiễn tập ứng phó bão (28/05/2024)', 'ứng phó bão (28/05/2024)'],
  // the authors closing the article: two or more, a team's label, an affiliation, "Theo author/paper"
  [BODY + 'Nguyễn Gia - Hoàng Anh', 'vùng trũng thấp.'],
  [BODY + 'Trần Minh Khoa, Lê Thu Hà', 'vùng trũng thấp.'],
  [BODY + 'Nguyễn Thanh Hải (CTV)', 'vùng trũng thấp.'],
  [BODY + 'Nguyễn Thanh Hải (Trung tâm TT-VH-TT huyện Yên Lạc)', 'vùng trũng thấp.'],
  [BODY + 'Nhóm PV Ban Thời sự: Lương Thị Nga, Vũ Đình Khôi', 'vùng trũng thấp.'],
  [BODY + 'Theo Đỗ Minh Tuấn/Báo Lâm Viên', 'vùng trũng thấp.'],
  // a closing line of names in a sentence's place, or a person the article quotes, stays
  [BODY + 'Ông Hà Văn Lâm (Phó Chủ tịch UBND tỉnh)', 'Ông Hà Văn Lâm (Phó Chủ tịch UBND tỉnh)'],
  [BODY + 'Hội nghị kết thúc lúc 17 giờ cùng ngày - Hoàng Anh', 'cùng ngày - Hoàng Anh'],
  // a box of other stories' headlines inside the body, the article going on after it: no end
  [BODY + '\nTin liên quan\nTỉnh kiểm tra hồ chứa nước Định Bình\n- Sơ tán dân vùng ven biển\n\nBáo cáo với đoàn, Giám đốc Sở Nông nghiệp cho biết đã gia cố xong ba tuyến đê xung yếu.', 'ba tuyến đê xung yếu.'],
  // …but a heading over headlines only, or over headlines and their teasers, ends it
  [BODY + '\nTin liên quan\nTỉnh kiểm tra hồ chứa nước Định Bình\nSơ tán dân vùng ven biển', 'vùng trũng thấp.'],
  [BODY + '\nXem thêm\nTỉnh kiểm tra hồ chứa nước Định Bình\nSáng 3/6, đoàn công tác của tỉnh đã kiểm tra hồ chứa nước lớn nhất khu vực phía Nam.\nSơ tán dân vùng ven biển\nHuyện đã sơ tán hơn 500 hộ dân ở các xã ven biển trước khi bão đổ bộ vào đất liền.', 'vùng trũng thấp.'],
  [BODY + '\nTin liên quan\nTỉnh kiểm tra hồ chứa nước Định Bình\nSáng 3/6, đoàn công tác của tỉnh đã kiểm tra hồ chứa nước lớn nhất khu vực phía Nam và...', 'vùng trũng thấp.'],
  // readers' comments are running text under names: no box
  [BODY + '\nBình luận\nNguyễn Văn Bình\nTôi mong tỉnh sớm hoàn thành việc gia cố đê để người dân yên tâm sản xuất, ổn định cuộc sống.', 'vùng trũng thấp.'],
  // a table's source, then the article again: no end; the article's source at its end still is one
  [BODY + 'Bảng: Lượng mưa các huyện\nNguồn: Đài Khí tượng tỉnh\nPhát biểu tại hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở, ngành trực ban nghiêm túc.', 'trực ban nghiêm túc.'],
  [BODY + 'Nguồn: Đài Khí tượng tỉnh\nTỉnh kiểm tra hồ chứa nước Định Bình', 'vùng trũng thấp.'],
];
describe('structure: the end of the body', () => {
  it("takes the paper of a closing 'Theo author/paper' as the source", () => {
    expect(buildArticle('t.txt', BODY + 'Theo Đỗ Minh Tuấn/Báo Lâm Viên').source).toBe('Báo Lâm Viên');
  });
  it('keeps the authors of a byline under the headline out of the body', () => {
    const a = buildArticle('t.txt', BODY.replace('\n\n', '\nNguyễn Gia - Hoàng Anh\n\n'));
    expect(a.text.slice(a.body.start, a.body.end).replace(/\s+/g, ' ')).not.toContain('Hoàng Anh');
  });
  for (const [page, last] of BODY_ENDS) it(JSON.stringify(page.slice(-50)), () => {
    const a = buildArticle('t.txt', page);
    expect(a.text.slice(a.body.start, a.body.end).endsWith(last)).toBe(true);
  });
});

// property: a line is trimmed of exactly what trim() cuts (every white space of JavaScript, none other),
// whatever spaces stand at its ends
describe('structure: the lines of a page', () => {
  it('are the non-empty lines, trimmed as trim() trims them', () => {
    const pool = ['Hà', 'Nội', '…', '”', 'ủy', '2030', ' ', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', '\u2009', '\u0085', '\u180e', '\n'];
    let seed = 5;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 500; t++) {
      const text = Array.from({ length: 1 + Math.floor(rnd() * 14) }, () => pool[Math.floor(rnd() * pool.length)]).join('');
      const lines = linesOf(text);
      expect(lines.map((l) => l.text)).toEqual(text.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
      for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
    }
  });
});

// the front matter's dates, under the names crawlers and site generators give them, as ISO to the minute;
// the publication's own key beats "date", which beats "created"; markup in the text or none
describe("structure: a Markdown page's front-matter date", () => {
  const page = async (fm: string, body = 'Sáng 12/5, tỉnh họp.') => (await parseArticle(`---\ntitle: Tiêu đề\n${fm}\n---\n\n${body}\n`, { file: 't.md' })).published;
  it.each([
    ['date: 2025-05-12', '2025-05-12'],
    ['published: "2025-05-12T09:15:00+07:00"', '2025-05-12T09:15'],
    ['pubDate: 12/05/2025', '2025-05-12'],
    ['date_published: 2025-05-12 09:15', '2025-05-12T09:15'],
    ['publishedAt: 2025-05-12', '2025-05-12'],
    ['created: 2025-05-11\ndate: 2025-05-12', '2025-05-12'],
    ['date: 2025-05-12\npublishDate: 2025-05-13\ncreated: 2025-05-01', '2025-05-13'],
    ['date: 2025-05-12T02:15:00Z', '2025-05-12T09:15'],
    ['date: không rõ', null],
  ])('%s', async (fm, value) => {
    expect(await page(fm)).toBe(value);
    expect(await page(fm, '**Sáng 12/5**, tỉnh họp.')).toBe(value);
  });
});

// a reader's header, as crawlers that turn pages into Markdown write it: its title and time, its address's day as a fallback
describe("structure: a Markdown reader's header", () => {
  const page = (head: string) => parseArticle(`Title: Tỉnh mở rộng vùng chè\n\n${head}\n\nMarkdown Content:\nTỉnh mở rộng vùng chè\n====\n\nSáng 5/12, tỉnh tổ chức hội nghị về vùng chè.\n`, { file: 't.md' });
  it.each([
    ['URL Source: https://example.vn/vung-che-123.html\n\nPublished Time: 2026-12-05T16:20:00+07:00', '2026-12-05T16:20'],
    // a crawler's stamp in its own zone or in UTC is the time the portal printed, in Vietnam time, as a saved page's metadata
    ['URL Source: https://example.vn/vung-che-123.html\n\nPublished Time: 2026-12-05T02:20:00-07:00', '2026-12-05T16:20'],
    ['URL Source: https://example.vn/vung-che-123.html\n\nPublished Time: 2026-12-05T09:20:00.000Z', '2026-12-05T16:20'],
    ['URL Source: https://example.vn/vung-che-123.html\n\nPublished Time: Sat, 05 Dec 2026 09:20:00 GMT', '2026-12-05T16:20'],
    ['URL Source: https://example.vn/vung-che-123.html\n\nPublished Time: Sat Dec 05 2026 16:20:00 GMT+0700 (Indochina Time)', '2026-12-05T16:20'],
    ['URL Source: https://example.vn/vung-che-123.html\n\nPublished Time: 2026-12-04T20:20:00-05:00', '2026-12-05T08:20'],
    ['URL Source: https://example.vn/2026/12/04/vung-che/', '2026-12-04'],
    ['URL Source: https://example.vn/vung-che-123.html', null],
  ])('%s', async (head, value) => {
    const a = await page(head);
    expect([a.title, a.published]).toEqual(['Tỉnh mở rộng vùng chè', value]);
  });
});

// a plain page's date line under its headline, in the forms portals and the blog engines that copy them print
describe("structure: a plain page's date line", () => {
  const published = async (line: string) => (await parseArticle(`Tỉnh mở rộng vùng trồng chè\n${line}\n\nSáng 5/12, tỉnh tổ chức hội nghị về vùng chè.\n`, { file: 't.txt' })).published;
  it.each([
    ['Thứ Hai, 07/12/2026 10:25 (GMT+7)', '2026-12-07T10:25'],
    ['Tháng Mười Hai 7, 2026', '2026-12-07'],
    ['07 Th12 2026', '2026-12-07'],
    ['Dec 07, 2026', '2026-12-07'],
    ['Sept. 7, 2026', '2026-09-07'],
    ['7 December 2026', '2026-12-07'],
    ['Posted on March 3, 2025 by admin', '2025-03-03'],
    ['Feb 30, 2026', null],
    // a line that labels the posting and the update: the posting's field, whichever comes first
    ['Sửa lúc: 08/12/2026 | Ngày đăng: 07/12/2026 21:40', '2026-12-07T21:40'],
    ['Cập nhật: 08/12/2026 | Ngày đăng: 07/12/2026 21:40', '2026-12-07T21:40'],
    ['Cập nhật: 08/12/2026 06:15 | Ngày đăng: 07/12/2026 21:40', '2026-12-07T21:40'],
    ['Đăng lúc 21:40 07/12/2026 - Cập nhật lúc 06:15 08/12/2026', '2026-12-07T21:40'],
    // a site's or an author's name in its own field beside the date
    ['Cổng TTĐT tỉnh Lâm Viên | 09:05 AM, 07/12/2026', '2026-12-07T09:05'],
    ['Trần Minh Khoa | 07/12/2026 09:05 PM', '2026-12-07T21:05'],
    ['Hội nghị đã bàn nhiều nội dung quan trọng của tỉnh. | 07/12/2026', null],
  ])('%s', async (line, value) => expect(await published(line)).toBe(value));
});

// a press release's dateline opening the lead: the publication day when the head has no stamp, never before one
describe("structure: a lead's dateline", () => {
  const published = async (page: string) => (await parseArticle(page, { file: 't.txt' })).published;
  const page = (lead: string, stamp = '') => `Tỉnh mở rộng vùng trồng chè\n${stamp}\n${lead} Chiều 13/8, tỉnh tổ chức hội nghị về vùng chè.\n\nNội dung tiếp theo.\n`;
  it.each([
    ['Thái Nguyên, ngày 14/8/2025 –', '2025-08-14'],
    ['**Thái Nguyên, 14/8/2025** -', '2025-08-14'],
    ['THÁI NGUYÊN, 14-8-2025 —', '2025-08-14'],
    ['Hà Nội, ngày 14 tháng 8 năm 2025 –', '2025-08-14'],
    ['Hà Nội, ngày 31/2/2025 –', null],
    // a day in the lead's sentence is no dateline
    ['Ngày 14/8/2025, ', null],
  ])('%s', async (lead, value) => expect(await published(page(lead))).toBe(value));
  it("loses to the article's stamp under its headline", async () => {
    expect(await published(page('Thái Nguyên, ngày 14/8/2025 –', '15/08/2025'))).toBe('2025-08-15');
  });
});

// the agency's credit that opens a lead is the source, in brackets or not
describe('structure: the credit that opens the lead', () => {
  it.each([
    ['(TTXVN) - Sáng 6/12, tỉnh tổ chức hội nghị về vùng chè.', 'TTXVN'],
    ['TTXVN - Sáng 6/12, tỉnh tổ chức hội nghị về vùng chè.', 'TTXVN'],
    ['VOV.VN - Sáng 6/12, tỉnh tổ chức hội nghị về vùng chè.', 'VOV.VN'],
    ['Chinhphu.vn – Chiều 5/12, tỉnh tổ chức hội nghị về vùng chè.', 'Chinhphu.vn'],
    ['Sáng 6/12 - UBND tỉnh tổ chức hội nghị về vùng chè.', null],
    ['UBND tỉnh tổ chức hội nghị - Hội thảo về vùng chè.', null],
  ])('%s', async (lead, source) => expect((await parseArticle(`Tỉnh mở rộng vùng trồng chè\n\n${lead}\n`, { file: 't.txt' })).source).toBe(source));
});
