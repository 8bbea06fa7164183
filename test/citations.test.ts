/**
 * The citations extractor, one line per form (its specification; the golden
 * files in fixtures/citations/ are regression tests of text and spans): an
 * invented sentence and the documents it cites, written
 * `id | kind | issuer | date | term[ +mentions]` (- for none).
 */
import type { Citation } from '../src/index.js';
import { caseTable, more } from './helpers/sentence.js';

const show = (c: Citation) => [c.id, c.kind, c.issuer, c.date, c.term].map((x) => x ?? '-').join(' | ') + more(c);

caseTable('citations', show, [
  // Party documents: number-kind/TW, with issuer, date and term when written
  ['Thực hiện Nghị quyết số 15-NQ/TW ngày 5/5/2022 của Bộ Chính trị, tỉnh ban hành kế hoạch.', ['15-NQ/TW | Nghị quyết | Bộ Chính trị | 2022-05-05 | -']],
  ['Kết luận số 12-KL/TW của Bộ Chính trị được quán triệt.', ['12-KL/TW | Kết luận | Bộ Chính trị | - | -']],
  ['Nghị quyết số 11-NQ/TW của Bộ Chính trị khóa XIII về phát triển vùng.', ['11-NQ/TW | Nghị quyết | Bộ Chính trị | - | XIII']],
  // a plenum that adopted it, with or without "của" before it
  ['Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII về đổi mới.', ['18-NQ/TW | Nghị quyết | Hội nghị Trung ương 6 | 2017-10-25 | XII']],
  ['Nghị quyết số 9-NQ/TW ngày 3/6/2023 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII được quán triệt.', ['9-NQ/TW | Nghị quyết | Ban Chấp hành Trung ương Đảng | 2023-06-03 | XIII']],
  ['Nghị quyết 9-NQ/TW ngày 3/6/2023 Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII được quán triệt.', ['9-NQ/TW | Nghị quyết | Ban Chấp hành Trung ương Đảng | 2023-06-03 | XIII']],
  // a space for the hyphen is read as the canonical number
  ['Nghị quyết 26 NQ/TW được triển khai rộng rãi.', ['26-NQ/TW | Nghị quyết | - | - | -']],
  // state documents: number/year/kind-issuer, number/kind-issuer
  ['Nghị định 100/2019/NĐ-CP quy định xử phạt vi phạm giao thông.', ['100/2019/NĐ-CP | Nghị định | - | - | -']],
  ['Theo Quyết định số 1234/QĐ-TTg ngày 12/10/2021 của Thủ tướng Chính phủ, dự án được phê duyệt.', ['1234/QĐ-TTg | Quyết định | Thủ tướng Chính phủ | 2021-10-12 | -']],
  ['Thông tư 05/2023/TT-BTC hướng dẫn thu phí.', ['05/2023/TT-BTC | Thông tư | - | - | -']],
  ['Chỉ thị 08/CT-TTg yêu cầu tăng cường phòng chống dịch.', ['08/CT-TTg | Chỉ thị | - | - | -']],
  ['Nghị quyết số 30/2021/QH15 của Quốc hội về kỳ họp.', ['30/2021/QH15 | Nghị quyết | Quốc hội | - | -']],
  // a ministry the lexicon does not list (a past one) is read compound by compound, to where a lower-case word follows
  ['Thông tư 08/2001/TT-BVHTT của Bộ Văn hóa Thông tin hướng dẫn quản lý.', ['08/2001/TT-BVHTT | Thông tư | Bộ Văn hóa Thông tin | - | -']],
  ['Quyết định 12/2005/QĐ-BCN của Bộ Công nghiệp ban hành quy chế.', ['12/2005/QĐ-BCN | Quyết định | Bộ Công nghiệp | - | -']],
  ['Thông tư 05/2004/TT-LĐTBXH của Bộ Lao động - Thương binh và Xã hội quy định mức hỗ trợ.', ['05/2004/TT-LĐTBXH | Thông tư | Bộ Lao động - Thương binh và Xã hội | - | -']],
  ['Quyết định 7/2003/QĐ-BTS của Bộ Thủy sản, Ngân hàng Nhà nước cùng phối hợp.', ['7/2003/QĐ-BTS | Quyết định | Bộ Thủy sản | - | -']],
  // any body's name, read as organizations are, is the issuer; the official who signed for it stands before it
  ['Theo Kế hoạch số 45/KH-UBND ngày 3/4/2024 của Ủy ban nhân dân tỉnh Lào Cai, các sở triển khai.', ['45/KH-UBND | Kế hoạch | Ủy ban nhân dân tỉnh Lào Cai | 2024-04-03 | -']],
  ['Báo cáo số 7/BC-UBND của UBND tỉnh Cà Mau về việc thực hiện đề án.', ['7/BC-UBND | Báo cáo | UBND tỉnh Cà Mau | - | -']],
  ['Quyết định số 9/QĐ-NTBD của Cục Nghệ thuật Biểu diễn cho phép biểu diễn.', ['9/QĐ-NTBD | Quyết định | Cục Nghệ thuật Biểu diễn | - | -']],
  ['Quyết định 14/2001/QĐ-NHNN của Thống đốc Ngân hàng Nhà nước quy định mức lãi suất.', ['14/2001/QĐ-NHNN | Quyết định | Thống đốc Ngân hàng Nhà nước | - | -']],
  ['Quyết định số 30/QĐ-UBND của Chủ tịch UBND tỉnh Lào Cai Lê Văn Bình được công bố.', ['30/QĐ-UBND | Quyết định | Chủ tịch UBND tỉnh Lào Cai | - | -']],
  ['Nghị quyết số 3/2022/NQ-HĐND ngày 29/8/2022 của HĐND tỉnh Bắc Kạn quy định mức chi.', ['3/2022/NQ-HĐND | Nghị quyết | HĐND tỉnh Bắc Kạn | 2022-08-29 | -']],
  ['Theo Hướng dẫn số 5-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy Lào Cai, các cấp triển khai.', ['5-HD/BTGTU | Hướng dẫn | Ban Tuyên giáo Tỉnh ủy Lào Cai | - | -']],
  // a body named by its head and level only is the issuer as written; a bare head is none
  ['Thực hiện Quyết định số 1234/QĐ-UBND của UBND tỉnh, các sở triển khai.', ['1234/QĐ-UBND | Quyết định | UBND tỉnh | - | -']],
  ['Quyết định số 5/QĐ-BTC của Bộ về việc tăng phí.', ['5/QĐ-BTC | Quyết định | - | - | -']],
  // the issuer and term after a list of one issuer's documents are each one's; of two issuers', the last one's only
  ['Thực hiện Kết luận số 126-KL/TW, Kết luận số 127-KL/TW của Bộ Chính trị khóa XIII.', ['126-KL/TW | Kết luận | Bộ Chính trị | - | XIII', '127-KL/TW | Kết luận | Bộ Chính trị | - | XIII']],
  ['Theo Nghị định 15/2020/NĐ-CP, Thông tư 5/2021/TT-BTC của Bộ Tài chính, doanh nghiệp phải nộp.', ['15/2020/NĐ-CP | Nghị định | - | - | -', '5/2021/TT-BTC | Thông tư | Bộ Tài chính | - | -']],
  // a later mention that names the issuer more fully
  ['Quyết định số 3/QĐ-UB của UBND tỉnh được thi hành. Quyết định số 3/QĐ-UB của UBND tỉnh Khánh Hòa quy định rõ.', ['3/QĐ-UB | Quyết định | UBND tỉnh Khánh Hòa | - | - +1']],
  // a date without its year is read over to the issuer; a month and a year after a slash
  ['Quyết định số 8/QĐ-NTBD ngày 21-11 của Cục Nghệ thuật Biểu diễn cho phép.', ['8/QĐ-NTBD | Quyết định | Cục Nghệ thuật Biểu diễn | - | -']],
  ['Nghị định 131/2005/NĐ-CP ngày 18/10 năm 2005 về sửa đổi một số điều.', ['131/2005/NĐ-CP | Nghị định | - | 2005-10-18 | -']],
  // a number and its issuer's code only, right after its kind (how decrees were numbered before 2004); in lower case only with an issuer's code
  ['Theo Nghị định 61/CP của Chính phủ, người thuê nhà được mua.', ['61/CP | Nghị định | Chính phủ | - | -']],
  ['Theo nghị định số 83/CP ngày 10-10-1998 của Chính phủ về hộ tịch.', ['83/CP | Nghị định | Chính phủ | 1998-10-10 | -']],
  ['Theo công văn 6457/VPCP, Thủ tướng yêu cầu giải quyết.', ['6457/VPCP | Công văn | - | - | -']],
  ['Luật Đầu tư 5/QH được bàn lại.', []],
  ['Quyết định số 477-TTg ngày 3/7/1997 của Thủ tướng Chính phủ về phụ thu.', ['477-TTg | Quyết định | Thủ tướng Chính phủ | 1997-07-03 | -']],
  ['Theo quyết định 559/TTg, công ty được giao đất.', ['559/TTg | Quyết định | - | - | -']],
  ['Quyết định 12-AB về việc thành lập tổ.', []],
  ['Trong kế hoạch 11/AB của nhóm, mọi việc đã xong.', []],
  // a sub-number after a dot is the number's own (the Government's resolutions 66.1, 66.2, … of 2025); the tail of
  // a longer number is none ("1.009" with a thousands dot, "5,7", a year after a slash)
  ['Chính phủ ban hành Nghị quyết số 66.7/2025/NQ-CP về cơ chế đặc thù.', ['66.7/2025/NQ-CP | Nghị quyết | - | - | -']],
  ['Theo Quyết định số 1.009/QĐ-TTg, dự án được duyệt.', []],
  ['Theo NĐ31/2001/NĐ-CP, mức phạt tăng lên.', []],
  // a consolidated text (văn bản hợp nhất) of a ministry
  ['Văn bản hợp nhất số 05/VBHN-BTC hợp nhất các nghị định về thuế.', ['05/VBHN-BTC | Văn bản hợp nhất | - | - | -']],
  // "Nghị quyết này" after a citation is a mention of it
  ['Nghị quyết số 15-NQ/TW được ban hành. Nghị quyết này xác định mục tiêu rõ ràng.', ['15-NQ/TW | Nghị quyết | - | - | - +1']],
  // not citations: a phone number, a fraction, a road, a law by name only
  ['Liên hệ số điện thoại 0912/345 để được hỗ trợ.', []],
  ['Tỷ lệ đạt 15/20 chỉ tiêu.', []],
  ['Quốc lộ 1A được mở rộng.', []],
  ['Luật Đất đai năm 2024 có hiệu lực.', []],
]);

/** the issuer's code: a kind code comes first in a number ("QĐ-TTg"), an official letter's issuer ("BCT-XNK") */
const withCode = (c: Citation) => [c.id, c.kind, c.issuerCode].map((x) => x ?? '-').join(' | ');
caseTable('citations', withCode, [
  ['Theo Quyết định số 1234/QĐ-TTg, dự án được phê duyệt.', ['1234/QĐ-TTg | Quyết định | TTg']],
  // an official letter: the issuer, then its drafting unit; "văn bản" names it as well as "công văn"
  ['Bộ Công Thương có văn bản số 1766/BCT-XNK gửi các tỉnh.', ['1766/BCT-XNK | Văn bản | BCT']],
  ['Công văn số 1289/VPCP-NC nêu rõ yêu cầu.', ['1289/VPCP-NC | Công văn | VPCP']],
]);
