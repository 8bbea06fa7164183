/** The date-time of a header line (src/text/datetime.ts): one line per form portals write. */
import { describe, it, expect } from 'vitest';
import { parseDateTime, fullYear, monthNumber } from '../src/text/datetime.js';

// [line, value, precision, text the match covers]
const CASES: Array<[string, string, string, string]> = [
  ['Thứ ba, 29 Tháng 8 2023 16:28', '2023-08-29T16:28', 'minute', '29 Tháng 8 2023 16:28'],
  ['10:27 02/07/2016', '2016-07-02T10:27', 'minute', '10:27 02/07/2016'],
  ['03/04/2025 17:35', '2025-04-03T17:35', 'minute', '03/04/2025 17:35'],
  ['Thứ Bảy, 07/02/2026 07:08', '2026-02-07T07:08', 'minute', '07/02/2026 07:08'],
  ['18/09/2024 05:20:24', '2024-09-18T05:20:24', 'second', '18/09/2024 05:20:24'],
  ['Thứ Tư, 08/04/2015, 08:11 [GMT+7]', '2015-04-08T08:11', 'minute', '08/04/2015, 08:11'],
  ['22:45, 18/05/2023', '2023-05-18T22:45', 'minute', '22:45, 18/05/2023'],
  ['Thứ Năm, ngày 17 tháng 11 năm 2022, 09:45', '2022-11-17T09:45', 'minute', '17 tháng 11 năm 2022, 09:45'],
  ['17:36, 25/03/2023', '2023-03-25T17:36', 'minute', '17:36, 25/03/2023'],
  ['08.04.2015', '2015-04-08', 'day', '08.04.2015'],
  ['29-8-2023', '2023-08-29', 'day', '29-8-2023'],
  ['2023-10-05T08:00:00+07:00', '2023-10-05T08:00:00', 'second', '2023-10-05T08:00:00+07:00'],
  ['2026-03-07 08:52:11.000 +07:00', '2026-03-07T08:52:11', 'second', '2026-03-07 08:52:11.000 +07:00'],
  ['2019-01-15', '2019-01-15', 'day', '2019-01-15'],
  ['2022-07', '2022-07', 'month', '2022-07'],
  ['Tháng 7/2022', '2022-07', 'month', 'Tháng 7/2022'],
  ['Cập nhật: tháng Mười năm 2021', '2021-10', 'month', 'tháng Mười năm 2021'],
  ['29 tháng Tám, 2023', '2023-08-29', 'day', '29 tháng Tám, 2023'],
  ['3/3/17', '2017-03-03', 'day', '3/3/17'],
  ['3/9/91', '1991-09-03', 'day', '3/9/91'],
  ['14/05/12 09:30 GMT+7', '2012-05-14T09:30', 'minute', '14/05/12 09:30'],
  ['Ngày 11/06/2021-16:40:00 PM', '2021-06-11T16:40:00', 'second', '11/06/2021-16:40:00 PM'],
  ["Thứ Sáu, 5/1/2018 9:7'(GMT+7)", '2018-01-05T09:07', 'minute', "5/1/2018 9:7'"],
  ['02/07/2016 3:05 PM', '2016-07-02T15:05', 'minute', '02/07/2016 3:05 PM'],
  ['12:10 AM 02/07/2016', '2016-07-02T00:10', 'minute', '12:10 AM 02/07/2016'],
  ['Đăng lúc 9h05 ngày 14/2/2024', '2024-02-14T09:05', 'minute', '9h05 ngày 14/2/2024'],
  ['date 2019-02 24/02/2019 01:33', '2019-02-24T01:33', 'minute', '24/02/2019 01:33'],
  ['[GMT+07:00] 02/07/2016', '2016-07-02', 'day', '02/07/2016'],
  ['Tháng 12 07, 2026', '2026-12-07', 'day', 'Tháng 12 07, 2026'],
  ['Tháng Mười Hai 7, 2026 lúc 10:15 sáng', '2026-12-07T10:15', 'minute', 'Tháng Mười Hai 7, 2026 lúc 10:15'],
  ['Đăng ngày: Th3 5, 2025', '2025-03-05', 'day', 'Th3 5, 2025'],
  ['07 Th12 2026 10:25', '2026-12-07T10:25', 'minute', '07 Th12 2026 10:25'],
  ['Tuesday, November 22, 2016', '2016-11-22', 'day', 'November 22, 2016'],
  ['Dec 07, 2026 at 10:25 AM', '2026-12-07T10:25', 'minute', 'Dec 07, 2026 at 10:25 AM'],
  ['7 December 2026', '2026-12-07', 'day', '7 December 2026'],
  ['01/03/2020 25:10', '2020-03-01', 'day', '01/03/2020'],
];
// lines that carry no full date: a day without a year, a span of years, a date that does not exist
const NONE = ['Chủ nhật, 24/11', 'Thứ Hai, 24/11 08:30', '2021-2025', '31/02/2021 10:00', '13/13/2020', 'tháng 13/2020', 'Số 1.2.3', 'Tháng 2 30, 2026', 'tháng 12 7 2026', 'Mar 2026', 'Feb 30, 2026'];

describe('parseDateTime', () => {
  for (const [line, value, precision, text] of CASES) {
    it(line, () => {
      const dt = parseDateTime(line);
      expect(dt && { value: dt.value, precision: dt.precision, text: line.slice(dt.index, dt.end) }).toEqual({ value, precision, text });
    });
  }
  for (const line of NONE) it(`none: ${line}`, () => expect(parseDateTime(line)).toBeNull());
});

describe('calendar words', () => {
  it.each([['17', 2017], ['91', 1991], ['49', 2049], ['50', 1950], ['2004', 2004]])('year %s → %i', (w, y) => expect(fullYear(w)).toBe(y));
  it.each([['3', 3], ['03', 3], ['ba', 3], ['Giêng', 1], ['chạp', 12], ['mười một', 11], ['Mười  Hai', 12], ['13', null], ['xyz', null]])('month %s → %s', (w, m) => expect(monthNumber(w)).toBe(m));
});
