/**
 * The name finder, one case a line (in the manner of eyecite's tests): an
 * invented sentence and the people it names, as participants report them.
 */
import { describe, it, expect } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import extractor from '../src/extract/participants.js';
import { runExtractor } from '../src/pipeline.js';

const namesIn = (sentence: string) => runExtractor(extractor, buildArticle('t.txt', `Tiêu đề bài\n\n${sentence}\n`)).participants!.map((p) => p.name);

const CASES: Array<[string, string[]]> = [
  // an ethnic group read as a family and a given name is no person; marked, the same words are one
  ['Đoàn làm việc với Châu tự trị dân tộc Hà Nhì, tỉnh Vân Nam.', []],
  ['Đồng bào Chu Ru ở Lâm Đồng đón Tết.', []],
  ['Ông Hà Nhì phát biểu.', ['Hà Nhì']],
  // "Thường" ends a name only where it starts a title ("Thường trực", "Thường vụ"); elsewhere it is a given name
  ['Ông Trần Văn Nam Thường trực Tỉnh ủy dự. Ông Lý Văn Bình Thường Vụ Tỉnh ủy dự.', ['Trần Văn Nam', 'Lý Văn Bình']],
  ['Bà Nguyễn Thị Thường, Ủy viên Thường vụ, dự. PGS.TS Nguyễn Thường Lạng nhấn mạnh.', ['Nguyễn Thị Thường', 'Nguyễn Thường Lạng']],
  // a word that starts a title or a body ("Bộ", "Ban", "Tỉnh") closes a name as its given name before punctuation
  ['Bị cáo Nguyễn Hữu Bộ - nguyên cán bộ địa chính xã bị tuyên phạt. Ông Hoàng Văn Ban, Giám đốc Sở Xây dựng phát biểu.', ['Nguyễn Hữu Bộ', 'Hoàng Văn Ban']],
  ['Thượng tá Lã Ngọc Tỉnh cho biết. Ông Nguyễn Văn An Bộ trưởng Bộ Tài chính dự.', ['Lã Ngọc Tỉnh', 'Nguyễn Văn An']],
  // a name the text goes on with the last word of a longer name found elsewhere is that person (here typed in lower case)
  ['Bộ trưởng Lê Minh Tá phát biểu khai mạc. Sau đó, Bộ trưởng Lê Minh tá gửi văn bản trả lời.', ['Lê Minh Tá']],
  // a person's name that a style, a prize, a scholarship or an order bears is no participant
  ['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; trao Giải thưởng Lương Thế Vinh và học bổng Vừ A Dính.', []],
  // a partner country's province or city right after a title is the title's, not the name's; elsewhere a name may hold it
  ['Tỉnh trưởng Luang Prabang Khamkhan Chanthavisouk và Thống đốc Okayama Ryuta Ibaragi tiếp đoàn; ông Takeo Fukui phát biểu.', ['Khamkhan Chanthavisouk', 'Ryuta Ibaragi', 'Takeo Fukui']],
  // a Lao name as the press writes it, its syllables glued by hyphens; a Korean one; a Vietnamese name ends at a hyphen
  ['Thủ tướng Lào Sổn-xay Xi-phăn-đon và đồng chí Khăm-phăn Xay-nha-vông, Bí thư Tỉnh ủy, tiếp ông Kim Jong-un.', ['Sổn-xay Xi-phăn-đon', 'Khăm-phăn Xay-nha-vông', 'Kim Jong-un']],
  ['Bộ trưởng Bộ Xây dựng Nguyễn Hồng Quân-người đứng đầu ngành phát biểu.', ['Nguyễn Hồng Quân']],
  // words of the language that read as a family and a given name: a continent, the palace, the world of the living
  ['Hàng hóa xuất sang Âu Châu tăng, Bạch Ốc lên tiếng, Hoàng Cung mở cửa đón khách dịp Giáp Tết.', []],
  ['Cuộc sống nơi Trần Gian và đỉnh Bạch Mã.', []],
  // a foreign city spelled the Vietnamese way (data/foreign-places.json) is no person unmarked
  ['Hàng hóa qua cửa khẩu sang Bằng Tường và Đông Hưng tăng mạnh.', []],
  ['Hội chợ thương mại Việt - Trung (Hà Khẩu) khai mạc.', []],
  // a foreign name's lower-case particles, and a place's before the name ("Pinar del Río", "nước CHDCND Lào")
  ['Tổng thống Brazil Luiz Inácio Lula da Silva thăm Việt Nam.', ['Luiz Inácio Lula da Silva']],
  ['Bà Ursula von der Leyen phát biểu.', ['Ursula von der Leyen']],
  ['Ông Abdullah bin Ahmad Badawi phát biểu.', ['Abdullah bin Ahmad Badawi']],
  ['Bí thư thứ Nhất tỉnh Pinar del Río Yamilé Ramos Cordero tiếp đoàn.', ['Yamilé Ramos Cordero']],
  ['Thị trưởng thành phố Rio de Janeiro Eduardo Paes phát biểu.', ['Eduardo Paes']],
  ['Đoàn do Đại sứ đặc mệnh toàn quyền nước CHDCND Lào tại Việt Nam Khăm Phăn Bun Nhạ dẫn đầu.', ['Khăm Phăn Bun Nhạ']],
  // "nước" is a compound's second syllable as well: "Cấp nước", "Nhà nước"
  ['Phó tổng giám đốc Tổng công ty Cấp nước Sài Gòn Võ Quang Châu cho biết.', ['Võ Quang Châu']],
  ['Tổng Kiểm toán Nhà nước Đỗ Bình Dương cho biết.', ['Đỗ Bình Dương']],
  // a hyphen or dash before a title ends the name
  ['Đồng chí Lê Văn Thành-Ủy viên Bộ Chính trị phát biểu.', ['Lê Văn Thành']],
  ['Ông Phạm Quốc Bảo – Phó Chủ tịch UBND tỉnh dự.', ['Phạm Quốc Bảo']],
  ['Ông Vũ Đức Tâm - Giám đốc Sở Tài chính cho biết.', ['Vũ Đức Tâm']],
  // two syllables
  ['Tổng Bí thư Tô Lâm chủ trì.', ['Tô Lâm']],
  ['Đại sứ Hà Vĩ cho biết.', ['Hà Vĩ']],
  // minority names: clan first, clan last, Hmong middle syllable, syllables that are not Vietnamese-shaped
  ['Ông Rah Lan Hoa, Chủ tịch UBND tỉnh, dự.', ['Rah Lan Hoa']],
  ['Đồng chí Ksor Hơ Ni, Phó Chủ tịch, phát biểu.', ['Ksor Hơ Ni']],
  ['Ông Y Minh Thuận Niê Kđăm, Bí thư Huyện ủy, dự.', ['Y Minh Thuận Niê Kđăm']],
  ['Bà Thu Hà Niê Kdăm được bầu.', ['Thu Hà Niê Kdăm']],
  ['Đồng chí Giàng A Páo, Bí thư Huyện ủy, dự.', ['Giàng A Páo']],
  ['Đồng chí Vương Mah Liên tái đắc cử.', ['Vương Mah Liên']],
  ['Bà Tráng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, dự.', ['Tráng Thị Mai']],
  // foreign names after a title, a place word before them
  ['Tỉnh trưởng tỉnh Attapeu Somphone Keomany phát biểu.', ['Somphone Keomany']],
  ['Chủ tịch Hội đồng thành phố Plovdiv Stefan Ivanov Petrov ký.', ['Stefan Ivanov Petrov']],
  ['Người phát ngôn Điện Kremlin Pavel Sorokin cho biết.', ['Pavel Sorokin']],
  ['Thị trưởng Édouard Lemaire cho biết.', ['Édouard Lemaire']],
  ['Đồng chí Ramón Pérez Luna, Ủy viên Bộ Chính trị, phát biểu.', ['Ramón Pérez Luna']],
  ['Đại sứ Budi Santoso S.E cho biết.', ['Budi Santoso']],
  // a foreign leader's name spelled the Vietnamese way, after a title and a country
  ['Thủ tướng Campuchia Hun Sen cho biết.', ['Hun Sen']],
  ['Chủ tịch Trung Quốc Tập Cận Bình phát biểu.', ['Tập Cận Bình']],
  // a marked run of syllables the lexicon does not know, then a title: a name in another order (Korean, Lao)
  ['Ông Young Min Lee, Giám đốc Công ty, phát biểu.', ['Young Min Lee']],
  ['Đoàn do đồng chí Khăm Sỉ Bun Nhọt - Phó Bí thư Tỉnh ủy dẫn đầu.', ['Khăm Sỉ Bun Nhọt']],
  ['Về phía bạn có Thượng tá Bun Xay Phôm Vi, Chỉ huy trưởng.', ['Bun Xay Phôm Vi']],
  // one person whatever the tone placement of the family name; the well-spelled form names them
  ['Ông Đòan Văn Lực và ông Đoàn Văn Lực cùng dự.', ['Đoàn Văn Lực']],
  // not people: a city or a leader's name inside a body's name, a foreign city, a title's words, credits, years, unions
  ['Chủ tịch UBND TP Hồ Chí Minh Bùi Văn Nam phát biểu.', ['Bùi Văn Nam']],
  ['Đoàn công tác thăm thành phố Le Havre của Pháp.', []],
  ['Phó Chánh Văn phòng Trần Hữu Lộc cho biết.', ['Trần Hữu Lộc']],
  ['Quang cảnh hội nghị. Ảnh: Trần Minh Quang', []],
  ['Tin, ảnh: Lê Thu Hằng', []],
  ['Đẩy mạnh sản xuất dịp Tết Đinh Dậu.', []],
  ['Trưởng Đoàn Đại biểu Quốc hội tỉnh chủ trì.', []],
  ['Ông từng làm Bí thư Tỉnh Đoàn Tây Ninh.', []],
  ['Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh phát biểu.', ['Đặng Quốc Khánh']],
  ['Giám đốc Sở TT&TT Đậu Văn Hùng trình bày dự thảo.', ['Đậu Văn Hùng']],
  ['Bí thư Huyện ủy Ia Pa báo cáo. Đồng chí làm việc tại Ia Pa.', []],
  // a place that is the whole run holds no name, even with a family name inside it or a marker before it
  ['Đoàn doanh nghiệp Bồ Đào Nha sang thăm.', []],
  ['Ý kiến của bạn\nHà Nội cần mở thêm tuyến xe buýt.', []],
  ['Tập đoàn khai thác dầu tại mỏ Bạch Hổ.', []],
  ['Đại sứ Bồ Đào Nha Pedro Costa phát biểu.', ['Pedro Costa']],
  ['Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập.', ['Hồ Chí Minh']],
  // a monk's or a nun's name opens with "Thích", after a title; the Buddha's monument and a verb in title case are none
  ['Hòa thượng Thích Trí Quảng phát biểu; Thượng tọa Thích Minh Tuệ cũng dự.', ['Thích Trí Quảng', 'Thích Minh Tuệ']],
  ['Du khách thăm Thích Ca Phật Đài trên núi Lớn.', []],
  ['Hãng giới thiệu chiến lược Thích Ứng Doanh Nghiệp mới.', []],
  // two words that open a place's or a work's name, then more capitalised words: no person; a middle name's are
  ['Diễn đàn Châu Á Thái Bình Dương họp tại Văn Miếu Quốc Tử Giám.', []],
  ['Trung tướng Đồng Văn Cống dự lễ.', ['Đồng Văn Cống']],
  // a pen name has no family name: given names' syllables right after an artist's or a writer's calling; a place is none
  ['Đêm nhạc có nhạc sĩ Quốc Bảo, ca sĩ Mỹ Linh và nhà báo Hữu Thọ.', ['Quốc Bảo', 'Mỹ Linh', 'Hữu Thọ']],
  ['Ca sĩ Hồng Nhung và nghệ sĩ Thành Lộc biểu diễn.', ['Hồng Nhung', 'Thành Lộc']],
  ['Các nhà văn Việt Nam và nhà văn Trung Quốc dự hội thảo.', []],
  // a request or a need is no bridge ("cầu Thăng Long" is one): the name after it is a person's
  ['Chủ tịch tỉnh yêu cầu Nguyễn Văn Hùng báo cáo trước ngày 10/12.', ['Nguyễn Văn Hùng']],
  ['Xe đi qua cầu Trần Thị Lý.', []],
  // a place or work named after a person, with the person's title inside its name, holds no name
  ['Đoàn dâng hương tại Khu di tích Chủ tịch Hồ Chí Minh ở Kim Liên.', []],
  ['Lãnh đạo tỉnh viếng Lăng Chủ tịch Hồ Chí Minh và thăm bảo tàng Đại tướng Võ Nguyên Giáp.', []],
  // a district's name is a person's only after a title or a marker (districts before 2025: data/districts.json)
  ['Các huyện ủy Tân Biên, Gò Dầu, Dương Minh Châu đã hoàn thành đại hội.', []],
  ['Ông Trần Văn Thời phát biểu tại hội nghị.', ['Trần Văn Thời']],
  // Lao names spelled the Vietnamese way: in two halves apart by a dash, marked and followed by a title; four to six
  // syllables after a title and its country; never with a Vietnamese family name or a Latin word in them
  ['Đoàn chào xã giao đồng chí Phon Xay – Khăm Vông Sạ, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.', ['Phon Xay – Khăm Vông Sạ']],
  ['Chủ trì có ông Thong Bun - Xi Xổm Phăn, Phó Chủ tịch tỉnh.', ['Thong Bun - Xi Xổm Phăn']],
  ['Đại sứ Lào tại Việt Nam Khăm Phăn Bun Nhạ phát biểu.', ['Khăm Phăn Bun Nhạ']],
  ['Đại sứ Trung Quốc tại Việt Nam Tề Kiến Quốc dự lễ.', ['Tề Kiến Quốc']],
  ['Đại sứ Anh tại Việt Nam Trường Trần Đại Nghĩa tổ chức lễ trao giải.', []],
  // a title's body may hold an aside in brackets; honours between a title and a foreign name are no part of it
  ['Đoàn có Phó Chủ tịch thứ nhất Duma Quốc gia (Hạ viện) Nga Pavel Orlov.', ['Pavel Orlov']],
  ['Chủ tịch Phòng Thương mại Quốc gia Malaysia (NCCIM) Tan Sri Dato’ Lim Kok Wing ký biên bản.', ['Lim Kok Wing']],
  ['Bộ trưởng Malaysia Datuk Seri Ahmad Zahid phát biểu.', ['Ahmad Zahid']],
  // a Korean given name written with a hyphen ("Jae-in", "Ki-moon"); "Ngụy" is a family name, here of a Chinese name
  ['Tổng thống Hàn Quốc Moon Jae-in hội đàm với Thủ tướng.', ['Moon Jae-in']],
  ['Cựu Tổng thư ký Liên Hợp Quốc Ban Ki-moon thăm Việt Nam.', ['Ban Ki-moon']],
  ['Tổng Lãnh sự Trung Quốc tại TP.HCM Ngụy Hoa Tường phát biểu.', ['Ngụy Hoa Tường']],
  ['Tuyến Hà Nội-Hải Phòng được mở rộng.', []],
  // a country before a foreign leader's name is no part of it, wherever in the world
  ['Tổng thống Kyrgyzstan Sadyr Japarov thăm Việt Nam.', ['Sadyr Japarov']],
  // a Vietnamese-written minority name is no foreign word; a Vietnamese word after a foreign one is no part of a name
  ['Xã phạt ông Thạch Nhật Suôl, cán bộ địa chính.', ['Thạch Nhật Suôl']],
  ['Cảnh sát kiểm tra KS Amara Các đối tượng bị bắt.', []],
  // a holiday before a name does not make it a thing
  ['Lượng tin nhắn tăng trong dịp Tết\nÔng Lê Quang Hảo, Phó Giám đốc, cho biết.', ['Lê Quang Hảo']],
  // a name does not end in a province's name no given name is made of, unless marked or titled
  ['Trận này Hoàng Anh Gia Lai thắng 2-1.', []],
  ['Chi cục Kiểm Lâm Hà Nội cho biết.', []],
  ['Tổng Kiểm toán Nhà nước Đỗ Bình Dương trình bày.', ['Đỗ Bình Dương']],
  ['Ông Lương Vĩnh Phúc, Trưởng Thi hành án, cho biết.', ['Lương Vĩnh Phúc']],
  // a family name and a middle name are no name; "Văn" is a given name after a middle name
  ['Hồ sơ của Trần Thị cho thấy nhiều sai sót.', []],
  ['Hồ sơ của Phạm Văn cho thấy nhiều sai sót.', []],
  ['Anh Nguyễn Hồng Văn cho biết.', ['Nguyễn Hồng Văn']],
  // capitalised things that open with a family name ("Lạc Hồng", "Hồ Nam" the Chinese province)
  ['Học bổng Lạc Hồng được trao cho các tỉnh Hồ Nam, Hồ Bắc.', []],
  // "Từ" opening a sentence is "from": a place after it is the place
  ['Từ Phú Thọ, đoàn đi Yên Bái.', []],
  // an academic title glued to the name by its dot; a city's abbreviation is no title
  ['TS.Nguyễn Văn An, Viện trưởng, phát biểu.', ['Nguyễn Văn An']],
  ['PGS.TS.Trần Văn Bình cho biết.', ['Trần Văn Bình']],
  ['Tại TP.Hồ Chí Minh, đoàn làm việc.', []],
  // a Central Highlands gender prefix glued by an apostrophe is part of the given name, not a foreign word
  ['Chị Rơ Mah H\'Nga cho biết.', ['Rơ Mah H\'Nga']],
  // a Western middle initial is part of the name, not the end of a sentence
  ['Tổng thống Mỹ Harold T. Mason tuyên bố sẽ tới thăm.', ['Harold T. Mason']],
  ['Bà Linda K. Brown, Giám đốc quỹ, cho biết.', ['Linda K. Brown']],
  ['Ông gặp George W. Sau đó ông về nước.', []],
  // a station, a fishing village, a beach: a place named like a person
  ['Xe khách rời bến xe Giáp Bát lúc 6 giờ.', []],
  ['Đoàn dừng chân tại làng chài Lăng Cô.', []],
  // after a title, the body's name (a hospital, a station, a company, a ward) ends in its head's name
  ['Giám đốc Bệnh viện Bạch Mai Trần Quốc Khánh cho biết.', ['Trần Quốc Khánh']],
  ['Phó giám đốc Bến xe Miền Tây Lê Văn Hạnh cho biết.', ['Lê Văn Hạnh']],
  ['Phó chủ tịch UBND phường Chương Dương Phạm Thị Xuân Lan cho biết.', ['Phạm Thị Xuân Lan']],
  ['Giám đốc Công ty Vifon Đỗ Hà Linh Tú nói.', ['Đỗ Hà Linh Tú']],
  ['Hiệu trưởng Trường THPT chuyên Lê Quý Đôn Trần Thị Hoa phát biểu.', ['Trần Thị Hoa']],
  // a hospital named after a person, after its kind ("Phụ sản", "Đa khoa"), is no person
  ['Bệnh viện Phụ sản Từ Dũ tiếp nhận nhiều ca bệnh.', []],
  ['Bệnh viện Đa khoa Vũ Anh được khởi công.', []],
  // a marker and a name of two words or more name a person whatever stands before them; an island after "đảo" does not
  ['Học sinh đã trở lại trường Bà Nguyễn Thị Lan, Hiệu trưởng, cho biết.', ['Nguyễn Thị Lan']],
  ['Các đảo Cô Tô, Cát Bà, Bạch Long Vĩ rất đẹp.', []],
  // but not a name of two words, nor one that is the body's own word and a place
  ['Giám đốc Công ty TNHH Hồng Lâm Phát bị bắt.', []],
  ['Ông từng là Bí thư Huyện Đoàn Sa Pa.', []],
  // a body's name in title case: two capitalised words that make one word of the language ("Nông Nghiệp", "Nông Dân")
  // are no family and given name; marked, they are a person's ("anh Đoàn Lưu Thông")
  ['Tỉnh đề nghị Bộ Nông Nghiệp và Phát Triển Nông Thôn hỗ trợ giống.', []],
  ['Hội Nông Dân xã và Chi cục Lâm Nghiệp cùng tham gia.', []],
  ['Chị Quản Lý cho biết.', ['Quản Lý']],
  // a word that is also a family name, then a word that runs on in lower case, is a body in sentence case
  ['Đoàn Đại biểu Quốc hội tỉnh và Đoàn Kiểm tra liên ngành làm việc với Đoàn Luật sư thành phố.', []],
  ['Đoàn Công tác của Bộ đến thăm, ông Đoàn Hùng cho biết.', ['Đoàn Hùng']],
  ['Đoàn Hùng cho biết đơn vị đã sẵn sàng.', ['Đoàn Hùng']],
  // after a title whose body ends in its unit's word (the unit named before), a whole name is the holder's; a street's
  // or a district's name there is the unit's ("xã Hoàng Văn Thụ", "huyện Trần Văn Thời")
  ['Chủ tịch UBND xã Nguyễn Văn Hòa và Bí thư Đảng ủy phường Giàng A Tủa phát biểu.', ['Nguyễn Văn Hòa', 'Giàng A Tủa']],
  ['Chủ tịch UBND xã Hoàng Văn Thụ và Chủ tịch UBND huyện Trần Văn Thời dự.', []],
  // a partner's province or city abroad after a title is the title's place, not a foreign leader's name
  ['Phó Tỉnh trưởng tỉnh Luang Prabang ký biên bản với Bộ trưởng Y tế Siti Fadillah Supari.', ['Siti Fadillah Supari']],
  // a Latin run with a company's or a product's word is no foreign person; the name after it is, and the run goes to the title
  ['Giám đốc điều hành Dragon Capital Rick Mayo Smith và Phó Giám đốc Viettel Mobile Bùi Đức Ngoãn phát biểu về Partition Magic.', ['Rick Mayo Smith', 'Bùi Đức Ngoãn']],
  // family names the lexicon lacked ("Bộ trưởng Tư pháp Uông" was a title, "Chu Lưu" the name)
  ['Bộ trưởng Bộ Tư pháp Uông Văn Trí phát biểu.', ['Uông Văn Trí']],
];

describe('name finder', () => {
  for (const [sentence, expected] of CASES) {
    it(sentence, () => expect(namesIn(sentence)).toEqual(expected));
  }
});

/** a participant's titles: the body named in a title runs over the lower-case words bodies are named with */
const titlesIn = (sentence: string) => runExtractor(extractor, buildArticle('t.txt', `Tiêu đề bài\n\n${sentence}\n`)).participants!.map((p) => p.titles);

const TITLE_CASES: Array<[string, string[][]]> = [
  // a plural title before a colon is each listed person's, the plural before the marker too
  ['Dự có các đồng chí Phó Chủ tịch UBND huyện: Nguyễn Văn An, Trần Văn Bình và Lê Thị Hoa.', [['Phó Chủ tịch UBND huyện'], ['Phó Chủ tịch UBND huyện'], ['Phó Chủ tịch UBND huyện']]],
  // an earlier title that is a preposition's object is another person's
  ['Báo cáo với Phó Thủ tướng, Chủ tịch UBND tỉnh Vũ Hà Nam cho biết tỉnh đã bàn giao mặt bằng.', [['Chủ tịch UBND tỉnh']]],
  ['Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Văn An phát biểu.', [['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']]],
  // a Party title's abbreviation is a title, and the titles after it are read on
  ['Đồng chí Nguyễn Văn Thắng, UVTW Đảng, Bí thư Tỉnh ủy phát biểu. Ông Trần Văn Nam, UV BCH Đảng bộ tỉnh, Giám đốc Sở Nội vụ dự.', [['UVTW Đảng', 'Bí thư Tỉnh ủy'], ['UV BCH Đảng bộ tỉnh', 'Giám đốc Sở Nội vụ']]],
  ['Tổng giám đốc Tổng công ty Điện lực Việt Nam Trần Văn Nam phát biểu.', [['Tổng giám đốc Tổng công ty Điện lực Việt Nam']]],
  ['Ông Lê Văn Bình, Giám đốc Sở Giao thông công chính Hà Nội, cho biết.', [['Giám đốc Sở Giao thông công chính Hà Nội']]],
  ['Ông Phạm Văn Tâm, Giám đốc Sở Giao thông vận tải tỉnh Nghệ An, cho biết.', [['Giám đốc Sở Giao thông vận tải tỉnh Nghệ An']]],
  // an aside in brackets stays in a title before the name, not in one after it ("(bên phải)" is a caption's)
  ['Phó Chủ tịch thứ nhất Duma Quốc gia (Hạ viện) Nga Pavel Orlov phát biểu.', [['Phó Chủ tịch thứ nhất Duma Quốc gia (Hạ viện) Nga']]],
  ['Ông Lê Văn Bình, Giám đốc Sở Y tế (bên phải) cho biết.', [['Giám đốc Sở Y tế']]],
  ['Bộ trưởng Malaysia Datuk Seri Ahmad Zahid phát biểu.', [['Bộ trưởng Malaysia']]],
  // a verb after a body's name is no part of it, a compound's second syllable is ("Lương thực")
  ['Ông Lý Văn Chi, Chủ tịch Hội Lương thực, phát biểu.', [['Chủ tịch Hội Lương thực']]],
  ['Ông Lý Văn Chi, Giám đốc Sở GD-ĐT, tổ chức hội nghị.', [['Giám đốc Sở GD-ĐT']]],
  // a title said once in the plural before a list of names is each one's; a name's own title wins
  ['Cùng dự có các Phó Thủ tướng: Lê Văn An, Trần Văn Bình và Phạm Thị Chi.', [['Phó Thủ tướng'], ['Phó Thủ tướng'], ['Phó Thủ tướng']]],
  ['Dự có các Ủy viên Bộ Chính trị: Lê Văn An, Trần Văn Bình, Bí thư Thành ủy.', [['Ủy viên Bộ Chính trị'], ['Bí thư Thành ủy']]],
  // not after a singular title, nor past words that are no names
  ['Dự có Phó Thủ tướng: Lê Văn An, Trần Văn Bình.', [[], []]],
  ['Có các Phó Thủ tướng: hôm nay ông Lê Văn An phát biểu.', [[]]],
  // a title after a comma that runs into the next whole name is that name's, not the one before the comma's
  ['Dự có Giám đốc Sở Y tế Lê Văn Tâm, Phó Giám đốc Sở Tài chính Hoàng Minh Đức.', [['Giám đốc Sở Y tế'], ['Phó Giám đốc Sở Tài chính']]],
  // titles in title case, as some portals write every word; a title that opens with a family name stays a name's start
  ['Phó Chủ Tịch UBND Tỉnh Nguyễn Thị Mai Hương tiếp Thứ Trưởng Trần Văn Thuấn.', [['Phó Chủ Tịch UBND Tỉnh'], ['Thứ Trưởng']]],
  ['Phó Chánh Văn Phòng Trần Văn Sơn và Bí Thư Tỉnh Ủy Đỗ Trọng Hưng dự.', [['Phó Chánh Văn Phòng'], ['Bí Thư Tỉnh Ủy']]],
  ['Giáo sư Hoàng Tử Hùng phát biểu.', [['Giáo sư']]],
  // a numbered list run together: the next item's number glued to a title's last word is no part of it ("PC17" keeps its own)
  ['Gồm: 4. Trần Văn An, Bí thư Tỉnh ủy Tây Ninh5. Huỳnh Văn Bé, Trưởng Phòng PC17 Công an tỉnh.', [['Bí thư Tỉnh ủy Tây Ninh'], ['Trưởng Phòng PC17 Công an tỉnh']]],
  // a degree's abbreviation closed by a dot, one or two of them, before the name it belongs to (not the name before)
  ['TS. Nguyễn Văn An, ThS. Lê Văn Bình và PGS. TS. Lê Thị Dung cùng dự.', [['TS'], ['ThS'], ['PGS', 'TS']]],
];

describe('titles', () => {
  for (const [sentence, expected] of TITLE_CASES) {
    it(sentence, () => expect(titlesIn(sentence)).toEqual(expected));
  }
});
