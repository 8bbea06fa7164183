/**
 * Saved HTML pages: tokenizing, character references, the offset map back into
 * the file, metadata dates. The article choice is covered by fixtures/html/;
 * time linear in the page size by test/html-growth.slow.test.ts.
 */
import { describe, it, expect } from 'vitest';
import { prepareHtml } from '../src/article/html.js';
import { parseArticle } from '../src/ingest/articles.js';
import { extract } from '../src/commands/extract.js';
import { parseHtml } from '../src/article/html/dom.js';
import { parseMetaDate } from '../src/article/html/metadata.js';
import { dayInAddress } from '../src/text/datetime.js';
import { normalize, spanMaker } from '../src/article/normalize.js';

describe('tokenizing', () => {
  it('a `>` in a quoted attribute does not end the tag', () => {
    const { text } = prepareHtml('<h1>T</h1><div class="content"><p title="a > b">Hà Nội, ngày mai, các sở, ngành, địa phương họp.</p></div>');
    expect(text).not.toMatch(/b"/);
    expect(text).toContain('Hà Nội, ngày mai');
  });
  it('comments, templates, noscript, scripts and SVG are not text', () => {
    const html = '<h1>T</h1><div class="content"><p>Một, hai, ba, bốn, năm, sáu, bảy, tám, chín.</p><!-- <p>Ẩn</p> --><template><p>Khuôn</p></template>'
      + '<noscript><p>Tắt</p></noscript><script>"<p>Mã</p>"</script><svg><text>Hình</text></svg></div>';
    const { text } = prepareHtml(html);
    for (const w of ['Ẩn', 'Khuôn', 'Tắt', 'Mã', 'Hình']) expect(text).not.toContain(w);
  });
  it('elements keep their source offsets', () => {
    const html = '<p class="x>y">ab&amp;c</p><br>';
    const root = parseHtml(html);
    const p = root.children[0] as { start: number; end: number; children: { start: number; end: number; text: string }[] };
    expect([p.start, p.end]).toEqual([0, html.indexOf('<br>')]);
    expect(p.children[0]).toMatchObject({ start: 15, end: 23, text: 'ab&c' });
  });
  it('keeps the text right after a void element: "<br>Dự hội nghị …" is a line of the article', () => {
    const html = '<h1>Tiêu đề bài viết về hội nghị</h1><div class="content"><p>Sáng nay, tỉnh tổ chức hội nghị về phát triển vùng.<br>Dự hội nghị có ông Đỗ Văn An.<br/>Hội nghị quán triệt Nghị quyết.<hr>Kết thúc hội nghị.<img src="a.jpg">Ảnh minh họa.</p></div>';
    const lines = prepareHtml(html).text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual(['Tiêu đề bài viết về hội nghị', 'Sáng nay, tỉnh tổ chức hội nghị về phát triển vùng.', 'Dự hội nghị có ông Đỗ Văn An.', 'Hội nghị quán triệt Nghị quyết.', 'Kết thúc hội nghị.', 'Ảnh minh họa.']);
  });
  it('blanked text has as many code points as the page', () => {
    const html = '<div class="menu">😀 Trang chủ</div><h1>Tiêu đề 😀</h1><div class="content"><p>Đoạn 😀 văn, có dấu phẩy, đủ dài để là thân bài của trang.</p></div>';
    expect([...prepareHtml(html).text].length).toBe([...html].length);
  });
});

describe('character references', () => {
  const cases: [string, string][] = [
    ['Ch&#xED;nh s&#xE1;ch', 'Chính sách'],
    ['&#273;&#7891;ng', 'đồng'],
    ['&Aacute;o &oacute;', 'Áo ó'],
    ['A &amp B', 'A & B'], // legacy name without `;`
    ['&#150; &#147;x&#148;', '– “x”'], // Windows-1252 remapping
    ['&notit; &nosuch;', '¬it; &nosuch;'],
  ];
  for (const [raw, want] of cases) {
    it(`${raw} → ${want}`, () => {
      const n = normalize(raw, { entities: true });
      expect(n.text).toBe(want);
    });
  }
  it('spans of decoded text point at the references in the file', () => {
    const raw = 'x &#273;&#7891;ng &amp; b';
    const n = normalize(raw, { entities: true });
    const span = spanMaker(n);
    const i = n.text.indexOf('đồng');
    const s = span(i, i + 4);
    expect(raw.slice(s.start, s.end)).toBe('&#273;&#7891;ng');
  });
});

describe('metadata dates', () => {
  const cases: [string, string | null][] = [
    ['2026-03-07 08:52:11.000 +07:00', '2026-03-07T08:52'],
    ['2026-03-07T08:52:11+07:00', '2026-03-07T08:52'],
    ['2026-03-07T08:52:11', '2026-03-07T08:52'],
    ['2026-03-07T01:52:11Z', '2026-03-07T08:52'],
    ['2026-03-06T20:52:11.123-05:00', '2026-03-07T08:52'],
    ['2026-03-07T08:52:11+0700', '2026-03-07T08:52'],
    ['2026-03-07', '2026-03-07'],
    ['2026/3/7 08:52', '2026-03-07T08:52'],
    ['07/03/2026 08:52', '2026-03-07T08:52'],
    // feeds' and crawlers' RFC 822 and JavaScript Date stamps, with their zone
    ['Sat, 07 Mar 2026 01:52:11 GMT', '2026-03-07T08:52'],
    ['Sat Mar 07 2026 08:52:11 GMT+0700 (Indochina Time)', '2026-03-07T08:52'],
    ['Sat, 07 Mar 2026 08:52:11 +0700', '2026-03-07T08:52'],
    ['07/03/2026 08:52:11', '2026-03-07T08:52'],
    ['2026-02-30T08:00:00', null],
    ['', null],
    ['hôm nay', null],
  ];
  for (const [s, want] of cases) it(`${JSON.stringify(s)} → ${want}`, () => expect(parseMetaDate(s)).toBe(want));

  it('the header\'s today and the comments\' times are not the publication date', () => {
    const html = '<div class="top">Thứ Hai, 07/12/2026 06:00</div><h1>Tiêu đề bài</h1><div class="content"><p>Sáng nay, các sở, ngành, địa phương họp bàn kế hoạch năm sau.</p></div>'
      + '<div class="comment"><span>07/12/2026 05:59</span> Ý kiến, bạn đọc, bình luận</div>';
    expect(prepareHtml(html).meta.published).toBeUndefined();
  });
  // one candidate gives the value and the place it is written: never the metadata's value at a visible line's span
  it.each([
    ['a dateline no metadata agrees with wins, at its own place', '<div class="meta">Thứ Tư, 06/11/2026 08:30</div>', '2026-11-06T08:30', '06/11/2026 08:30'],
    ['JSON-LD alone is the date, written where its string is', '', '2026-11-12T10:41', '2026-11-12T10:41:07+07:00'],
  ])('%s', (_, dateline, value, written) => {
    const html = '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tỉnh tổng kết công tác dân vận","datePublished":"2026-11-12T10:41:07+07:00"}</script></head>'
      + '<body><h1>Tỉnh tổng kết công tác dân vận</h1>' + dateline + '<div class="content"><p>Ngày 5/11, Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận, với các sở, ngành, địa phương.</p></div></body></html>';
    const { meta } = prepareHtml(html);
    expect([meta.published, meta.publishedAt && html.slice(meta.publishedAt.start, meta.publishedAt.end)]).toEqual([value, written]);
  });
  // the visible dateline: where portals print it, and the clocks they print beside it
  it.each([
    ['a bare date in the headline\'s own box, above it', '<div class="detail"><div class="detail-top"><a href="/ts" class="cate">Thời sự</a> <span class="date">05/03/2026</span></div><h1>Tỉnh làm việc với đoàn công tác</h1>', '', '2026-03-05'],
    ['not a clock in the page\'s bar; a byline closing the body with the time', '<div class="page"><div class="bar"><span class="date-now">Thứ Ba, 12/11/2026 10:03</span></div><div class="article"><h1>Tỉnh làm việc với đoàn công tác</h1>', '<p class="info-bottom">Hải Yến - 06/11/2026 08:30</p>', '2026-11-06T08:30'],
    ['a byline closing the body with the time', '<div class="article"><h1>Tỉnh làm việc với đoàn công tác</h1>', '<p>Hải Yến - 06/11/2026 08:30</p>', '2026-11-06T08:30'],
  ])('%s', (_, head, tail, value) => {
    const html = '<html><body>' + head + '<div class="detail-content"><p>Sáng 4/3, tại thành phố, Chủ tịch UBND tỉnh đã làm việc với đoàn công tác, về hợp tác thương mại.</p>'
      + '<p>Hai bên thống nhất đẩy mạnh giao thương, tăng cường kết nối giao thông.</p><p>Hai bên trao đổi về du lịch, nông nghiệp, y tế.</p>'
      + '<p>Buổi làm việc kết thúc trong ngày, trong không khí cởi mở.</p>' + tail + '</div></div></body></html>';
    expect(prepareHtml(html).meta.published).toBe(value);
  });
  it.each([
    ['a related-news box', '<div class="tinlienquan"><ul><li><a href="/a">Tỉnh đón đoàn công tác</a> <time datetime="2023-06-01">01/06/2023</time></li><li><a href="/b">Tỉnh giảm nghèo</a> <time datetime="2023-05-20">20/05/2023</time></li></ul></div>'],
    ['a comment', '<div class="comments"><div class="item"><b>Lò Thị Mai</b> <time datetime="2024-01-15T20:11">15/01/2024 20:11</time><p>Rất phấn khởi.</p></div></div>'],
  ])('a <time> inside %s set aside in the body is not the publication date', (_, box) => {
    const html = '<div class="detail"><h1>Tỉnh tổng kết chương trình giảm nghèo</h1><div class="detail-content"><p>Ngày 3/12, UBND tỉnh tổ chức hội nghị tổng kết chương trình, với sự tham dự của các sở, ngành.</p>'
      + '<p>Chủ tịch UBND tỉnh chủ trì hội nghị, đánh giá cao kết quả của các địa phương, các huyện.</p>' + box + '<p>Hội nghị đã khen thưởng 20 tập thể có thành tích xuất sắc.</p></div></div>';
    expect(prepareHtml(html).meta.published).toBeUndefined();
  });
});

describe("the page's title", () => {
  const body = '<div class="content"><p>Sáng nay, các sở, ngành, địa phương họp bàn kế hoạch phát triển năm sau của tỉnh.</p></div>';
  it.each([
    // the <title> element, without the site's name after its dash, when no headline element is near the body
    ['the element the <title> names, without the site', '<html><head><title>Tỉnh họp bàn kế hoạch năm sau - Cổng thông tin điện tử tỉnh</title></head><body><div class="tieude">Tỉnh họp bàn kế hoạch năm sau</div><dl><dd>Viết bởi Ban biên tập</dd></dl>' + body + '</body></html>', 'Tỉnh họp bàn kế hoạch năm sau'],
    // an element the page marks as its headline, whatever its tag
    ['an <h2 itemprop="headline">', '<html><body><h2 itemprop="headline">Tỉnh họp bàn kế hoạch năm sau</h2><dl><dd>Viết bởi Ban biên tập</dd></dl>' + body + '</body></html>', 'Tỉnh họp bàn kế hoạch năm sau'],
    // the headline element when the <title> is it cut short
    ['an <h1> the <title> cuts short', '<html><head><title>Tỉnh họp bàn</title></head><body><h1>Tỉnh họp bàn kế hoạch năm sau</h1>' + body + '</body></html>', 'Tỉnh họp bàn kế hoạch năm sau'],
    // a <title> that is a section's name, or names another page, loses to the headline element
    ['an <h1> over a <title> that names no article', '<html><head><title>Chi tiết tin</title></head><body><h1>Tỉnh họp bàn kế hoạch năm sau</h1>' + body + '</body></html>', 'Tỉnh họp bàn kế hoạch năm sau'],
    // a <title> that opens with "Báo cáo" is no newspaper's name
    ['a <title> that opens with "Báo cáo"', '<html><head><title>Báo cáo tình hình kinh tế - xã hội tháng 11</title></head><body><p class="title">Báo cáo tình hình kinh tế - xã hội tháng 11</p>' + body + '</body></html>', 'Báo cáo tình hình kinh tế - xã hội tháng 11'],
    // an element whose text the <title> cuts short, the part after its dash set aside ("… - Sở Khoa học và Công nghệ")
    ['an element the <title> cuts short before its dash', '<html><head><title>Tỉnh họp bàn kế hoạch phát triển - Sở Kế hoạch</title></head><body><h3 class="header-title"><span>Tỉnh họp bàn kế hoạch phát triển năm sau</span></h3>' + body + '</body></html>', 'Tỉnh họp bàn kế hoạch phát triển năm sau'],
    // no headline element and no metadata title: the <title> element's, when the site's name after it marks it an article's
    ['the <title> without the site, when no element is the headline', '<html><head><title>Tỉnh họp bàn kế hoạch năm sau - Cổng thông tin điện tử tỉnh</title></head><body><div class="createdby">Viết bởi Trần Minh Khoa</div>' + body + '</body></html>', 'Tỉnh họp bàn kế hoạch năm sau'],
    // a heading whose class names a headline, right above the body, over a <title> that is a section's name (Liferay)
    ['a Liferay asset\'s <h3 class="asset-title">', '<html><head><title>Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh</title></head><body><div class="asset-full-content"><div class="header-title"><h3 class="asset-title">Tỉnh họp bàn kế hoạch năm sau</h3></div>'
      + '<div class="asset-metadata"><span class="metadata-publish-date">08/11/2026 15:42</span></div><div class="asset-content"><div class="journal-content-article">' + body + '</div></div></div></body></html>', 'Tỉnh họp bàn kế hoạch năm sau'],
    // a print view's classes say "print-", which counts against an element: not against the headline
    ['a print view\'s <h2 class="print-title">', '<html><head><title>In bài viết</title></head><body><div class="print-content"><div class="print-logo">BÁO ĐIỆN TỬ TỈNH</div><h2 class="print-title">Tỉnh họp bàn kế hoạch năm sau</h2>'
      + '<div class="print-date">Thứ Hai, 16/11/2026 - 10:25</div><div class="print-body"><p>Sáng nay, các sở, ngành, địa phương họp bàn kế hoạch phát triển năm sau của tỉnh.</p></div></div></body></html>', 'Tỉnh họp bàn kế hoạch năm sau'],
    // the site's logo in an <h1> is no headline; the heading above the body is, and the sidebar between them no text
    ['not the site\'s logo in an <h1>', '<html><head><title>Tin tức</title></head><body><h1 class="logo"><a href="/">Cổng thông tin điện tử tỉnh Bình Phước</a></h1><div class="col-left"><p>Lịch công tác: Chủ tịch UBND tỉnh họp với các sở.</p></div>'
      + '<div class="col-main"><h2 class="title">Tỉnh họp bàn kế hoạch năm sau</h2>' + body + '</div></body></html>', 'Tỉnh họp bàn kế hoạch năm sau'],
    // an og:title that is a section's name with the site's: the headline the page shows, a sentence, wins
    ['a heading over an og:title that is a section\'s name', '<html><head><meta property="og:title" content="Tin hoạt động - Cổng Thông tin điện tử Bộ Kế hoạch và Đầu tư"></head><body><div class="title-detail"><span class="title">Bộ làm việc với tỉnh về triển khai quy hoạch tỉnh</span></div>' + body + '</body></html>', 'Bộ làm việc với tỉnh về triển khai quy hoạch tỉnh'],
  ])('%s', (_, html, title) => expect(prepareHtml(html).meta.title).toBe(title));
  it.each([
    ['Liferay', '<html><head><title>Tin tức - Sự kiện</title></head><body><div class="asset-full-content"><div class="header-title"><h3 class="asset-title">Tỉnh họp bàn kế hoạch năm sau</h3></div><div class="asset-metadata"><span class="metadata-publish-date">08/11/2026 15:42</span></div>'
      + '<div class="asset-content"><div class="journal-content-article">' + body + '</div></div></div></body></html>', '2026-11-08T15:42'],
    ['a print view', '<html><head><title>In bài viết</title></head><body><div class="print-content"><h2 class="print-title">Tỉnh họp bàn kế hoạch năm sau</h2><div class="print-date">Thứ Hai, 16/11/2026 - 10:25</div>'
      + '<div class="print-body"><p>Sáng nay, các sở, ngành, địa phương họp bàn kế hoạch phát triển năm sau của tỉnh.</p></div></div></body></html>', '2026-11-16T10:25'],
  ])("the date under a headline found by its class (%s) is the publication date", (_, html, date) => expect(prepareHtml(html).meta.published).toBe(date));
  it("a dateline set aside by its class alone ('print-date') stays in the text, where its span points", () => {
    const html = '<html><head><title>In bài viết</title></head><body><div class="print-content"><h2 class="print-title">Tỉnh họp bàn kế hoạch năm sau</h2><div class="print-date">Thứ Hai, 16/11/2026 - 10:25</div>'
      + '<div class="print-body"><p>Sáng nay, các sở, ngành, địa phương họp bàn kế hoạch phát triển năm sau của tỉnh.</p></div></div></body></html>';
    const { text, meta } = prepareHtml(html);
    expect(text.slice(meta.publishedAt!.start, meta.publishedAt!.end)).toBe('16/11/2026 - 10:25');
  });
  it("the sidebar between a logo's <h1> and the headline is no text of the article", () => {
    const html = '<html><head><title>Tin tức</title></head><body><h1 class="logo"><a href="/">Cổng thông tin điện tử tỉnh Bình Phước</a></h1><div class="col-left"><p>Lịch công tác: Chủ tịch UBND tỉnh họp về Nghị quyết 17/NQ-HĐND với các sở.</p></div>'
      + '<div class="col-main"><h2 class="title">Tỉnh họp bàn kế hoạch năm sau</h2>' + body + '</div></body></html>';
    expect(prepareHtml(html).text).not.toContain('Lịch công tác');
  });
  it("a labelled byline is set aside: its name is no headline and no participant; the site's name after the <title> is the source", async () => {
    const html = '<html><head><title>Tỉnh họp bàn kế hoạch năm sau - Cổng thông tin điện tử tỉnh</title></head><body><div class="createdby">Viết bởi Trần Minh Khoa</div>'
      + '<div class="content"><p>Sáng nay, ông Lê Văn Phước, Giám đốc Sở Tài chính, báo cáo kế hoạch phát triển năm sau của tỉnh.</p></div></body></html>';
    const f = await extract(html, { file: 't.html' });
    expect([f.title, f.source, f.participants.map((p) => p.name)]).toEqual(['Tỉnh họp bàn kế hoạch năm sau', 'Cổng thông tin điện tử tỉnh', ['Lê Văn Phước']]);
  });
  it("the <title> alone is no title: a portal's section name ('Tin tức - Sự kiện') loses to the page's head lines", async () => {
    const html = '<html><head><title>Tin tức - Sự kiện</title></head><body><table><tr><td class="title"><b>Tỉnh họp bàn kế hoạch năm sau</b></td></tr>'
      + '<tr><td class="content"><p>Sáng nay, các sở, ngành, địa phương họp bàn kế hoạch phát triển năm sau của tỉnh.</p></td></tr></table></body></html>';
    expect((await parseArticle(html, { file: 't.html' })).title).toBe('Tỉnh họp bàn kế hoạch năm sau');
  });
  it("a <title> that is the site's name alone names no article: the heading above the body does", async () => {
    const html = '<html><head><title>Cổng thông tin điện tử tỉnh Điện Biên</title></head><body><h3 class="title">Tỉnh họp bàn kế hoạch năm sau</h3>' + body + '</body></html>';
    expect((await parseArticle(html, { file: 't.html' })).title).toBe('Tỉnh họp bàn kế hoạch năm sau');
  });
});

// the article's text, judged block by block: what a page's layout keeps and what it sets aside (whole pages: fixtures/html/)
describe('what of the page is the article', () => {
  const lead = '<p>Ngày 20/8, tại tỉnh, các sở, ngành đã ký kết thỏa thuận hợp tác giai đoạn 2024-2030, với sự chứng kiến của lãnh đạo tỉnh.</p>';
  it.each([
    // CKEditor 5 wraps tables in a figure: the table is the article's, not a photo
    ['a table in <figure class="table">', '<h1>Kết quả ký kết hợp tác giữa các tỉnh</h1><div class="entry-content">' + lead
      + '<figure class="table"><table><tbody><tr><td>Tỉnh</td><td>Người ký</td></tr><tr><td>Điện Biên</td><td>Lê Thành Đô, Chủ tịch UBND tỉnh</td></tr></tbody></table></figure><p>Hội nghị kết thúc trong ngày.</p></div>',
    ['Lê Thành Đô, Chủ tịch UBND tỉnh', 'Hội nghị kết thúc'], []],
    ['a photo in a figure', '<h1>Kết quả ký kết hợp tác giữa các tỉnh</h1><div class="entry-content">' + lead
      + '<figure><img src="a.jpg"><figcaption>Lãnh đạo hai tỉnh ký kết. Ảnh: Minh Anh</figcaption></figure><p>Hội nghị kết thúc trong ngày.</p></div>',
    ['Hội nghị kết thúc'], ['Lãnh đạo hai tỉnh ký kết']],
  ])('%s', (_, html, kept: string[], dropped: string[]) => {
    const { text } = prepareHtml(html);
    for (const k of kept) expect(text).toContain(k);
    for (const d of dropped) expect(text).not.toContain(d);
  });
});

describe('related headlines', () => {
  it('are written one space between words, as the title is, however many the tags around them left', async () => {
    const html = '<html><head><title>Tỉnh ký kết hợp tác với Tập đoàn Viễn thông</title></head><body><div class="main">'
      + '<h2 class="news-title">Tỉnh ký kết hợp tác với Tập đoàn Viễn thông</h2><div class="news-info"><span>Cập nhật: 15:20 04/12/2026</span></div>'
      + '<div class="news-content"><p>Chiều 3/12, UBND tỉnh và Tập đoàn Viễn thông đã ký kết thỏa thuận hợp tác về chuyển đổi số giai đoạn 2026-2030.</p>'
      + '<p>Theo thỏa thuận, hai bên hợp tác trên các lĩnh vực: chính quyền số, giáo dục số, y tế số.</p></div>'
      + '<div class="other-news"><h3>Tin khác</h3><ul><li><a href="/a">Tỉnh đón 5 triệu lượt khách</a> (01/12/2026)</li>'
      + '<li><a href="/b">Hội nghị xúc tiến đầu tư</a> (28/11/2026)</li></ul></div></div></body></html>';
    const f = await extract(html, { file: 'p.html' });
    expect(f.related.map((r) => r.text)).toEqual(['Tỉnh đón 5 triệu lượt khách (01/12/2026)', 'Hội nghị xúc tiến đầu tư (28/11/2026)']);
  });
});

describe("the day in a page's address, when the page shows none", () => {
  it.each([
    ['https://xa.laocai.gov.vn/2026/12/07/xa-ra-mat-mo-hinh/', '2026-12-07'],
    ['https://example.vn/tin-tuc/2026-12-07-hoi-nghi.html', '2026-12-07'],
    ['https://example.vn/hoi-nghi-20261207.html', '2026-12-07'],
    ['https://example.vn/hoi-nghi-102261207123456.htm', null],
    ['https://example.vn/2026/13/07/x', null],
    ['https://example.vn/2026/02/30/x', null],
  ])('%s → %s', (url, day) => expect(dayInAddress(url)).toBe(day));
  const page = (head: string, body: string) => `<html><head><title>Tỉnh họp bàn kế hoạch năm sau</title>${head}</head><body><h1>Tỉnh họp bàn kế hoạch năm sau</h1>${body}<div class="content"><p>Hôm qua, các sở, ngành, địa phương họp bàn kế hoạch phát triển năm sau của tỉnh.</p></div></body></html>`;
  const canonical = '<link rel="canonical" href="https://example.vn/2026/12/07/tinh-hop/">';
  it('is the publication day, with the evidence that says where it came from', async () => {
    const a = await parseArticle(page(canonical, ''), { file: 't.html' });
    expect([a.published, a.publishedEvidence]).toEqual(['2026-12-07', ['address']]);
  });
  it('a date the page shows wins', async () => {
    expect((await parseArticle(page(canonical, '<div class="date">05/12/2026 10:20</div>'), { file: 't.html' })).published).toBe('2026-12-05T10:20');
  });
});
