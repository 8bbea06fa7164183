/** `linkage report`: the figures aggregated from facts, the article views and the HTML they go into. Invented facts only. */
import { describe, it, expect } from 'vitest';
import { gunzipSync } from 'node:zlib';
import type { ArticleFacts, Span } from '../src/types.js';
import { ReportAggregator, CAPS } from '../src/report-html/aggregate.js';
import { personKey } from '../src/report-html/names.js';
import { articleView, TextStore, HIGHLIGHT_KINDS } from '../src/report-html/texts.js';
import { renderHtml } from '../src/report-html/html.js';

const sp = (start: number, end: number): Span => ({ start, end, line: 1, column: start + 1 });
function facts(p: Partial<ArticleFacts> & { file: string }): ArticleFacts {
  return {
    title: null, published: null, source: null, citations: [], dates: [], horizons: [], participants: [], organizations: [],
    places: [], priorities: [], agreements: [], cooperationFields: [], related: [], warnings: [], ...p,
  };
}
const person = (name: string, titles: string[] = [], roles: string[] = []) => ({ name, titles, roles, span: sp(0, name.length), mentions: [] });
const place = (name: string, current: string | null, kind = 'province') => ({ name, kind, current, text: name, span: sp(0, 1), mentions: [] });
const cite = (id: string, mentions = 0, extra: Partial<ArticleFacts['citations'][number]> = {}) =>
  ({ id, kind: 'Nghị quyết', issuer: null, issuerCode: 'TW', date: null, term: null, text: id, span: sp(0, 5), mentions: Array.from({ length: mentions }, () => sp(9, 12)), ...extra });

describe('personKey: one person whatever the spelling', () => {
  it.each([
    ['Nguyễn Thị Thuỷ', 'Nguyễn Thị Thủy'],
    ['Lê Văn Hoà', 'Lê Văn Hòa'],
    ['Trần Lý', 'Trần Lí'],
    ['Phạm Kỳ Anh', 'Phạm Kì Anh'],
    ['ÐỖ VĂN AN', 'Đỗ Văn An'],
    ['Nguyễn Văn Hải'.normalize('NFD'), 'Nguyễn  Văn Hải'],
  ])('%s = %s', (a, b) => expect(personKey(a)).toBe(personKey(b)));
  it.each([
    ['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng'],
    ['Trần Quý', 'Trần Quí Anh'],
    ['Lê Duy', 'Lê Dui'],
  ])('%s ≠ %s', (a, b) => expect(personKey(a)).not.toBe(personKey(b)));
});

describe('ReportAggregator', () => {
  const build = () => {
    const agg = new ReportAggregator('t');
    agg.add(facts({
      file: 'a.txt', title: 'A', published: '2021-03-04T08:00', source: 'Báo Mẫu',
      participants: [person('Nguyễn Thị Thuỷ', ['Phó Chủ tịch UBND tỉnh'], ['speaker'])],
      citations: [cite('99-NQ/TW', 2), cite('37-NQ/TW', 0, { date: '2004-07-01', term: 'IX', issuer: 'Bộ Chính trị' })],
      dates: [
        { value: '2021-03-02', text: 'ngày 2/3', part: null, role: 'event', span: sp(0, 1), mentions: [], precision: 'day' },
        // no month to count: a quarter, and a relative day with no publication date to resolve it
        { value: '2021-Q1', text: 'quý I', part: null, role: 'event', span: sp(2, 3), mentions: [], precision: 'quarter' },
        { value: null, text: 'hôm qua', part: null, role: 'event', span: sp(4, 5), mentions: [], precision: 'day', relative: -1, resolved: false },
      ],
      horizons: [{ kind: 'target', year: 2030, text: 'đến năm 2030', span: sp(0, 1), mentions: [sp(3, 4)] }],
      places: [place('Bắc Kạn', 'Thái Nguyên'), place('Tây Nguyên', null, 'region')],
      agreements: [{
        text: 'ký', parties: ['UBND tỉnh Bắc Kạn', 'tỉnh Gyeonggi (Hàn Quốc)', 'Công ty Mẫu'], until: 2025, span: sp(0, 2),
        sectors: [{ key: 'tourism', label: 'du lịch', text: 'du lịch', span: sp(0, 1) }, { key: null, label: null, text: 'việc khác', span: sp(0, 1) }],
      }],
    }));
    agg.add(facts({
      file: 'b.txt', title: 'B', published: '2023-11-20', source: 'báo mẫu',
      participants: [person('Nguyễn Thị Thủy', ['Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh'], ['chair'])],
      citations: [cite('99-NQ/TW', 1)],
      places: [place('Thái Nguyên', 'Thái Nguyên')],
      priorities: [{ intro: 'Bà Thủy nêu ba nhiệm vụ:', speaker: 'Nguyễn Thị Thủy', span: sp(0, 1), items: [
        { ordinal: 1, marker: 'Thứ nhất', text: 'x'.repeat(CAPS.itemText + 50), span: sp(0, 1) },
        { ordinal: 2, marker: 'Thứ hai', text: 'y', span: sp(0, 1) }] }],
    }));
    agg.add(facts({ file: 'c.txt', title: 'C' }));
    agg.fail('d.txt', 'empty file');
    return agg.result();
  };

  it('an overview of articles, dates, sources and fact kinds, each number with its articles', () => {
    const r = build();
    expect(r.articles.map((a) => a[0])).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(r.overview.dateRange).toEqual(['2021-03-04T08:00', '2023-11-20']);
    expect(r.overview.noDate).toEqual([2]);
    expect(r.overview.sources).toEqual([{ label: 'Báo Mẫu', ids: [0, 1], n: 2 }]);
    const k = Object.fromEntries(r.overview.kinds.map((x) => [x.kind, x]));
    expect([k.citations.facts, k.citations.ids]).toEqual([3, [0, 1]]);
    expect(k.priorities.ids).toEqual([1]);
    expect(r.failed).toEqual([{ file: 'd.txt', reason: 'empty file' }]);
  });

  it('a timeline of months, events and horizons', () => {
    const r = build();
    expect(r.timeline.months.map((m) => [m.label, m.ids])).toEqual([['2021-03', [0]], ['2023-11', [1]]]);
    expect(r.timeline.events).toEqual([{ label: '2021-03', ids: [0], n: 1 }]);
    expect(r.timeline.horizons).toEqual([{ label: 'đến năm 2030', kind: 'target', year: 2030, from: null, to: null, ids: [0], n: 1 }]);
  });

  it('documents ranked by citing articles, short references counted, registry status attached', () => {
    const r = build();
    const [first, second] = r.documents.list;
    expect(first).toMatchObject({ id: '99-NQ/TW', status: null, mentions: 5, cites: [[0, 3], [1, 2]] });
    expect(second).toMatchObject({ id: '37-NQ/TW', status: 'superseded', date: '2004-07-01', term: 'IX', cites: [[0, 1]] });
  });

  it('one person across tone placements, titles with the first and last dates they were seen', () => {
    const r = build();
    expect(r.people.total).toBe(1);
    const p = r.people.list[0];
    expect(p.variants).toEqual(['Nguyễn Thị Thuỷ', 'Nguyễn Thị Thủy']);
    expect(p.ids).toEqual([0, 1]);
    expect(p.titles).toEqual([
      { title: 'Phó Chủ tịch UBND tỉnh', first: '2021-03-04', last: '2023-11-20', ids: [0, 1] },
      { title: 'Chủ tịch UBND tỉnh', first: '2023-11-20', last: '2023-11-20', ids: [1] },
    ]);
    expect(p.roles).toEqual([['speaker', 1], ['chair', 1]]);
  });

  it('34 provinces at their seats, a pre-2025 name counted for its current province', () => {
    const r = build();
    expect(r.places.provinces).toHaveLength(34);
    for (const p of r.places.provinces) {
      expect(p.lat, p.id).toBeGreaterThan(8);
      expect(p.lat, p.id).toBeLessThan(24);
      expect(p.lon, p.id).toBeGreaterThan(102);
      expect(p.lon, p.id).toBeLessThan(110);
    }
    const tn = r.places.provinces.find((p) => p.id === 'thai-nguyen')!;
    expect(tn).toMatchObject({ merged: ['Bắc Kạn'], ids: [0, 1], agreements: 1, agreementIds: [0] });
  });

  it('agreements: a sector × province cell, and parties typed province, country, organization', () => {
    const r = build();
    expect(r.places.heat).toEqual([{ sector: 'tourism', province: 'thai-nguyen', ids: [0], n: 1 }]);
    expect(r.places.agreementsWithProvince).toBe(1);
    const nodes = r.places.network.nodes.map((n) => [n.name, n.type]);
    expect(nodes).toEqual(expect.arrayContaining([['Thái Nguyên', 'province'], ['Hàn Quốc', 'country'], ['Công ty Mẫu', 'organization']]));
    expect(r.places.network.links).toHaveLength(3);
    for (const l of r.places.network.links) expect(l.ids).toEqual([0]);
  });

  it('priorities kept with their speaker, items cut to the cap', () => {
    const r = build();
    expect(r.priorities.total).toBe(1);
    const [e] = r.priorities.list;
    expect(e).toMatchObject({ a: 1, speaker: 'Nguyễn Thị Thủy', n: 2 });
    expect(e.items[0][1].length).toBe(CAPS.itemText);
    expect(r.priorities.speakers).toEqual([{ label: 'Nguyễn Thị Thủy', ids: [1], n: 1 }]);
  });
});

describe('article views', () => {
  const f = facts({
    file: 'x.txt',
    citations: [cite('1-NQ/TW', 1)],
    places: [place('Huế', 'Huế')],
  });
  f.citations[0].span = sp(2, 6);
  f.citations[0].mentions = [sp(10, 12)];
  f.places[0].span = sp(7, 9);

  it('code-point spans become UTF-16 offsets past a character outside the BMP', () => {
    const raw = '😀 abcd 𝐇𝐮 xyz…';
    const [, text, truncated, marks] = articleView(0, raw, f);
    expect(truncated).toBe(0);
    const cps = [...raw];
    const bySpan = marks.map(([s, e, k]) => [HIGHLIGHT_KINDS[k], text.slice(s, e)]);
    expect(bySpan).toEqual([['citation', cps.slice(2, 6).join('')], ['place', cps.slice(7, 9).join('')], ['citation', cps.slice(10, 12).join('')]]);
  });

  it('text past the cap is cut, and spans past it dropped', () => {
    const [, text, truncated, marks] = articleView(0, 'a'.repeat(20), f, 8);
    expect([text.length, truncated]).toEqual([8, 1]);
    expect(marks.map((m) => [m[0], m[1]])).toEqual([[2, 6], [7, 8]]);
  });

  it('chunks stop at the budget; what is kept inflates back', () => {
    const big = new TextStore(2_000_000, 5_000);
    let seed = 7;
    const noise = () => Array.from({ length: 4000 }, () => String.fromCharCode(97 + ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % 26)).join('');
    for (let a = 0; a < 1000; a++) big.add(a, noise(), f);
    const r = big.result();
    expect(r.embedded).toBeGreaterThan(0);
    expect(r.embedded).toBeLessThan(1000);
    expect(r.chunks.reduce((n, c) => n + c.length, 0)).toBeLessThanOrEqual(2_000_000);
    const views = JSON.parse(gunzipSync(Buffer.from(r.chunks[0], 'base64')).toString('utf8'));
    expect(views[0][0]).toBe(0);
    expect(views[0][1]).toHaveLength(4000);
  });
});

describe('TextStore', () => {
  it('names the articles whose text it could not have', () => {
    const store = new TextStore();
    store.add(0, 'abc', facts({ file: 'a.txt' }));
    store.skip(1);
    store.add(2, 'def', facts({ file: 'c.txt' }));
    const r = store.result();
    expect(r.missing).toEqual([1]);
    expect(r.embedded).toBe(3);
    const views = JSON.parse(gunzipSync(Buffer.from(r.chunks[0], 'base64')).toString('utf8'));
    expect(views.map((v: unknown[]) => v[0])).toEqual([0, 2]);
  });
});

describe('renderHtml', () => {
  it('one file: libraries inline, a policy that forbids requests, nothing in the data can close its script', () => {
    const agg = new ReportAggregator('</script><script>alert(1)</script>');
    agg.add(facts({ file: 'a.txt', title: '</SCRIPT><img src=x onerror=alert(1)> <!--' }));
    const html = renderHtml(agg.result(), new TextStore().result(), '0.0.0');
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<script\b/gi)).toHaveLength(6); // data, texts, meta, d3, Plot, the page
    expect(html.match(/<\/script>/gi)).toHaveLength(6);
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|https?:\/\/[^"'\s]*\.(js|css)\b/i);
    const data = JSON.parse(/<script id="report-data" type="application\/json">(.*?)<\/script>/s.exec(html)![1]);
    expect(data.articles[0][1]).toBe('</SCRIPT><img src=x onerror=alert(1)> <!--');
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });
});
