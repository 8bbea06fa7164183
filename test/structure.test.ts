/** The title among a page's head lines: one-line cases (page text → title), beside the golden pages in fixtures/structure/. */
import { describe, it, expect } from 'vitest';
import { buildArticle } from '../src/article/article.js';

const CASES: [string, string | null][] = [
  ['Tiêu đề\n\nNội dung bài viết.', 'Tiêu đề'],
  ['Trang chủ\nThời sự\nHà Giang mở rộng vùng chè\nThứ Hai, 12/06/2023 10:30\nSáng 12/6, tỉnh họp.', 'Hà Giang mở rộng vùng chè'],
  ['Báo Miền Núi\nLạng Sơn đón đoàn doanh nghiệp Nhật Bản\nMinh Anh - 09:10, 03/03/2024\nNgày 2/3, tỉnh đón đoàn.', 'Lạng Sơn đón đoàn doanh nghiệp Nhật Bản'],
  ['Chiều 8/11, Hội đồng nhân dân tỉnh khai mạc kỳ họp chuyên đề để xem xét nhiều nội dung quan trọng của tỉnh trong năm.\nChủ tịch HĐND chủ trì.', null],
  ['KẾ HOẠCH\nPHỐI HỢP GIỮA HAI SỞ\nGIAI ĐOẠN 2024 - 2026\nNĂM THỨ NHẤT\nHai bên thống nhất các nội dung sau.', 'KẾ HOẠCH PHỐI HỢP GIỮA HAI SỞ GIAI ĐOẠN 2024 - 2026'],
  ['Kết luận, đồng chí Bí thư đề nghị:\nThứ nhất, đổi mới.\nThứ hai, nâng cao chất lượng.', null],
  ['Quảng Trị xúc tiến đầu tư 14/03/2024 10:12\nSáng 13/3, tỉnh tổ chức hội nghị.', 'Quảng Trị xúc tiến đầu tư'],
];

describe('structure: the title', () => {
  for (const [page, title] of CASES) it(JSON.stringify(page.slice(0, 60)), () => expect(buildArticle('t.txt', page).title).toBe(title));
});
