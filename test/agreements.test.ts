/**
 * Agreements, one case a line: the forms of a signing, what is no signing,
 * parties as entities and the sector taxonomy. All sentences are invented.
 */
import { describe, it, expect } from 'vitest';
import { extract } from '../src/index.js';
import { resolveParty, MAX_PARTY_WORDS } from '../src/extract/agreement-parties.js';
import { sectorList } from '../src/extract/sectors.js';

/** an article of a title line and one body paragraph */
const article = (body: string) => `Tin hoạt động\n\n${body}\n`;
const agreementsOf = async (body: string) => (await extract(article(body), { file: 'case.txt', fields: ['agreements'] })).agreements;

describe('a signing, in any of its forms, is one agreement with what was signed', () => {
  it.each([
    ['Sáng 5/3, tỉnh Hòa Bình và tỉnh Sơn La đã ký kết thỏa thuận hợp tác giai đoạn 2025-2030.', 'thỏa thuận hợp tác'],
    ['Tại hội nghị, lãnh đạo hai tỉnh đã trao Thỏa thuận hợp tác cho nhau.', 'thỏa thuận hợp tác'],
    ['Biên bản ghi nhớ giữa Sở Du lịch và Hiệp hội Lữ hành đã được ký tại buổi làm việc.', 'biên bản ghi nhớ'],
    ['Hai bộ đã ký kết Kế hoạch hợp tác giai đoạn 2025 - 2030 giữa Bộ Y tế và Bộ Giáo dục và Đào tạo.', 'kế hoạch hợp tác'],
    ['Chiều 2/4, UBND tỉnh Lâm Đồng và thành phố Le Havre đã ký Ý định thư về hợp tác du lịch.', 'ý định thư'],
    ['Sở Ngoại vụ và Bộ Chỉ huy Quân sự tỉnh đã ký kết quy chế phối hợp trong công tác đối ngoại.', 'quy chế phối hợp'],
    ['Hai tổ chức đã ký MOU về hợp tác đào tạo.', 'biên bản ghi nhớ'],
    ['Tỉnh đã ký kết Bản Ghi nhớ hợp tác với tỉnh Hủa Phăn (Lào).', 'biên bản ghi nhớ'],
    // the documents handed to each other at the ceremony
    ['Dịp này, Bộ Y tế Việt Nam và Bộ Y tế Lào trao nhau Bản ghi nhớ về hợp tác y tế.', 'biên bản ghi nhớ'],
    // a bare "văn bản" that says what it is, or that has sides
    ['Sở Du lịch và Hiệp hội Lữ hành đã ký văn bản hợp tác phát triển sản phẩm mới.', 'văn bản hợp tác'],
    ['Hai bên đã ký văn bản về phát triển du lịch cộng đồng.', 'văn bản'],
    ['Hai nước đã ký văn bản bổ sung hiệp ước về biên giới trên đất liền.', 'văn bản'],
    ['Trường Đại học Y và Bệnh viện tỉnh đã ký kết văn bản liên quan đến đào tạo.', 'văn bản'],
    ['Sở Công Thương và Hiệp hội Doanh nghiệp tỉnh đã ký biên bản về phối hợp xúc tiến thương mại.', 'biên bản'],
    ['Giám đốc Sở Y tế đã ký văn bản với Giám đốc Bệnh viện Chợ Rẫy nhằm tăng cường hợp tác chuyên môn.', 'văn bản'],
    ['Hai sở đã thỏa thuận hợp tác trong công tác đào tạo nguồn nhân lực.', 'thỏa thuận hợp tác'],
    // just signed, told before the comma: what was signed is the document before "vừa ký", not "hợp tác" after it
    ['Theo biên bản ghi nhớ vừa ký, hai bên sẽ hợp tác trong lĩnh vực y tế.', 'biên bản ghi nhớ'],
    // the documents exchanged at the ceremony; what is signed, then "được ký" or "được trao", a list between them
    ['Lãnh đạo hai nước chứng kiến lễ trao đổi văn kiện hợp tác về năng lượng.', 'văn kiện'],
    ['Tại diễn đàn, 15 biên bản ghi nhớ đầu tư đã được trao cho các nhà đầu tư.', 'biên bản ghi nhớ'],
    ['Nhân dịp này, văn kiện hợp tác trong lĩnh vực y tế, giáo dục đã được ký kết.', 'văn kiện'],
    // a hedge of several words that names a body elsewhere is one only right before the verb
    ['Trung tâm Xúc tiến thương mại và Đầu tư tỉnh vừa ký thỏa thuận hợp tác với Hiệp hội Doanh nghiệp.', 'thỏa thuận hợp tác'],
    // a date in what is signed is its content, not the day since when it is in force
    ['Chính phủ hai nước đã ký tắt thỏa thuận về việc bãi bỏ hạn ngạch hàng dệt may từ ngày 1/1/2005.', 'thỏa thuận'],
    // ... the parties' full names between them
    ['Ngày 12/4, bản ghi nhớ về hợp tác đào tạo giữa Trường Cao đẳng Kỹ thuật tỉnh An Bình và Học viện Nông nghiệp tỉnh Xiêng Khoảng (Lào) đã được ký kết.', 'biên bản ghi nhớ'],
  ])('%s', async (body, document) => {
    const g = await agreementsOf(body);
    expect(g).toHaveLength(1);
    expect(g[0].document).toBe(document);
  });
});

describe('a collective signing that lists its documents in the same sentence is one agreement per document', () => {
  it.each([
    ['Hai bên đã ký kết 3 văn kiện hợp tác, gồm: Bản ghi nhớ về hợp tác giáo dục; Thỏa thuận về hợp tác du lịch; Kế hoạch hợp tác năm 2025.',
      ['biên bản ghi nhớ', 'thỏa thuận', 'kế hoạch hợp tác']],
    ['Hai Thủ tướng chứng kiến lễ ký 2 văn kiện là: Hiệp định về miễn thị thực; Bản ghi nhớ về hợp tác lao động.', ['hiệp định', 'biên bản ghi nhớ']],
    // a single document after the colon is the collective one
    ['Hai bên đã ký kết văn kiện hợp tác, gồm: Bản ghi nhớ về hợp tác giáo dục.', ['văn kiện']],
  ])('%s', async (body, documents) => {
    expect((await agreementsOf(body)).map((g) => g.document)).toEqual(documents);
  });
  it('each document is signed by the parties before the colon, unless it names its own', async () => {
    const gs = await agreementsOf('Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký kết 2 văn kiện, gồm: Bản ghi nhớ về hợp tác y tế; Nghị định thư giữa Bệnh viện Bạch Mai và Bệnh viện Mittaphap.');
    expect(gs.map((g) => g.parties)).toEqual([['Bộ Y tế Việt Nam', 'Bộ Y tế Lào'], ['Bệnh viện Bạch Mai', 'Bệnh viện Mittaphap']]);
  });
  // the umbrella that names no party ("chứng kiến lễ ký kết và trao 12 văn kiện") is no signing of its own, and
  // does not make one of the documents signed between other parties in the sentences after it
  it.each([
    ['Hai Thủ tướng chứng kiến lễ ký kết và trao 9 văn kiện hợp tác trong các lĩnh vực năng lượng, y tế. Trước đó, Bộ Tư pháp và Bộ Tư pháp Cuba đã ký Bản ghi nhớ về hợp tác pháp luật. Bộ Nội vụ và Bộ Lao động Cuba ký Thỏa thuận hợp tác về đào tạo công chức.',
      ['biên bản ghi nhớ: Bộ Tư pháp, Bộ Tư pháp Cuba', 'thỏa thuận hợp tác: Bộ Nội vụ, Bộ Lao động Cuba']],
    ['Lãnh đạo hai nước chứng kiến lễ ký kết và trao đổi 5 văn kiện hợp tác. Tỉnh Điện Biên và tỉnh Luông Pha Bang ký Biên bản ghi nhớ về hợp tác du lịch.',
      ['biên bản ghi nhớ: Tỉnh Điện Biên, tỉnh Luông Pha Bang']],
  ])('%s', async (body, signed) => {
    expect((await agreementsOf(body)).map((g) => `${g.document}: ${g.parties.join(', ')}`)).toEqual(signed);
  });
});

describe('a signing announced as another at the same event is another agreement', () => {
  it.each([
    ['Sáng 5/3, Bộ Y tế và Bộ Y tế Lào đã ký Bản ghi nhớ về hợp tác y tế. Nhân dịp này, hai Bộ cũng ký Bản ghi nhớ về đào tạo nhân lực ngành dược.', 2],
    ['Sáng 5/3, Bộ Y tế và Bộ Y tế Lào đã ký Bản ghi nhớ về hợp tác y tế. Cũng trong dịp này, hai Bộ ký Bản ghi nhớ về đào tạo nhân lực ngành dược.', 2],
    // a set of documents handed over, listed nowhere, beside a signing announced as another: each is one
    ['Sáng 30/6, UBND tỉnh A và Ngân hàng B đã ký kết thỏa thuận hợp tác về tín dụng. Dịp này, UBND tỉnh đã trao 5 biên bản ghi nhớ đầu tư cho các nhà đầu tư.', 2],
    ['Sáng 30/6, tại hội nghị, lãnh đạo tỉnh A đã trao 5 biên bản ghi nhớ đầu tư cho các nhà đầu tư. Cũng tại hội nghị, UBND tỉnh A và Ngân hàng B đã ký kết thỏa thuận hợp tác.', 2],
    // a second document named by its own subject after "và" is another agreement; a bare "hợp tác" after "và" is not
    ['Sáng 5/3, hai bộ đã trao đổi Bản ghi nhớ về hợp tác phát triển hạ tầng giao thông và Bản ghi nhớ về hợp tác trong lĩnh vực đường thủy nội địa.', 2],
    ['Sáng 5/3, tỉnh A và tỉnh B đã ký kết thỏa thuận hợp tác về du lịch và hợp tác về kinh tế.', 1],
    // the same document told again is the same signing
    ['Sáng 5/3, Bộ Y tế và Bộ Y tế Lào đã ký Bản ghi nhớ về hợp tác y tế. Bản ghi nhớ về hợp tác y tế được ký sau hội đàm.', 1],
  ])('%s', async (body, n) => {
    expect(await agreementsOf(body)).toHaveLength(n);
  });
});

describe("planned, hoped-for, draft, refused and past signings, and an official's letter, are no agreement", () => {
  it.each([
    'Hai tỉnh sẽ ký kết thỏa thuận hợp tác vào tháng tới.',
    'Hai tỉnh hướng tới ký kết thỏa thuận hợp tác về thương mại.',
    'Sở Công Thương đang xúc tiến ký kết biên bản ghi nhớ với tỉnh bạn.',
    'Hai bên có kế hoạch ký kết chương trình hợp tác về nông nghiệp.',
    // a time to come after the verb, no past marker before it
    'Hai bên thống nhất ký kết thỏa thuận hợp tác về y tế trong thời gian tới.',
    'Tỉnh An Bình mời tỉnh Bình Long ký kết biên bản ghi nhớ nhân dịp lễ hội năm sau.',
    // the time since a signing long past
    'Kể từ khi ký kết biên bản ghi nhớ với tỉnh bạn, tỉnh đã đón nhiều đoàn khách.',
    // in force since a day long past; refused or an official's act, however far from what is signed
    'Hiệp định miễn thị thực cho công dân mang hộ chiếu công vụ được ký kết giữa Việt Nam và Hàn Quốc từ ngày 15/12/1998.',
    'Biên bản khám nghiệm có nhiều nhân chứng là các em học sinh của trường tiểu học trong xã không được ký nhận.',
    'Dự kiến trong năm nay, hai bên ký kết biên bản ghi nhớ về du lịch.',
    'Lãnh đạo hai địa phương hy vọng sớm ký kết chương trình hợp tác.',
    'Tỉnh chưa ký thỏa thuận hợp tác nào với đối tác nước ngoài.',
    'Các bên trao đổi thỏa thuận với nhau theo quy định của pháp luật.',
    'Hai bên đã thống nhất nội dung dự thảo thỏa thuận hợp tác.',
    'Thỏa thuận hợp tác đã ký trong thời gian qua mang lại nhiều kết quả.',
    'Hội nghị tổng kết Biên bản ghi nhớ đã ký năm 2019 giữa hai tỉnh.',
    'Người dân đến đăng ký kết hôn tại xã.',
    // one official's letter: a bare "văn bản" signed, then what it asks, to whom it goes, its number
    'Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, đã ký văn bản gửi Bộ Tài chính đề nghị bổ sung kinh phí.',
    'Giám đốc sở đã ký văn bản số 1520 ngày 3/4 giao các phòng rà soát hồ sơ.',
    'Ông Bình đã ký duyệt các văn bản chấp thuận cho doanh nghiệp thuê đất.',
    'Phó Thủ tướng vừa ký văn bản chỉ đạo các bộ kiểm tra giá vật liệu xây dựng.',
    // minutes and reports signed
    'Chủ cơ sở đã ký vào biên bản vi phạm hành chính.',
    'Đại diện chủ đầu tư đã ký biên bản nghiệm thu công trình.',
    'Bị can đã ký nhận vào biên bản tạm giữ tang vật.',
    // an official's act, however many bodies the sentence names
    'Ông Long đã ký duyệt các văn bản chấp thuận hợp đồng giữa Công ty An Phú và Công ty Bình Minh.',
    // a ceremony or a signing still to come, said after what is signed
    'Lễ ký hiệp định thương mại sẽ được tổ chức vào tháng tới tại Hà Nội.',
    'Hiệp định này sẽ được ký chính thức trong chuyến thăm sắp tới.',
    // a deal struck, not signed
    'Bến xe đã thỏa thuận với các chủ xe chỉ thu một nửa giá vé.',
    // a signing talked of; talk about a document; documents told of by a clause of their own
    'Hai bên đã trao đổi về việc ký kết thỏa thuận hợp tác trong thời gian tới.',
    'Hai bên trao đổi về biên bản ghi nhớ đã có.',
    'Hàng xuất khẩu không bị ràng buộc bởi các thỏa thuận, hiệp định liên quan mà Việt Nam đã ký kết.',
  ])('%s', async (body) => {
    expect(await agreementsOf(body)).toEqual([]);
  });
});

describe('on a dated page, a signing told in an earlier year is one told again, not this one', () => {
  const dated = async (body: string) => (await extract(`Tin hoạt động\n\n12/05/2024 09:15\n\n${body}\n`, { file: 'case.txt', fields: ['agreements'] })).agreements.length;
  it.each([
    ['Năm 2019, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2019-2023.', 0],
    ['Ngày 20/3/2018, hai tỉnh ký kết thỏa thuận hợp tác.', 0],
    ['Từ năm 2015, hai bên đã ký kết thỏa thuận hợp tác.', 0],
    // this year's, a day without a year, a period that began before: this signing
    ['Năm 2024, hai tỉnh đã ký kết thỏa thuận hợp tác.', 1],
    ['Sáng 11/5, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác.', 1],
    ['Hai tỉnh đã ký kết thỏa thuận hợp tác giai đoạn 2019-2025.', 1],
    // a time said after the verb: before the page, after it; a time to come after the purpose is the signing's aim
    ['Hai tỉnh đã ký kết biên bản ghi nhớ với tỉnh bạn vào năm 2019, mở ra nhiều cơ hội hợp tác.', 0],
    ['Hai tỉnh ký kết thỏa thuận hợp tác về du lịch trong quý IV năm 2024.', 0],
    ['Sáng 11/5, hai tỉnh ký kết thỏa thuận hợp tác về du lịch trong tháng 5/2024.', 1],
    ['Hai tỉnh đã ký kết thỏa thuận hợp tác, mở ra hướng hợp tác trong thời gian tới.', 1],
    ['Hai tỉnh ký kết thỏa thuận hợp tác nhằm đẩy mạnh du lịch trong thời gian tới.', 1],
  ])('%s', async (body, n) => {
    expect(await dated(body)).toBe(n);
  });
  it("last December's signing on a page of January is this one", async () => {
    const n = (await extract('Tin hoạt động\n\n02/01/2024 09:15\n\nNgày 29/12/2023, hai tỉnh ký kết thỏa thuận hợp tác.\n', { file: 'case.txt', fields: ['agreements'] })).agreements.length;
    expect(n).toBe(1);
  });
  it('an undated page keeps it', async () => {
    expect(await agreementsOf('Năm 2019, hai tỉnh đã ký kết biên bản ghi nhớ hợp tác.')).toHaveLength(1);
  });
});

describe("a document's own heading is the signed text", () => {
  const page = (title: string) => `${title}\nGIỮA TỈNH AN PHÚ VÀ TỈNH BÌNH LONG\nGiai đoạn 2024 - 2028\nNhằm đẩy mạnh hợp tác toàn diện về du lịch giữa hai tỉnh, đoàn đại biểu hai tỉnh đã trao đổi.\n`;
  const of = async (title: string) => (await extract(page(title), { file: 'case.txt', fields: ['agreements'] })).agreements;
  it('a heading in capitals: the agreement, its period and its preamble\'s fields', async () => {
    const g = await of('BẢN THỎA THUẬN HỢP TÁC');
    expect(g.map((x) => [x.document, x.from, x.until, x.sectors.map((s) => s.text)])).toEqual([['thỏa thuận', 2024, 2028, ['du lịch']]]);
  });
  it('a headline in sentence case names the document, it is not the text', async () => {
    expect(await of('Bản thỏa thuận hợp tác')).toEqual([]);
  });
});

describe('period and day of the signing', () => {
  it.each([
    ['Ngày 12/9/2024, hai tỉnh ký kết chương trình hợp tác giai đoạn 2024-2028.', 2024, 2028, '2024-09-12'],
    ['Hai sở đã ký kết Kế hoạch hợp tác năm 2025 giữa Sở Y tế và Sở Nội vụ.', 2025, 2025, null],
    ['Hai sở đã ký kết Kế hoạch hợp tác năm 2025 - 2026 giữa Sở Y tế và Sở Nội vụ.', 2025, 2026, null],
    ['Hai sở đã ký kết Kế hoạch hợp tác trong năm 2027 giữa Sở Y tế và Sở Nội vụ.', 2027, 2027, null],
    // ... after what a plan is about; a memorandum's year there may be when it was signed
    ['Hai sở đã ký kết Kế hoạch phối hợp về phòng chống dịch bệnh ở cơ sở năm 2025.', 2025, 2025, null],
    ['Hai tỉnh đã ký Bản ghi nhớ về hợp tác du lịch năm 2019.', null, null, null],
    ['Hai bên ký kết chương trình hợp tác trong 5 năm (2025-2030).', 2025, 2030, null],
    ['Hai tỉnh đã ký kết chương trình hợp tác giai đoạn từ năm 2025 đến năm 2030.', 2025, 2030, null],
    ['Hai đơn vị ký kết Quy chế phối hợp nhiệm kỳ 2026 - 2031.', 2026, 2031, null],
    ['Hai bên đã ký kết thỏa thuận hợp tác đến năm 2030, tầm nhìn đến năm 2045.', null, 2030, null],
    ['Hai sở đã ký kết biên bản ghi nhớ về hợp tác du lịch. Bản ghi nhớ có hiệu lực đến năm 2027.', null, 2027, null],
    // a day or a month of the last year
    ['Hai sở đã ký kết biên bản ghi nhớ về hợp tác du lịch. Bản ghi nhớ có hiệu lực đến ngày 31/12/2028.', null, 2028, null],
    ['Hai bên ký kết thỏa thuận hợp tác có hiệu lực đến tháng 6/2027.', null, 2027, null],
    ['Sở Y tế và Sở Giáo dục tổ chức Chương trình ký kết phối hợp chăm sóc sức khỏe học sinh, giai đoạn 2024-2026.', 2024, 2026, null],
  ])('%s', async (body, from, until, date) => {
    const [g] = await agreementsOf(body);
    expect([g.from, g.until, g.date]).toEqual([from, until, date]);
  });
});

describe('a subject loses the time words before its verb', () => {
  it.each([
    ['Ngân hàng Nhà nước hôm nay đã ký kết thỏa thuận hợp tác với Bộ Tài chính.', ['Ngân hàng Nhà nước', 'Bộ Tài chính']],
    ['Sở Du lịch sáng nay ký kết biên bản ghi nhớ với Hiệp hội Lữ hành.', ['Sở Du lịch', 'Hiệp hội Lữ hành']],
    // and a party after "với" loses them too
    ['Hội Nông dân tỉnh đã ký kết thỏa thuận hợp tác với WWF hồi đầu tháng.', ['Hội Nông dân tỉnh', 'WWF']],
  ])('%s', async (body, parties) => {
    const [g] = await agreementsOf(body);
    expect(g.parties).toEqual(parties);
  });
});

describe('"và" inside a body\'s name, and between two parties', () => {
  it.each([
    // a body's name holds "và" after a long head and a field ("Lương thực và Nông nghiệp"), and a known name is not cut
    ['Bộ Y tế và Tổ chức Lương thực và Nông nghiệp Liên hợp quốc đã ký Kế hoạch hợp tác năm 2025.', ['Bộ Y tế', 'Tổ chức Lương thực và Nông nghiệp Liên hợp quốc']],
    // but a place after the head or after "và" makes two parties
    ['Ủy ban châu Âu và Việt Nam đã ký tắt Hiệp định thương mại.', ['Ủy ban châu Âu', 'Việt Nam']],
    // and so does an acronym after "và": a body of its own, not the name going on
    ['UBND tỉnh và VNPT đã ký kết thỏa thuận hợp tác về chuyển đổi số.', ['UBND tỉnh', 'VNPT']],
    // "giữa hai đơn vị" counts the parties the subject names; a subject that names fewer than two is none of them
    ['Ngân hàng Nhà nước và Hội Nông dân Việt Nam tổ chức lễ ký Quy chế phối hợp giữa hai đơn vị giai đoạn 2026-2030.', ['Ngân hàng Nhà nước', 'Hội Nông dân Việt Nam']],
    ['Đoàn đã tiến hành Hội đàm và triển khai ký kết Bản ghi nhớ hợp tác giữa hai tỉnh.', []],
    // two fields of a business's name, words of the language in title case, keep their "và" however long the name
    // before them, and the name is not cut at a count of words
    ['UBND tỉnh Kon Tum và Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam đã ký kết thỏa thuận hợp tác.', ['UBND tỉnh Kon Tum', 'Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam']],
    ['Công ty cổ phần Đầu tư và Xây dựng Thành Nam ký kết biên bản ghi nhớ với Tổng công ty Sông Đà.', ['Công ty cổ phần Đầu tư và Xây dựng Thành Nam', 'Tổng công ty Sông Đà']],
    ['Tỉnh Hà Nam và Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam đã ký kết thỏa thuận hợp tác.', ['Tỉnh Hà Nam', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam']],
    // a body's name after "và" starts a party, after a name of three words too
    ['Sở Y tế và Bảo hiểm xã hội tỉnh Nghệ An đã ký kết kế hoạch phối hợp năm 2027.', ['Sở Y tế', 'Bảo hiểm xã hội tỉnh Nghệ An']],
    // ... and a body's head after "và" is no field of the name before, though a word of the language ("Công an")
    ['Sở Văn hóa, Thể thao và Du lịch và Công an tỉnh Hà Tĩnh đã ký kết quy chế phối hợp.', ['Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh Hà Tĩnh']],
    // a proper name or a place before "và" ends a party
    ['Công ty cổ phần FPT và Viettel đã ký kết thỏa thuận hợp tác về chuyển đổi số.', ['Công ty cổ phần FPT', 'Viettel']],
    // ("Cộng đồng châu Âu" signs for its place)
    ['Chính phủ Việt Nam và Cộng đồng châu Âu đã ký tắt hiệp định dệt may.', ['Chính phủ Việt Nam', 'châu Âu']],
    // a body's acronym in brackets goes on with its name
    ['Hai bên ký thỏa thuận giữa Tập đoàn Điện lực Việt Nam (EVN) và Tập đoàn Dầu khí Quốc gia Việt Nam (PVN).', ['Tập đoàn Điện lực Việt Nam', 'Tập đoàn Dầu khí Quốc gia Việt Nam']],
  ])('%s', async (body, parties) => {
    const [g] = await agreementsOf(body);
    expect(g.parties).toEqual(parties);
  });
});

describe('a generic head before the names it stands for', () => {
  it.each([
    ['Sáng 30/6, hai tỉnh Phú Thọ và Tuyên Quang đã ký kết thỏa thuận hợp tác.', ['Phú Thọ', 'Tuyên Quang']],
    ['Hai địa phương Lào Cai và Yên Bái đã ký kết thỏa thuận hợp tác.', ['Lào Cai', 'Yên Bái']],
  ])('%s', async (body, want) => {
    expect((await agreementsOf(body)).map((a) => a.parties)).toEqual([want]);
  });
});

describe('two sides named apart by a dash, the headline\'s way', () => {
  const parties = async (page: string) => (await extract(page, { file: 'case.txt', fields: ['agreements'] })).agreements.map((a) => a.parties);
  it.each([
    ['Ninh Bình - Hải Phòng ký thỏa thuận liên kết phát triển du lịch', ['Ninh Bình', 'Hải Phòng']],
    ['Sở Y tế - Bệnh viện Bạch Mai ký kết hợp tác', ['Sở Y tế', 'Bệnh viện Bạch Mai']],
    // a dash inside a place's or a body's name is no split
    ['Bà Rịa - Vũng Tàu và Đồng Nai ký thỏa thuận hợp tác', ['Bà Rịa - Vũng Tàu', 'Đồng Nai']],
    ['Tập đoàn Alcan và UBND tỉnh Thừa Thiên - Huế ký kết thỏa thuận hợp tác', ['Tập đoàn Alcan', 'UBND tỉnh Thừa Thiên - Huế']],
  ])('%s', async (title, want) => {
    expect(await parties(`${title}\n\nLễ ký diễn ra chiều 30/6 với sự tham dự của lãnh đạo hai bên.\n`)).toEqual([want]);
  });
});

describe("a headline's party is the body's when it shortens its name", () => {
  const parties = async (page: string) => (await extract(page, { file: 'case.txt', fields: ['agreements'] })).agreements.map((a) => a.parties);
  it('drops words of the name, its first and last kept: the same party', async () => {
    expect(await parties('Tỉnh ký kết hợp tác với Tập đoàn Than - Khoáng sản Việt Nam\n\nSáng 11/3, UBND tỉnh Quảng Ninh và Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam đã ký kết quy chế phối hợp.\n'))
      .toEqual([['UBND tỉnh Quảng Ninh', 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam']]);
  });
  it('cuts the name short after its first words: the same party', async () => {
    expect(await parties('Ký kết quy chế phối hợp giữa Sở Văn hóa và Công an tỉnh\n\nSáng 20/11, Sở Văn hóa, Thể thao và Du lịch và Công an tỉnh Hà Tĩnh đã ký kết quy chế phối hợp.\n'))
      .toEqual([['Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh Hà Tĩnh']]);
  });
  it('names another body: kept', async () => {
    expect(await parties('Tỉnh ký kết hợp tác với Tập đoàn Dầu khí Quốc gia\n\nSáng 11/3, UBND tỉnh Quảng Ninh và Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam đã ký kết quy chế phối hợp.\n'))
      .toEqual([['UBND tỉnh Quảng Ninh', 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', 'Tập đoàn Dầu khí Quốc gia']]);
  });
});

describe('a party is an entity with a kind, never a clause', () => {
  it.each([
    ['UBND tỉnh Quảng Trị', 'UBND tỉnh Quảng Trị', 'organization'],
    ['Chủ tịch UBND tỉnh Phú Thọ Trần Văn Bình', 'UBND tỉnh Phú Thọ', 'organization'],
    // a minister signs for the ministry, whose name may end in its country ("Hàn" is also a family name)
    ['Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên', 'Bộ Công Thương', 'organization'],
    ['Bộ trưởng Bộ Thương mại Hàn Quốc', 'Bộ Thương mại Hàn Quốc', 'organization'],
    ['Thị trưởng thành phố Le Havre', 'thành phố Le Havre', 'place'],
    // a minister for a country, with no body named, signs for the country
    ['Bộ trưởng Ngoại giao Lào', 'Lào', 'place'],
    ['Bộ trưởng Thương mại Indonesia', 'Indonesia', 'place'],
    ['tỉnh Attapeu (Lào)', 'tỉnh Attapeu', 'place'],
    ['Viêng Chăn', 'Viêng Chăn', 'place'],
    ['Chungcheongnam', 'Chungcheongnam', 'place'],
    // a person is named as participants are, without the word that marks them
    ['ông Pierre Martin', 'Pierre Martin', 'person'],
    ['CLB Bóng đá Hà Nội', 'CLB Bóng đá Hà Nội', 'organization'],
    // a group of bodies is a body, not the place that ends its name
    ['các ngân hàng thương mại Việt Nam', 'các ngân hàng thương mại Việt Nam', 'organization'],
    ['Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Tập đoàn Công nghiệp - Viễn thông Quân đội', 'organization'],
    ['VNPT', 'VNPT', 'organization'],
    ['Bộ Công an', 'Bộ Công an', 'organization'],
  ])('%s', (raw, name, kind) => {
    expect(resolveParty(raw)).toEqual({ name, kind });
  });

  it.each([
    'hai địa phương lên một tầm cao mới',
    'Đại diện buổi',
    'lãnh đạo hai bên',
    'hai Văn phòng',
    'hai Chính phủ',
    'Văn phòng',
    'Ông Lê Văn Tâm phát biểu tại',
    // a kind of body from a place, in lower case, names none
    'tập đoàn Hàn Quốc',
    'doanh nghiệp Nhật Bản',
  ])('%s is no party', (raw) => {
    expect(resolveParty(raw)).toBeNull();
  });

  it.each([
    ['Sở Tài nguyên và Môi trường tỉnh Quảng Ninh', 'Sở Tài nguyên và Môi trường tỉnh Quảng Ninh'],
    ['Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu', 'Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu'],
    ['Học viện Chính trị Quốc gia Hồ Chí Minh', 'Học viện Chính trị Quốc gia Hồ Chí Minh'],
    // a country that is all that is left after the cut is the body's
    ['Tổng công ty Thủy điện và Hạt nhân Hàn Quốc', 'Tổng công ty Thủy điện và Hạt nhân Hàn Quốc'],
  ])('a cut to eight words keeps a place or a leader\'s name whole: %s', (raw, name) => {
    expect(resolveParty(raw)?.name).toBe(name);
  });

  it('a long body is cut to eight words', () => {
    const p = resolveParty('Ủy ban Nhân dân tỉnh Điện Biên nước Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(p?.name.split(/\s+/).length).toBeLessThanOrEqual(MAX_PARTY_WORDS);
  });

  it('a cut inside a dashed pair keeps the pair\'s first half, not a word of the second', () => {
    expect(resolveParty('Ban quản lý các khu kinh tế - khu công nghệ cao tỉnh Bình Định')?.name).toBe('Ban quản lý các khu kinh tế');
  });
});

describe('sector taxonomy: the fields signings name', () => {
  const keysOf = (list: string) => sectorList(list, 0, list.length, () => null as never).sectors.map((s) => s.key);
  it.each([
    ['đối ngoại', ['foreign-affairs']],
    ['ngoại giao', ['foreign-affairs']],
    ['quốc phòng - an ninh', ['defence', 'security']],
    ['chính sách và hành chính công', ['home-affairs']],
    ['cảng biển', ['transport']],
    ['quy hoạch đô thị', ['urban-development']],
    ['an sinh xã hội', ['labour-social-affairs']],
    ['kinh tế biển', ['maritime-economy']],
    ['lưu trữ', ['home-affairs']],
    ['di sản văn hóa', ['culture']],
    ['phát triển nguồn nhân lực', ['human-resources']],
    ['xúc tiến đầu tư', ['investment']],
    ['nông – lâm nghiệp', ['agriculture']],
    ['ĐẦU TƯ', ['investment']],
    ['quản lý, bảo vệ biên giới', ['border-affairs']],
    ['xuất - nhập cảnh', ['security']],
    ['văn hóa, thể thao và du lịch', ['culture', 'sport', 'tourism']],
    ['giáo dục tài chính', ['banking']],
    ['điện khí', ['energy']],
    ['thành phố đáng sống', [null]],
  ])('%s', (list, keys) => {
    expect(keysOf(list)).toEqual(keys);
  });
});

describe('sectors of a signing: the kinds of list that name them', () => {
  const sectorsOf = async (body: string) => (await agreementsOf(body)).flatMap((g) => g.sectors.map((s) => s.text.toLocaleLowerCase('vi')));
  it.each([
    // after "gắn với" a whole sector phrase goes on with the list; an object that names a sector word does not
    ['Hai bên đã ký kết thỏa thuận hợp tác trong lĩnh vực kinh tế số, ứng dụng số gắn với bảo đảm an toàn thông tin góp phần thúc đẩy sản xuất.', ['kinh tế số', 'ứng dụng số', 'an toàn thông tin']],
    ['Hai bên đã ký kết thỏa thuận hợp tác trong các lĩnh vực: xây dựng gắn với việc bảo vệ di sản kiến trúc cổ tại thị xã, nông nghiệp hữu cơ.', ['xây dựng', 'nông nghiệp hữu cơ']],
    ['Tỉnh đã ký kết thỏa thuận hợp tác đào tạo với Đại học Kinh tế Quốc dân.', ['đào tạo']],
    // a list written in title case is no name going on
    ['Tổng công ty A và Công ty B đã ký Thỏa thuận hợp tác trong lĩnh vực công nghiệp Khí và Điện-Khí tại miền Trung.', ['công nghiệp khí', 'điện-khí']],
    // what a document is "về", after a noun or verb that is no sector
    ['Hai bộ đã ký Nghị định thư về yêu cầu kiểm dịch thực vật đối với quả xoài xuất khẩu.', ['kiểm dịch thực vật']],
    // what a document is about may be a word that starts no list elsewhere ("lao động"); "trao đổi thông tin" stays no sector
    ['Hai tỉnh đã ký biên bản ghi nhớ về phái cử và tiếp nhận lao động sang làm việc tại Nhật Bản.', ['lao động']],
    ['Hai bên đã ký thỏa thuận hợp tác và trao đổi thông tin về thị trường.', []],
    // ... and a subject the taxonomy does not know is kept as written; a document's name or a lead is none
    ['Sở Giáo dục và Đào tạo và Đại học A đã ký kết chương trình hợp tác về bồi dưỡng giáo viên.', ['bồi dưỡng giáo viên']],
    ['Hai bên ký Biên bản hợp tác về cà phê giữa hai nước.', ['cà phê']],
    // the sentence after a signing that says its goal describes it: "Mục tiêu của thỏa thuận là …", "Mục đích …"
    ['Tỉnh A và Tập đoàn B đã ký kết thỏa thuận hợp tác. Mục tiêu của thỏa thuận là hợp tác phát triển hạ tầng viễn thông và xây dựng chính quyền số.', ['viễn thông', 'chính quyền số']],
    ['Hai tỉnh đã ký kết biên bản ghi nhớ. Mục đích của việc ký kết, theo lãnh đạo hai tỉnh, là nhằm phát triển du lịch.', ['phát triển du lịch']],
    // an unknown item that names a body or a person past its first word ends the list; an acronym does not
    ['Hai bên đã ký kết thỏa thuận hợp tác trong các lĩnh vực: du lịch, tay nghề thợ, câu lạc bộ Sông Hồng.', ['du lịch', 'tay nghề thợ']],
    ['Hai bên đã ký kết thỏa thuận hợp tác trong các lĩnh vực: y tế, phòng chống HIV/AIDS.', ['y tế', 'phòng chống hiv/aids']],
    // a known phrase that one starting inside it outruns runs on to its end: "phát triển kinh tế số" is no goal
    ['Tỉnh A và Tập đoàn B đã ký kết thỏa thuận hợp tác. Thỏa thuận tập trung vào 2 nội dung chính: (1) xây dựng chính quyền số; (2) phát triển kinh tế số.', ['chính quyền số', 'phát triển kinh tế số']],
    // a year after a comma opens another clause, no item
    ['Hai tỉnh đã ký kết chương trình hợp tác về du lịch, năm 2025 hai bên sẽ tổ chức nhiều hoạt động.', ['du lịch']],
    // a known phrase that opens with a verb is whole: "đô thị" alone starts no list, "phát triển đô thị" does
    ['Hai thành phố ký kết Bản ghi nhớ hợp tác phát triển đô thị bền vững.', ['phát triển đô thị']],
    ['Hai văn phòng đã ký Bản ghi nhớ về kế hoạch hợp tác giữa hai Văn phòng.', []],
    ['Hai hội đã ký Biên bản ghi nhớ về nội dung sẽ trình bày tại hội nghị.', []],
    // the purpose of a signing is its content only when nothing else tells it; a goal is none
    ['Hai hội đã ký quy chế phối hợp nhằm thúc đẩy bình đẳng giới, nâng cao đời sống hội viên.', ['bình đẳng giới']],
    ['Hai tỉnh đã ký kết thỏa thuận hợp tác nhằm phát triển kinh tế - xã hội.', []],
    // ... said by a later mention of the same signing than its first
    ['Sáng nay, tỉnh A và Tập đoàn B tổ chức lễ ký kết. Hai bên đã ký kết thỏa thuận hợp tác nhằm thúc đẩy du lịch, thương mại và đầu tư.', ['du lịch', 'thương mại', 'đầu tư']],
    ['Hai tỉnh đã ký kết biên bản hợp tác nhằm phát triển kinh tế biên mậu. Theo đó, hai bên hợp tác trên các lĩnh vực y tế, giáo dục.', ['y tế', 'giáo dục']],
    // a goal the document is about is its content when nothing else tells it; among fields it is one of them
    ['Hai tỉnh đã ký Biên bản ghi nhớ hợp tác phát triển kinh tế - xã hội giai đoạn 2026 - 2030.', ['kinh tế - xã hội', 'kinh tế - xã hội']],
    ['Hai tỉnh ký Chương trình hợp tác về phát triển kinh tế - xã hội. Theo đó, hai bên hợp tác trên các lĩnh vực y tế, giáo dục.', ['y tế', 'giáo dục']],
    ['Hai tỉnh đã ký kết thỏa thuận hợp tác về kinh tế, văn hóa và quốc phòng.', ['kinh tế', 'văn hóa', 'quốc phòng']],
    // a signing that names no content: the sentence right after it tells it, after any cue, a head of a field's name kept
    ['Tỉnh đoàn A và Đoàn Thanh niên Bộ B đã ký kết kế hoạch phối hợp. Hai bên phối hợp tổ chức nhiều hoạt động về công tác Đoàn và phong trào thanh thiếu nhi.', ['công tác đoàn', 'phong trào thanh thiếu nhi']],
    // ... or with no cue at all, from the first field the taxonomy knows; a goal or a body's name starts nothing
    ['Tỉnh A và Tập đoàn B đã ký kết thỏa thuận hợp tác. Theo đó, tập đoàn sẽ hỗ trợ tỉnh xây dựng chính quyền số; triển khai hạ tầng số.', ['chính quyền số', 'hạ tầng số']],
    // ... after one that named its subject, a list of two or more after "Theo đó", not the activities "Hai bên" go on to
    ['Tỉnh A và Tập đoàn B đã ký kết thỏa thuận hợp tác về chuyển đổi số. Theo đó, tập đoàn sẽ hỗ trợ tỉnh xây dựng chính quyền số, đô thị thông minh.', ['chuyển đổi số', 'chính quyền số', 'đô thị thông minh']],
    ['Hai sở đã ký kết biên bản ghi nhớ về hợp tác du lịch. Hai bên sẽ phối hợp quảng bá hình ảnh, sản phẩm du lịch.', ['du lịch']],
    // ... a connective joins the words of an item only between semicolons there
    ['Hai sở đã ký kết thỏa thuận hợp tác. Theo đó, Sở sẽ hướng dẫn các cơ sở dạy nghề miễn học phí cho thanh niên diện chính sách, thanh niên dân tộc thiểu số.', ['dạy nghề']],
    ['Tỉnh A và Tập đoàn B đã ký kết thỏa thuận hợp tác. Theo đó, Bộ Giáo dục và Đào tạo sẽ chứng kiến việc phát triển kinh tế - xã hội.', []],
    // ... only right after it: a later paragraph tells of activities
    ['Hai sở đã ký kết quy chế phối hợp. Buổi lễ diễn ra trang trọng. Hai bên phối hợp tổ chức nhiều hoạt động về văn hóa.', []],
    // a value chain: each stage is a sector, known to the taxonomy or not; what it works on is shared
    ['Hai sở tổ chức Chương trình ký kết phối hợp phát triển sản xuất, chế biến, tiêu thụ và xuất khẩu sản phẩm chè, giai đoạn 2024-2026.', ['sản xuất', 'chế biến', 'tiêu thụ', 'xuất khẩu']],
    ['Ba tỉnh đã ký kết chương trình hợp tác. Theo văn bản được ký kết, ba tỉnh hợp tác đẩy mạnh thu mua, tiêu thụ cà phê.', ['thu mua', 'tiêu thụ']],
    // ... one stage alone starts no list
    ['Hai bên đã ký kết thỏa thuận hợp tác phát triển sản xuất rau sạch.', []],
    // "hợp tác toàn diện về": a compound keeps its head's field whole
    ['Hai tỉnh đã ký kết thỏa thuận hợp tác toàn diện về y tế, công tác xây dựng Đảng và hệ thống chính trị giữa hai tỉnh.', ['y tế', 'xây dựng đảng và hệ thống chính trị']],
    // a counted list of groups of activities: each group after the first names its field after a cue
    ['Hai hội đã ký quy chế phối hợp. Quy chế gồm 3 nhóm hoạt động chính: phối hợp về y tế và các hoạt động khác; tổ chức các hội nghị nhằm nâng cao nhận thức của hội viên, trong đó tập trung vào giáo dục tài chính; phối hợp trong công tác dân số.', ['y tế', 'giáo dục tài chính', 'công tác dân số']],
    // ... not a list of contents that are not groups
    ['Hai hội đã ký quy chế phối hợp. Quy chế có nhiều nội dung: phối hợp về y tế và các hoạt động khác; tổ chức các hội nghị nhằm nâng cao nhận thức của hội viên, trong đó tập trung vào giáo dục tài chính.', ['y tế']],
    // "các lĩnh vực liên quan": the fields related to something said elsewhere name none
    ['Hai sở đã ký kết thỏa thuận hợp tác trên những lĩnh vực liên quan.', []],
    // an enumeration's markers between the items are no sectors
    ['Hai bên ký kết thỏa thuận hợp tác trong các lĩnh vực: Thứ nhất, du lịch; Thứ hai, giáo dục.', ['du lịch', 'giáo dục']],
    ['Hai bên ký kết thỏa thuận hợp tác với các nội dung chính: Một là, hợp tác phát triển du lịch; Hai là, hợp tác y tế.', ['phát triển du lịch', 'y tế']],
    // ... nor are a point's markers before them ("(1)", "2)", "b)"): the bracket ends no list
    ['Hai bên đã ký kết thỏa thuận hợp tác trong các nội dung: (1) xúc tiến đầu tư; (2) chuyển đổi số.', ['xúc tiến đầu tư', 'chuyển đổi số']],
    ['Hai bên đã ký kết thỏa thuận hợp tác trong các nội dung: 1) xúc tiến đầu tư; 2) chuyển đổi số.', ['xúc tiến đầu tư', 'chuyển đổi số']],
    // ... small Roman numerals too
    ['Hai bên đã ký kết biên bản hợp tác với các nội dung chính gồm: (i) đào tạo cán bộ; (ii) nghiên cứu khoa học; (iii) y tế.', ['đào tạo', 'nghiên cứu khoa học', 'y tế']],
    // ... and a numbered list goes on past a stop inside an item, whatever the next item is
    ['Hai sở đã ký kết quy chế phối hợp trong các nội dung: (1) trợ giúp pháp lý cho người dân; (2) hòa giải ở cơ sở; (3) y tế học đường.', ['trợ giúp pháp lý', 'hòa giải ở cơ sở', 'y tế']],
    ['Hai bên đã ký kết thỏa thuận hợp tác trên các lĩnh vực du lịch, y tế (năm 2025) và giáo dục.', ['du lịch', 'y tế']],
    // after a semicolon an item may open with a capital
    ['Hai bên đã ký kết thỏa thuận hợp tác trên các lĩnh vực: Xây dựng chính quyền số; Chuyển đổi số.', ['chính quyền số', 'chuyển đổi số']],
    // a connective inside an item the list goes on after is one of its words; at the list's end it ends the list
    ['Hai tỉnh đã ký kết thỏa thuận hợp tác trên các lĩnh vực: du lịch, hỗ trợ vốn cho hợp tác xã, y tế, giáo dục.', ['du lịch', 'vốn cho hợp tác xã', 'y tế', 'giáo dục']],
    ['Hai tỉnh đã ký kết chương trình hợp tác trên các lĩnh vực: đào tạo nghề cho thanh niên, thương mại và văn hóa.', ['đào tạo nghề', 'thương mại', 'văn hóa']],
    ['Hai bên đã ký kết thỏa thuận hợp tác trong lĩnh vực hàng không với 22 quốc gia, vùng lãnh thổ.', ['hàng không']],
    // lines announced as the items ("các nội dung chính:", "(1) …") are read whether their first words are known or not
    ['Hai tỉnh đã ký kết kế hoạch hợp tác, tập trung vào các nội dung chính:\n1. Phối hợp quản lý, bảo vệ mốc giới;\n2. Giao lưu văn hóa, nghệ thuật.', ['quản lý', 'bảo vệ mốc giới', 'văn hóa, nghệ thuật']],
    ['Hai tỉnh đã ký kết thỏa thuận hợp tác. Theo thỏa thuận, hai bên tập trung vào các nội dung sau:\n(1) Phát triển du lịch;\n(2) Hợp tác thương mại.', ['phát triển du lịch', 'thương mại']],
    // "công tác" before a word that starts no list alone ("dân số") names the field
    ['Hai hội đã ký quy chế phối hợp trong công tác dân số.', ['công tác dân số']],
    // "việc làm" after the filler "việc" is no field ("trong việc làm quảng cáo")
    ['Giám đốc đã ký văn bản giới thiệu công ty với các đơn vị trong việc làm quảng cáo dịch vụ viễn thông.', []],
  ])('%s', async (body, sectors) => {
    expect(await sectorsOf(body)).toEqual(sectors);
  });
});

describe('sector taxonomy data', () => {
  it('every key names its source and its labels, and a variant belongs to one key', async () => {
    const { readFileSync } = await import('node:fs');
    const data = JSON.parse(readFileSync(new URL('../data/sectors.json', import.meta.url), 'utf8'));
    const owner = new Map<string, string>();
    for (const s of data.sectors) {
      expect(s.source?.length, s.key).toBeGreaterThan(0);
      expect(s.labels?.[0], s.key).toBe(s.label);
      for (const v of s.variants) {
        expect(owner.get(v) ?? s.key, `${v} in ${owner.get(v)} and ${s.key}`).toBe(s.key);
        owner.set(v, s.key);
      }
    }
  });
});

describe('cooperation told without a signing', () => {
  const fieldsOf = async (body: string) => (await extract(article(body), { file: 'case.txt', fields: ['agreements'] })).cooperationFields.map((s) => s.text);
  it.each([
    // a lead inside the list just read is one of its items: each field is told once
    ['Hai tỉnh đã hợp tác hiệu quả trên các lĩnh vực công nghiệp, nông nghiệp và trong lĩnh vực du lịch.', ['công nghiệp', 'nông nghiệp', 'du lịch']],
    ['Hai nước đã hợp tác trong lĩnh vực y tế, giáo dục, hợp tác trong lĩnh vực y tế, giáo dục.', ['y tế', 'giáo dục', 'y tế', 'giáo dục']],
  ])('%s', async (body, fields) => {
    expect(await fieldsOf(body)).toEqual(fields);
  });
});
