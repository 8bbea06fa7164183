/**
 * The horizons extractor, one line per form (its specification; the golden
 * file fixtures/horizons/ is a regression test of spans): an invented sentence
 * and the horizons it must give, written `kind year|from-to "text"[ +mentions]`.
 */
import type { Horizon } from '../src/index.js';
import { caseTable, more } from './helpers/sentence.js';

const show = (h: Horizon) => `${h.kind} ${h.year ?? `${h.from}-${h.to}`} ${JSON.stringify(h.text)}${more(h)}`;

caseTable('horizons', show, [
  // targets: a year to reach
  ['Phấn đấu đến năm 2030, tỉnh trở thành trung tâm công nghiệp của vùng.', ['target 2030 "đến năm 2030"']],
  ['Đến năm 2025, tỷ lệ hộ nghèo của huyện giảm còn dưới 2%.', ['target 2025 "Đến năm 2025"']],
  ['Từ nay đến năm 2030, tỉnh tập trung phát triển hạ tầng giao thông.', ['target 2030 "đến năm 2030"']],
  ['Mục tiêu đến năm 2035 có 50% đô thị thông minh.', ['target 2035 "đến năm 2035"']],
  ['Đến hết năm 2026, toàn bộ xã đạt chuẩn nông thôn mới.', ['target 2026 "Đến hết năm 2026"']],
  ['Dự án hoàn thành trước năm 2027.', ['target 2027 "trước năm 2027"']],
  // a "before" the article's year has passed tells of the past (the case articles are of 2023)
  ['Trước năm 1975, vùng đất này còn hoang vu.', []],
  // a year before the common era is no horizon
  ['Các đô thị cổ phát triển mạnh đến năm 2000 TCN thì suy tàn.', []],
  ['Nền văn minh này kéo dài từ năm 2100 đến năm 1900 trước Công nguyên.', []],
  // visions: tầm nhìn
  ['Tầm nhìn đến năm 2045, thành phố phát triển xanh và bền vững.', ['vision 2045 "Tầm nhìn đến năm 2045"']],
  ['Phấn đấu đến năm 2030 và tầm nhìn đến năm 2045, tỉnh trở thành tỉnh khá.', ['target 2030 "đến năm 2030"', 'vision 2045 "tầm nhìn đến năm 2045"']],
  // periods: giai đoạn, thời kỳ, a plan of five years; hyphen, spaced hyphen or en dash
  ['Kế hoạch giai đoạn 2021-2025 được triển khai đồng bộ.', ['period 2021-2025 "giai đoạn 2021-2025"']],
  ['Chiến lược phát triển giai đoạn 2026–2030 được thông qua.', ['period 2026-2030 "giai đoạn 2026–2030"']],
  ['Kế hoạch 5 năm 2021-2025 đạt nhiều kết quả.', ['period 2021-2025 "5 năm 2021-2025"']],
  ['Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được phê duyệt.', ['period 2021-2030 "thời kỳ 2021 - 2030"', 'vision 2050 "tầm nhìn đến năm 2050"']],
  // one horizon named twice is one fact with a mention
  ['Đến năm 2030, tỉnh có sân bay. Đến năm 2030, tỉnh có cảng biển.', ['target 2030 "Đến năm 2030" +1']],
  // not horizons: a year of results, a date, a count
  ['Trong năm 2024, doanh thu du lịch tăng 10%.', []],
  ['Năm 2020, kim ngạch xuất khẩu của tỉnh đạt 5 tỷ USD.', []],
  ['Ngày 2/9/2030, tỉnh tổ chức lễ kỷ niệm.', []],
  ['Số hộ dân được hỗ trợ là 2030 hộ.', []],
]);
