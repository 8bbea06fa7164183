/**
 * The pipeline, one case a line: the fields asked → the extractors run, in
 * order; the extract preset's rules on invented one-line articles (fails /
 * passes). All text is invented.
 */
import { describe, it, expect } from 'vitest';
import { buildArticle } from '../src/article/article.js';
import { ArticleWork, EXTRACTORS, extractFacts, ordered, plan, runExtractor } from '../src/pipeline.js';
import type { Extractor } from '../src/extract/extractor.js';
import type { ArticleRule, Problem } from '../src/check/rule.js';
import type { FactField } from '../src/types.js';
import dateInvalid from '../src/check/rules/date-invalid.js';
import enumerationGap from '../src/check/rules/enumeration-gap.js';
import enumerationCountMismatch from '../src/check/rules/enumeration-count-mismatch.js';
import sectorUnknown from '../src/check/rules/sector-unknown.js';
import titleMissing from '../src/check/rules/title-missing.js';

const article = (body: string) => buildArticle('t.txt', `Tiêu đề bài viết\n\n${body}\n`);

describe('pipeline order: fields asked → extractors run', () => {
  const CASES: Array<[FactField[], string[]]> = [
    [['citations'], ['citations']],
    [['dates'], ['dates']],
    [['participants'], ['participants']],
    [['priorities'], ['participants', 'priorities']],
    [['priorities', 'participants'], ['participants', 'priorities']],
    [['agreements', 'places'], ['places', 'agreements']],
    [['related'], ['related']],
    [[], []],
  ];
  it.each(CASES)('%j → %j', (fields, run) => {
    expect(plan(fields).map((x) => x.id)).toEqual(run);
  });

  it('puts every extractor after those whose facts it needs', () => {
    const at = new Map(EXTRACTORS.map((x, i) => [x.id as string, i]));
    for (const [i, x] of EXTRACTORS.entries()) for (const n of x.needs) if (at.has(n)) expect(at.get(n)!).toBeLessThan(i);
  });

  const ex = (id: FactField, needs: Extractor['needs']): Extractor => ({ id, needs, run: () => ({}) });
  it.each([
    ['a cycle', [ex('dates', ['places']), ex('places', ['dates'])], /need each other: dates → places → dates/],
    ['a need nobody fills', [ex('priorities', ['participants'])], /needs "participants", which no extractor fills/],
  ] as Array<[string, Extractor[], RegExp]>)('refuses %s when the list is ordered', (_, list, msg) => {
    expect(() => ordered(list)).toThrow(msg);
  });

  it('gives an extractor only what it declared', () => {
    const sly: Extractor = { id: 'dates', needs: ['names'], run: (_, d) => ({ dates: d.dateMentions.mentions }) };
    expect(() => runExtractor(sly, article('Ngày 5/3/2024, đoàn đến xã.'))).toThrow(/read "dateMentions" without declaring it/);
    const honest: Extractor = { ...sly, needs: ['dateMentions'] };
    expect(runExtractor(honest, article('Ngày 5/3/2024, đoàn đến xã.')).dates!.map((d) => d.value)).toEqual(['2024-03-05']);
  });

  it('computes what priorities need but shows only priorities', () => {
    const a = article('Bộ trưởng Nguyễn Văn Hùng nêu các việc:\n\nThứ nhất, làm đường.\n\nThứ hai, xây trường.');
    const facts = extractFacts(a, { fields: ['priorities'] });
    expect(facts.participants).toEqual([]);
    expect(facts.priorities[0].speaker).toBe('Nguyễn Văn Hùng');
  });

  it('does the shared work once per article', () => {
    const w = new ArticleWork(article('Ông Nguyễn Văn Hùng nói ngày 5/3/2024.'));
    expect(w.segmentation).toBe(w.segmentation);
    expect(w.names).toBe(w.names);
    expect(w.dateMentions).toBe(w.dateMentions);
  });
});

/** The messages a rule reports on an article, as `check` runs it (facts and shared work of the same extraction). */
function check(rule: ArticleRule, text: string): Problem[] {
  const a = buildArticle('t.txt', text);
  const work = new ArticleWork(a);
  const out: Problem[] = [];
  rule.check({ article: a, facts: extractFacts(a, { fields: rule.needs }, work), work, options: { ...rule.options } }, (p) => out.push(p));
  return out;
}

describe('the extract preset rules: fails / passes', () => {
  const T = 'Tiêu đề bài viết\n\n';
  const CASES: Array<[ArticleRule, string, string[]]> = [
    [dateInvalid, `${T}Ngày 31/02/2021, Ban Thường vụ họp.`, ['"Ngày 31/02/2021" is not a valid date']],
    [dateInvalid, `${T}Sáng 30/2/2023, đoàn công tác đến xã.`, ['"Sáng 30/2/2023" is not a valid date']],
    [dateInvalid, `${T}Ngày 28/02/2021, Ban Thường vụ họp.`, []],
    [dateInvalid, `${T}Tỷ lệ 31/2 số phiếu tán thành.`, []],
    [enumerationGap, `${T}Bộ trưởng nêu các việc:\n\nThứ nhất, làm đường.\n\nThứ hai, xây trường.\n\nThứ tư, mở chợ.`, ['"Thứ tư" follows "Thứ hai": 1 item(s) missing']],
    [enumerationGap, `${T}Bộ trưởng nêu các việc:\n\nThứ nhất, làm đường.\n\nThứ hai, xây trường.\n\nThứ hai, mở chợ.`, ['"Thứ hai" repeats the previous item\'s number']],
    [enumerationGap, `${T}Bộ trưởng nêu các việc:\n\nThứ nhất, làm đường.\n\nThứ hai, xây trường.\n\nThứ ba, mở chợ.`, []],
    [enumerationCountMismatch, `${T}Bộ trưởng đề nghị ba nhiệm vụ:\n\nMột là, làm đường.\n\nHai là, xây trường.`, ['"ba nhiệm vụ" announced, 2 item(s) found']],
    [enumerationCountMismatch, `${T}Bộ trưởng đề nghị 3 giải pháp:\n\nMột là, làm đường.\n\nHai là, xây trường.`, ['"3 giải pháp" announced, 2 item(s) found']],
    [enumerationCountMismatch, `${T}Bộ trưởng đề nghị hai nhiệm vụ:\n\nMột là, làm đường.\n\nHai là, xây trường.`, []],
    [sectorUnknown, `${T}Hai tỉnh ký thỏa thuận hợp tác trong các lĩnh vực du lịch, nuôi chim yến.`, ['"nuôi chim yến" is not in the sector taxonomy']],
    [sectorUnknown, `${T}Hai tỉnh đã hợp tác trong các lĩnh vực du lịch, nuôi chim yến.`, ['"nuôi chim yến" is not in the sector taxonomy']],
    [sectorUnknown, `${T}Hai tỉnh ký thỏa thuận hợp tác trong các lĩnh vực du lịch, giáo dục.`, []],
    [titleMissing, '\n', ['no title: the first line should be the article\'s title']],
    [titleMissing, `${T}Hai tỉnh ký thỏa thuận.`, []],
  ];
  it.each(CASES.map(([rule, text, messages]) => [rule.id, text, rule, messages] as const))('%s on %j', (_, text, rule, messages) => {
    expect(check(rule, text).map((p) => p.message)).toEqual(messages);
  });

  it('extract prints them as warnings, the title in a word, and only for the fields asked', () => {
    const codes = (text: string, fields?: FactField[]) =>
      extractFacts(buildArticle('t.txt', text), { fields }).warnings.map((w) => [w.code, w.message]);
    const text = 'Ngày 31/02/2021, hai tỉnh ký thỏa thuận hợp tác trong các lĩnh vực du lịch, nuôi chim yến.\n';
    expect(codes(`${T}${text}`)).toEqual([
      ['date-invalid', '"Ngày 31/02/2021" is not a valid date'],
      ['sector-unknown', '"nuôi chim yến" is not in the sector taxonomy'],
    ]);
    expect(codes(`${T}${text}`, ['agreements'])).toEqual([['sector-unknown', '"nuôi chim yến" is not in the sector taxonomy']]);
    expect(codes('\n', ['dates'])).toEqual([['title-missing', 'no title line found']]);
    // list by list: the first list's count, then the second list's gap
    const lists = 'Bộ trưởng đề nghị ba nhiệm vụ:\n\nMột là, làm đường.\n\nHai là, xây trường.\n\nÔng nói thêm.\n\n'
      + 'Thứ trưởng nêu các việc:\n\nThứ nhất, mở chợ.\n\nThứ ba, trồng rừng.\n';
    expect(codes(`${T}${lists}`, ['priorities']).map(([c]) => c)).toEqual(['enumeration-count-mismatch', 'enumeration-gap']);
    const all = `${T}Ngày 31/02/2021, hai tỉnh ký thỏa thuận hợp tác trong các lĩnh vực du lịch, nuôi chim yến.\n\n${lists}`;
    expect(codes(all).map(([c]) => c)).toEqual(['date-invalid', 'enumeration-count-mismatch', 'enumeration-gap', 'sector-unknown']);
  });
});
