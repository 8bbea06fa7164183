/**
 * The organizations extractor, one line per form (its specification; the
 * golden files in fixtures/organizations/ are regression tests of spans): an
 * invented sentence and the organizations it must give, `name kind[ +mentions]`.
 */
import type { Organization } from '../src/index.js';
import { caseTable, more } from './helpers/sentence.js';

const show = (o: Organization) => `${o.name} ${o.kind}${more(o)}`;

caseTable('organizations', show, [
  // the state: ministries, the government, the assembly, local bodies (UBND written out)
  ['Bộ Kế hoạch và Đầu tư chủ trì hội nghị.', ['Bộ Kế hoạch và Đầu tư state-body']],
  ['Bộ trưởng Bộ Công Thương dự hội nghị.', ['Bộ Công Thương state-body']],
  ['Chính phủ yêu cầu các bộ, ngành khẩn trương triển khai.', ['Chính phủ state-body']],
  ['Quốc hội thông qua luật sửa đổi.', ['Quốc hội state-body']],
  ['UBND tỉnh Nghệ An ban hành kế hoạch.', ['Ủy ban nhân dân tỉnh Nghệ An state-body']],
  ['Hội đồng nhân dân thành phố Đà Nẵng thông qua nghị quyết.', ['Hội đồng nhân dân thành phố Đà Nẵng state-body']],
  ['Sở Giáo dục và Đào tạo tỉnh Bình Định tổ chức kỳ thi.', ['Sở Giáo dục và Đào tạo tỉnh Bình Định state-body']],
  ['Ngân hàng Nhà nước Việt Nam điều chỉnh lãi suất.', ['Ngân hàng Nhà nước Việt Nam state-body']],
  // a department's name is written in sentence case, read whole (data unitNames), a country's name inside it too
  ['Vụ Tổ chức cán bộ và Cục Quản lý giá phối hợp.', ['Vụ Tổ chức cán bộ state-body', 'Cục Quản lý giá state-body']],
  ['Đại diện Vụ Pháp chế phát biểu.', ['Vụ Pháp chế state-body']],
  // ... and so is a zone a board manages ("Khu kinh tế", "Khu công nghệ cao"), and the party committees of central bodies
  ['Ban Quản lý Khu kinh tế tỉnh Quảng Ngãi và Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh dự họp.', ['Ban Quản lý Khu kinh tế tỉnh Quảng Ngãi state-body', 'Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh state-body']],
  ['Công ty cổ phần Khu công nghệ cao Sài Gòn và Đảng ủy Khối các cơ quan tỉnh Nghệ An phối hợp.', ['Công ty cổ phần Khu công nghệ cao Sài Gòn enterprise', 'Đảng ủy Khối các cơ quan tỉnh Nghệ An party-body']],
  ['Đại diện Đảng ủy các cơ quan Đảng Trung ương phát biểu.', ['Đảng ủy các cơ quan Đảng Trung ương party-body']],
  // the social insurance agency is a body by its name and place; the insurance itself, alone, is none
  ['Bảo hiểm xã hội tỉnh Nghệ An và Bộ Y tế phối hợp. Bảo hiểm xã hội là trụ cột an sinh.', ['Bảo hiểm xã hội tỉnh Nghệ An state-body', 'Bộ Y tế state-body']],
  // a foreign name makes no compound with the Vietnamese syllable after it; a Vietnamese word does ("Ngoại giao")
  ['Đại học Stanford tìm ra cách mới, Tập đoàn VinGroup đầu tư và Bộ Ngoại giao thông báo.', ['Đại học Stanford academy', 'Tập đoàn VinGroup enterprise', 'Bộ Ngoại giao state-body']],
  // after a proper name's second syllable, a lower-case one is a verb's unless a known word or the name goes on in capitals
  ['Công ty Việt Hùng trốn thuế, Bệnh viện Bạch Mai hiện có nhiều ca bệnh.', ['Công ty Việt Hùng enterprise', 'Bệnh viện Bạch Mai health']],
  ['Công ty Sài Gòn Địa ốc Phúc Đức và Đại học Quốc gia Hà Nội ký hợp đồng.', ['Công ty Sài Gòn Địa ốc Phúc Đức enterprise', 'Đại học Quốc gia Hà Nội academy']],
  // a head before a word that makes it a word or name of the language is no body: a code of law, a king, a town
  ['Theo Bộ luật Hình sự và Bộ Luật Lao động, Bộ Tài chính xử lý vụ việc ở đường Đinh Bộ Lĩnh, TP Ban Mê Thuột.', ['Bộ Tài chính state-body']],
  // a lower-case head as a word's last syllable: "câu lạc bộ", "lính thủy đánh bộ", "xứ sở"
  ['Nhật là thành viên của Câu lạc bộ Paris; lính thủy đánh bộ Mỹ đến xứ sở Vạn Lý Trường Thành; Bộ Tài chính dự.', ['Bộ Tài chính state-body']],
  // the Party
  ['Tỉnh ủy Lâm Đồng tổ chức hội nghị.', ['Tỉnh ủy Lâm Đồng party-body']],
  ['Ban Chấp hành Trung ương Đảng họp phiên bế mạc.', ['Ban Chấp hành Trung ương Đảng party-body']],
  // enterprises and schools; an abbreviation in brackets is not part of the name
  ['Tập đoàn Điện lực Việt Nam (EVN) cho biết sản lượng tăng.', ['Tập đoàn Điện lực Việt Nam enterprise']],
  ['Công ty Cổ phần Sữa Việt Nam công bố lợi nhuận.', ['Công ty Cổ phần Sữa Việt Nam enterprise']],
  ['Trường Đại học Bách khoa Hà Nội ký kết với doanh nghiệp.', ['Trường Đại học Bách khoa Hà Nội academy']],
  // after a proper name's second capitalised syllable, a verb's first syllable ends the name; a compound goes on
  ['Công ty Sông Mây giao hàng cho các đại lý.', ['Công ty Sông Mây enterprise']],
  ['Công ty TNHH Thiên Phước nhập lô hàng linh kiện.', ['Công ty TNHH Thiên Phước enterprise']],
  ['UBND quận Gò Vấp thu hồi đất của dự án.', ['Ủy ban nhân dân quận Gò Vấp state-body']],
  ['Bộ Ngoại giao Nga ra tuyên bố.', ['Bộ Ngoại giao Nga state-body']],
  // a branch office, a centre, a plant: "Chi cục" is no "Cục"
  ['Chi cục Thuế tỉnh Bắc Ninh thông báo lịch nộp thuế.', ['Chi cục Thuế tỉnh Bắc Ninh state-body']],
  ['Trung tâm Y tế huyện Lâm Thao tổ chức tiêm chủng.', ['Trung tâm Y tế huyện Lâm Thao state-body']],
  ['Nhà máy Xi măng Hải Phòng tạm dừng sản xuất.', ['Nhà máy Xi măng Hải Phòng enterprise']],
  ['Thành phố là trung tâm kinh tế của vùng.', []],
  // a head with no name of its own names a unit of the body named right after it; two bodies side by side stay two
  ['Ban Tuyên giáo Tỉnh ủy Lào Cai tổ chức hội nghị.', ['Ban Tuyên giáo Tỉnh ủy Lào Cai party-body']],
  ['Văn phòng UBND tỉnh Lào Cai thông báo.', ['Văn phòng Ủy ban nhân dân tỉnh Lào Cai state-body']],
  ['Thanh tra Bộ Y tế kiểm tra các bệnh viện.', ['Thanh tra Bộ Y tế state-body']],
  ['Lãnh đạo Bộ Công an Bộ Quốc phòng dự lễ.', ['Bộ Công an state-body', 'Bộ Quốc phòng state-body']],
  // a lower-case head that is a word's last syllable, or a number's noun, is no head
  ['Một cán bộ Cơ quan cảnh sát điều tra cho biết.', []],
  ['Toàn bộ 400 biệt thự đã được bán.', []],
  ['Phóng viên có mặt tại trụ sở Cơ quan điều tra.', []],
  ['Văn bản gửi bộ Tài chính xin ý kiến.', ['Bộ Tài chính state-body']],
  // a head word inside a place's name is no head ("Ban" in "Tây Ban Nha", "Bộ" in "Bắc Trung Bộ"); the place may end a name
  ['Đội tuyển Tây Ban Nha thắng trận mở màn.', []],
  ['Các tỉnh Bắc Trung Bộ và Tây Nguyên chịu ảnh hưởng của bão.', []],
  ['Bộ Ngoại giao Tây Ban Nha ra thông báo.', ['Bộ Ngoại giao Tây Ban Nha state-body']],
  // a joining word right after a complete name starts no tail: "EU và Mỹ" names two parties, "Chính phủ của …" one
  ['EU và Mỹ đạt thỏa thuận thương mại.', ['EU international']],
  ['Đại diện Liên Hợp Quốc tại Việt Nam phát biểu.', ['Liên Hợp Quốc international']],
  // after an abbreviation, a lower-case syllable is a verb, not the second syllable of a name ("Kinh tế", "Y tế" are)
  ['Bộ GD-ĐT tổ chức kỳ thi tốt nghiệp.', ['Bộ GD-ĐT state-body']],
  ['Ủy ban nhân dân tỉnh khóa XVII tái cử nhiều thành viên.', ['Ủy ban nhân dân tỉnh khóa XVII state-body']],
  ['Bộ Y tế và Ủy ban Y tế Quốc gia ký kết hợp tác.', ['Bộ Y tế state-body', 'Ủy ban Y tế Quốc gia state-body']],
  // a title after a joint ends the name ("… - Bí thư", "… và Phó Chủ tịch"); a Roman numeral takes no second syllable
  ['Ban Chấp hành Trung ương Đảng - Bí thư Trung ương Đảng phát biểu.', ['Ban Chấp hành Trung ương Đảng party-body', 'Trung ương Đảng party-body']],
  ['Ủy ban nhân dân tỉnh Lào Cai và Phó Chủ tịch tỉnh Hà Giang dự.', ['Ủy ban nhân dân tỉnh Lào Cai state-body']],
  ['Đảng bộ tỉnh khóa X trình Đại hội báo cáo.', ['Đảng bộ tỉnh khóa X party-body']],
  ['Trường Đại học Tôn Đức Thắng giai đoạn 2020-2025 phát triển mạnh.', ['Trường Đại học Tôn Đức Thắng academy']],
  ['Văn phòng Chủ tịch nước thông báo.', ['Văn phòng Chủ tịch nước state-body']],
  // nor a verb after a name ("Sở Công Thương tổ chức"); a compound's second syllable stays (see titles in names.test.ts)
  ['Sở Công Thương tổ chức hội nghị.', ['Sở Công Thương state-body']],
  // a person is no organization
  ['Ông Nguyễn Văn An cho biết dự án sắp hoàn thành.', []],
]);
