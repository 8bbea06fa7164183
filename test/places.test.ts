/**
 * The places extractor, one line per form (its specification; the golden
 * files in fixtures/places/ are regression tests of spans): an invented
 * sentence and the places it must give, written
 * `name kind[ → current province] "text"[ +mentions]`.
 */
import type { Place } from '../src/index.js';
import { caseTable, more } from './helpers/sentence.js';

const show = (p: Place) => `${p.name} ${p.kind}${p.current ? ` → ${p.current}` : ''} ${JSON.stringify(p.text)}${more(p)}`;

caseTable('places', show, [
  // provinces and cities, with or without their administrative word
  ['Đoàn công tác đến làm việc tại tỉnh Quảng Ninh.', ['Quảng Ninh province → Quảng Ninh "Quảng Ninh"']],
  ['Người dân thành phố Cần Thơ đón Tết.', ['Cần Thơ city → Cần Thơ "Cần Thơ"']],
  ['Hà Nội và Hải Phòng ký kết hợp tác.', ['Hà Nội city → Hà Nội "Hà Nội"', 'Hải Phòng city → Hải Phòng "Hải Phòng"']],
  ['Hội nghị được tổ chức tại TP.HCM với sự tham dự của nhiều doanh nghiệp.', ['TP.HCM city → TP.HCM "TP.HCM"']],
  // the end of a name a street, a school or a prize bears is no province; the end of another name before a city is
  ['Trụ sở ở đường Nguyễn Thái Bình; Trường THPT Nguyễn Thái Bình và quỹ học bổng Nguyễn Thái Bình trao quà.', []],
  ['Bệnh viện Hùng Vương TP.HCM và Đoàn Việt Nam dự.', ['TP.HCM city → TP.HCM "TP.HCM"', 'Việt Nam country "Việt Nam"']],
  // spellings: old tone placement, Bắc Cạn for Bắc Kạn, the hyphen of a double name
  ['Lãnh đạo tỉnh Khánh Hoà tiếp đoàn.', ['Khánh Hòa province → Khánh Hòa "Khánh Hòa"']],
  ['Cảng biển Bà Rịa-Vũng Tàu đón tàu lớn.', ['Bà Rịa - Vũng Tàu province → TP.HCM "Bà Rịa-Vũng Tàu"']],
  ['Thừa Thiên Huế và Đà Nẵng phối hợp phát triển du lịch.', ['Huế city → Huế "Thừa Thiên Huế"', 'Đà Nẵng city → Đà Nẵng "Đà Nẵng"']],
  // a province merged into another names the one it is part of now
  ['Trước năm 2008, xã này thuộc tỉnh Hà Tây.', ['Hà Tây province → Hà Nội "Hà Tây"']],
  ['Tỉnh Bắc Kạn và Bắc Cạn là một.', ['Bắc Kạn province → Thái Nguyên "Bắc Kạn" +1']],
  // regions and countries
  ['Các tỉnh vùng Đồng bằng sông Cửu Long cùng ký cam kết.', ['Đồng bằng sông Cửu Long region "Đồng bằng sông Cửu Long"']],
  ['Tây Nguyên là vùng trồng cà phê lớn.', ['Tây Nguyên region "Tây Nguyên"']],
  ['Thủ tướng thăm chính thức Nhật Bản và Hàn Quốc.', ['Nhật Bản country "Nhật Bản"', 'Hàn Quốc country "Hàn Quốc"']],
  // a province's name after a thing's word is the thing's ("cầu Hà Nội"), not after a compound that names none
  ['Hội nghị trực tuyến có điểm cầu Hà Nội và điểm cầu tỉnh Lào Cai.', ['Hà Nội city → Hà Nội "Hà Nội"', 'Lào Cai province → Lào Cai "Lào Cai"']],
  ['Thủ tướng yêu cầu Hà Nội khẩn trương triển khai; nhu cầu Đà Nẵng rất lớn.', ['Hà Nội city → Hà Nội "Hà Nội"', 'Đà Nẵng city → Đà Nẵng "Đà Nẵng"']],
  ['Xe tải đi qua cầu Thăng Long và đường Hà Nội.', []],
  // "Anh" is England in its context, not in the title "Anh hùng" after "Việt Nam"
  ['Đoàn thăm Mẹ Việt Nam Anh hùng Lê Thị Tư.', ['Việt Nam country "Việt Nam"']],
  ['Quan hệ Việt Nam - Anh phát triển tốt.', ['Việt Nam country "Việt Nam"', 'Anh country "Anh"']],
  // every state of ISO 3166-1, by its Vietnamese or English name; a name that is also a person's needs context
  ['Đoàn công tác thăm Kenya, Tanzania và Bờ Biển Ngà.', ['Kenya country "Kenya"', 'Tanzania country "Tanzania"', 'Côte d\'Ivoire country "Bờ Biển Ngà"']],
  ['Cầu thủ Jordan Henderson ghi bàn.', []],
  // a numbered list run together: the next item's number glued to a province's name ends it; a number in a name does not
  ['Gồm: 4. Trần Văn An, Bí thư Tỉnh ủy Tây Ninh5. Lê Văn Bình, Bí thư Tỉnh ủy Lào Cai6. Hết.', ['Tây Ninh province → Tây Ninh "Tây Ninh"', 'Lào Cai province → Lào Cai "Lào Cai"']],
  ['Mã vùng Hà Nội24 và Hà Nội2026.', []],
  // named again: one place, one more mention
  ['Đoàn đến Lào Cai. Tại Lào Cai, đoàn thăm cửa khẩu.', ['Lào Cai province → Lào Cai "Lào Cai" +1']],
  // not places: a person named after one, a street named after a person
  ['Ông Nguyễn Thái Bình, Giám đốc Sở Tài chính, phát biểu.', []],
  ['Đường Lê Lợi được lát đá mới.', []],
  // a road, a dam, a station named after a province, in any case and spacing; a word that is none
  ['Dự án thủy điện Hòa Bình được mở rộng.', []],
  ['Xe buýt chạy trên ĐƯỜNG\u00a0 Hà Nội mỗi ngày.', []],
  ['Tàu dừng ở nhà ga Hà Nội.', []],
  ['Hàng hóa từ chợ về Hà Nội.', ['Hà Nội city → Hà Nội "Hà Nội"']],
  // a prize, a city and a district whose names go on from a province's
  ['Ông được trao giải Nobel Hòa Bình năm 2009.', []],
  ['Trụ sở công ty ở số 12 Điện Biên Phủ, quận 3.', []],
  ['Đoàn công tác tỉnh Điện Biên thăm huyện Điện Biên Đông.', ['Điện Biên province → Điện Biên "Điện Biên"']],
  // a commune, a ward, a town or a district named like a province is none ("Sở … Phát triển nông thôn An Giang" is)
  ['Bà Lan ở xã Bình Phước, huyện Bình Sơn.', []],
  ['Lễ hội diễn ra tại thị xã Bến Tre.', []],
  ['Sở Nông nghiệp và Phát triển nông thôn An Giang cho biết.', ['An Giang province → An Giang "An Giang"']],
  // a region whose name goes on from a province's
  ['Lũ về cả vùng Đồng Tháp Mười.', ['Đồng Tháp Mười region "Đồng Tháp Mười"']],
]);
