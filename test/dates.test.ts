/**
 * The dates extractor, one line per form: a sentence in an article published
 * Thứ Năm, 15/06/2023 10:00, and the dates it must give, written
 * `value[..end] precision[ part][ edge][ rel=n][ unresolved] "text"`.
 */
import { describe, it, expect } from 'vitest';
import { extract } from '../src/index.js';
import type { DateFact } from '../src/types.js';

const PUB = 'Thứ Năm, 15/06/2023 10:00';
const show = (d: DateFact) => [
  `${d.value}${d.end ? '..' + d.end : ''}`, d.precision, d.part, d.edge,
  d.relative != null ? `rel=${d.relative}` : null, d.resolved === false ? 'unresolved' : null, JSON.stringify(d.text),
].filter(Boolean).join(' ');

async function datesOf(sentence: string, pub: string | null = PUB) {
  const text = `Tin hoạt động của tỉnh trong tuần\n${pub ?? ''}\n\n${sentence}\n\nĐoàn công tác tiếp tục làm việc với các sở, ngành.\n`;
  const f = await extract(text, { file: 't.txt' });
  return { dates: f.dates.filter((d) => d.role !== 'published').map(show), warnings: f.warnings.filter((w) => w.code === 'date-invalid').map((w) => w.message) };
}

const CASES: Array<[string, string[]]> = [
  // days
  ['Ngày 7/3, đoàn đến tỉnh.', ['2023-03-07 day "Ngày 7/3"']],
  ['Sáng 16/11, hội nghị khai mạc.', ['2022-11-16 day morning "Sáng 16/11"']],
  ['Hội nghị khai mạc 7/3 tại Huế.', ['2023-03-07 day "7/3"']],
  ['Lúc 9h30 7/3, đoàn đến.', ['2023-03-07 day "9h30 7/3"']],
  ['Văn bản được ký ngày 1-7-2022.', ['2022-07-01 day "ngày 1-7-2022"']],
  ['Đoàn về tỉnh ngày 2-6.', ['2023-06-02 day "ngày 2-6"']],
  ['Quyết định ký 3/3/17 và 3/9/91.', ['2017-03-03 day "3/3/17"', '1991-09-03 day "3/9/91"']],
  ['Ngày 20.5.2023, tỉnh tổ chức lễ.', ['2023-05-20 day "Ngày 20.5.2023"']],
  ['Lễ diễn ra mồng 3 tháng ba.', ['2023-03-03 day "mồng 3 tháng ba"']],
  ['Lễ diễn ra mùng 10 tháng Giêng.', ['2023-01-10 day "mùng 10 tháng Giêng"']],
  ['Ngày mồng 7 tháng 3 năm 2021, đoàn đến.', ['2021-03-07 day "Ngày mồng 7 tháng 3 năm 2021"']],
  ['Hiệp định ký 12 tháng 10 năm 2021 tại Hà Nội.', ['2021-10-12 day "12 tháng 10 năm 2021"']],
  ['Phiên họp 29 Tháng 8 2022 kéo dài.', ['2022-08-29 day "29 Tháng 8 2022"']],
  ['Thứ hai ngày mồng 6 tháng 2 đoàn đến.', ['2023-02-06 day "Thứ hai ngày mồng 6 tháng 2"']],
  ['Chủ nhật (11/6), đoàn về.', ['2023-06-11 day "Chủ nhật (11/6)"']],
  ['Thứ Bảy, 10/6, đoàn về.', ['2023-06-10 day "Thứ Bảy, 10/6"']],
  ['Tối 6/5 (giờ địa phương), đoàn đến Paris.', ['2023-05-06 day evening "Tối 6/5"']],
  ['Việc này xảy ra ngày 7/3 năm ngoái.', ['2022-03-07 day "ngày 7/3 năm ngoái"']],
  // a day after publication is last year's, unless within UPCOMING_DAYS of it: an event the page announces
  ['Hội nghị diễn ra trong hai ngày 20 - 21/6 tại Huế.', ['2023-06-20..2023-06-21 day "ngày 20 - 21/6"']],
  ['Lễ hội sẽ khai mạc ngày 10/7.', ['2023-07-10 day "ngày 10/7"']],
  ['Ngày 5/8, lễ hội khai mạc.', ['2022-08-05 day "Ngày 5/8"']],
  ['Cuộc họp 7/3 vừa qua đã thống nhất.', ['2023-03-07 day "7/3"']],
  ['7/3, tỉnh ra quân.', ['2023-03-07 day "7/3"']],
  // lists and ranges
  ['Ngày 6/3 và 7/3, đoàn làm việc.', ['2023-03-06 day "Ngày 6/3"', '2023-03-07 day "7/3"']],
  ['Ngày 28 và 29/5, đoàn làm việc.', ['2023-05-28 day "Ngày 28"', '2023-05-29 day "29/5"']],
  ['Ngày 27, 28 và 29/5, đoàn làm việc.', ['2023-05-27 day "Ngày 27"', '2023-05-28 day "28"', '2023-05-29 day "29/5"']],
  ['Từ ngày 15 đến 30/5, tỉnh tổ chức hội chợ.', ['2023-05-15..2023-05-30 day "Từ ngày 15 đến 30/5"']],
  ['Hội chợ 15-16/5 tại Hà Nội.', ['2023-05-15..2023-05-16 day "15-16/5"']],
  ['Đoàn công tác từ 28/2 đến 3/3/2023.', ['2023-02-28..2023-03-03 day "từ 28/2 đến 3/3/2023"']],
  ['Kỳ nghỉ 30/12/2022 - 2/1/2023.', ['2022-12-30..2023-01-02 day "30/12/2022 - 2/1/2023"']],
  ['Hội nghị diễn ra ngày 15-16 tháng 5 năm 2023.', ['2023-05-15..2023-05-16 day "ngày 15-16 tháng 5 năm 2023"']],
  ['Dự án thi công từ ngày 1/3/2023 đến ngày 31/5/2023.', ['2023-03-01..2023-05-31 day "từ ngày 1/3/2023 đến ngày 31/5/2023"']],
  ['Dự án thi công từ tháng 3 đến tháng 5/2023.', ['2023-03..2023-05 month "tháng 3 đến tháng 5/2023"']],
  ['Dự án thi công tháng 3-5/2023.', ['2023-03..2023-05 month "tháng 3-5/2023"']],
  // months, quarters, years
  ['Trong tháng 4, sản lượng tăng.', ['2023-04 month "tháng 4"']],
  ['Vào tháng ba, sản lượng tăng.', ['2023-03 month "tháng ba"']],
  ['Tháng mười năm 2021 có mưa lớn.', ['2021-10 month "Tháng mười năm 2021"']],
  ['Kế hoạch ban hành tháng 9/2022.', ['2022-09 month "tháng 9/2022"']],
  ['Số liệu tháng 12.2022 cho thấy.', ['2022-12 month "tháng 12.2022"']],
  ['Đầu tháng 7/2022, tỉnh khởi công.', ['2022-07 month early "Đầu tháng 7/2022"']],
  ['Giữa tháng 5, tỉnh ra quân.', ['2023-05 month mid "Giữa tháng 5"']],
  ['Trong quý III/2022, kim ngạch tăng.', ['2022-Q3 quarter "quý III/2022"']],
  ['Trong quý 2 năm 2022, kim ngạch tăng.', ['2022-Q2 quarter "quý 2 năm 2022"']],
  ['Cuối quý I-2023, dự án xong.', ['2023-Q1 quarter late "Cuối quý I-2023"']],
  ['Công trình xong vào cuối năm 2025.', ['2025 year late "cuối năm 2025"']],
  ['Công trình xong vào cuối năm nay.', ['2023 year late rel=0 "cuối năm nay"']],
  ['Đầu năm ngoái, tỉnh khởi công.', ['2022 year early rel=-1 "Đầu năm ngoái"']],
  // relative days
  ['Hôm qua, Bộ Tài chính họp.', ['2023-06-14 day rel=-1 "Hôm qua"']],
  ['Sáng nay, Bộ Tài chính họp.', ['2023-06-15 day morning rel=0 "Sáng nay"']],
  ['Tối qua, đoàn đến Hà Nội.', ['2023-06-14 day evening rel=-1 "Tối qua"']],
  ['Ngày hôm kia, đoàn đến Hà Nội.', ['2023-06-13 day rel=-2 "hôm kia"']],
  ['Chiều nay (15/6), Bộ Tài chính họp.', ['2023-06-15 day afternoon "Chiều nay (15/6)"']],
  ['Hôm qua 14-6, Bộ Tài chính họp.', ['2023-06-14 day "Hôm qua 14-6"']],
  ['Sáng nay, 15/6, Bộ Tài chính họp.', ['2023-06-15 day morning "Sáng nay, 15/6"']],
  // not dates: fractions, scores, counts, light
  ['Có 7/3 số phiếu tán thành.', []],
  ['Tỷ lệ 3/4 dân số đã tiêm.', []],
  ['Khoảng 1/3 dự án đã giải ngân.', []],
  ['Đội nhà thắng 3/1 trên sân khách.', []],
  ['Thu nhập tăng 2-3 lần, năng suất 1.5 lần.', []],
  ['Đoàn kiểm tra mỗi tháng 2 lần.', []],
  ['Công trình kéo dài 12 tháng 10 ngày.', []],
  ['Sau 6 tháng 2 đợt kiểm tra được tổ chức.', []],
  ['Tăng 2-3/4 số hộ nghèo.', []],
  ['Ánh sáng qua khe cửa.', []],
  ['Chị Mai gặp anh sáng Mai.', []],
  ['7/3', []],
];

describe('dates: one line per form', () => {
  for (const [sentence, want] of CASES) {
    it(sentence, async () => expect((await datesOf(sentence)).dates).toEqual(want));
  }
});

describe('dates that do not exist are reported, not kept', () => {
  it.each([
    ['Ngày 31/02/2021, đoàn đến.', '"Ngày 31/02/2021" is not a valid date'],
    ['Văn bản ký ngày 30 tháng 2 năm 2022.', '"ngày 30 tháng 2 năm 2022" is not a valid date'],
    ['Đoàn đến ngày 31-4.', '"đến ngày 31-4" is not a valid date'],
    ['Từ ngày 30/2 đến 3/3/2021, đoàn làm việc.', '"Từ ngày 30/2 đến 3/3/2021" is not a valid date'],
  ])('%s', async (sentence, message) => {
    const r = await datesOf(sentence);
    expect(r).toEqual({ dates: [], warnings: [message] });
  });
  it('a bare 31/2 is no date and no fault (a fraction)', async () => expect(await datesOf('Tỷ lệ 31/2 là sai.')).toEqual({ dates: [], warnings: [] }));
});

describe('without a publication date', () => {
  it.each([
    ['Hôm qua, Bộ Tài chính họp.', ['null day rel=-1 unresolved "Hôm qua"']],
    ['Sáng nay, Bộ Tài chính họp.', ['null day morning rel=0 unresolved "Sáng nay"']],
    ['Công trình xong vào cuối năm nay.', ['null year late rel=0 unresolved "cuối năm nay"']],
    ['Ngày 7/3, đoàn đến tỉnh.', []],
    ['Ngày 7/3/2022, đoàn đến tỉnh.', ['2022-03-07 day "Ngày 7/3/2022"']],
  ])('%s', async (sentence, want) => expect((await datesOf(sentence, null)).dates).toEqual(want));
});
