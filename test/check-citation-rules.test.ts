/**
 * The citation rules, one line per case: an invented sentence (in an article
 * published 15/10/2023 unless said) → what the rule alone reports, as
 * "severity line:column" per message. Documents of the bundled registry:
 * 11-NQ/TW of 10/02/2022 (khóa XIII, in force), 37-NQ/TW of 01/7/2004
 * (superseded by 11-NQ/TW); 45/2019/NĐ-CP is not registered.
 */
import { describe, it, expect } from 'vitest';
import { parseArticle } from '../src/index.js';
import { extractFacts } from '../src/pipeline.js';
import { resolveConfig } from '../src/check/config.js';
import { createEngine } from '../src/check/engine.js';
import { CITATION_RULES } from '../src/check/rules/index.js';

const article = (body: string, published = '15/10/2023') =>
  `Tỉnh sơ kết công tác quý III\nNgày đăng: 09:30, ${published}\nSáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác quý với các sở, ngành.\n${body}\n`;

/** What one rule reports on articles (one per body), as "file severity line:column". */
async function run(id: string, bodies: Array<string | [string, string]>): Promise<string[]> {
  const rules = CITATION_RULES.filter((r) => r.id === id);
  expect(rules, id).toHaveLength(1);
  const engine = createEngine(rules, resolveConfig(rules, {}, null, process.cwd()));
  for (const [i, b] of bodies.entries()) {
    const [body, published] = Array.isArray(b) ? b : [b, undefined];
    const a = await parseArticle(article(body, published), { file: `${i}.txt` });
    engine.article(a, extractFacts(a, { fields: engine.fields }));
  }
  return engine.finish().flatMap((r) => r.findings.map((m) => {
    expect(m.code).toBe(id);
    return `${m.file} ${m.severity} ${m.span!.line}:${m.span!.column}`;
  }));
}

const CASES: Array<[string, Array<string | [string, string]>, string[]]> = [
  ['citation-malformed', ['Thực hiện Nghị quyết số 11/NQ-TW của Bộ Chính trị.'], ['0.txt error 4:25']],
  ['citation-malformed', ['Thực hiện Nghị quyết số 11 NQ/TW của Bộ Chính trị.'], ['0.txt error 4:25']],
  ['citation-malformed', ['Triển khai Nghị định số 45-2019-NĐ-CP của Chính phủ.'], ['0.txt error 4:25']],
  ['citation-malformed', ['Triển khai Nghị định số 45/2019/NĐ-CP của Chính phủ.'], []],
  ['citation-malformed', ['Theo Công văn số 723 TC/TCT của Bộ Tài chính.'], []],
  ['citation-kind-mismatch', ['Thực hiện Nghị định số 11-NQ/TW của Bộ Chính trị.'], ['0.txt error 4:11']],
  ['citation-kind-mismatch', ['Thực hiện theo quyết định số 11-NQ/TW của Bộ Chính trị.'], []],
  ['citation-date-invalid', ['Thực hiện Nghị quyết số 11-NQ/TW ngày 31/02/2022.'], ['0.txt error 4:39']],
  ['citation-date-invalid', ['Thực hiện Nghị quyết số 11-NQ/TW ngày 28/02/2022.'], []],
  ['citation-date-mismatch', ['Thực hiện Nghị quyết số 11-NQ/TW ngày 12/02/2022 của Bộ Chính trị.'], ['0.txt error 4:39']],
  ['citation-date-mismatch', ['Triển khai Nghị định số 45/2019/NĐ-CP ngày 12/3/2018.'], ['0.txt error 4:44']],
  ['citation-date-mismatch', ['Triển khai Nghị định số 45/2019/NĐ-CP ngày 12/3/2019.'], []],
  ['citation-date-future', [['Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022.', '15/10/2021']], ['0.txt warning 4:39']],
  ['citation-date-future', [['Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022.', '10/02/2022']], []],
  ['citation-term-mismatch', ['Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị khóa XII.'], ['0.txt error 4:67']],
  ['citation-term-mismatch', ['Thi hành Luật số 45/2019/QH14 được Quốc hội khóa XV thông qua.'], []],
  ['citation-issuer-mismatch', ['Triển khai Nghị định số 45/2019/NĐ-CP của Bộ Tài chính.'], ['0.txt error 4:43']],
  ['citation-issuer-mismatch', ['Triển khai Nghị định số 45/2019/NĐ-CP của Chính phủ.'], []],
  // the official who signed stands for the body ("Bộ trưởng Bộ Tài chính" → BTC), a local body for the listed one it opens with
  ['citation-issuer-mismatch', ['Triển khai Thông tư số 45/2019/TT-BTC của Bộ trưởng Bộ Tài chính.'], []],
  ['citation-issuer-mismatch', ['Triển khai Thông tư số 45/2019/TT-BTC của Bộ trưởng Bộ Y tế.'], ['0.txt error 4:43']],
  ['citation-issuer-mismatch', ['Triển khai Quyết định số 45/2019/QĐ-BTC của Ủy ban nhân dân tỉnh Lào Cai.'], ['0.txt error 4:45']],
  ['citation-issuer-mismatch', ['Triển khai Quyết định số 45/2019/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh Lào Cai.'], []],
  // an official letter's number names its issuer first ("VPCP-NC": Văn phòng Chính phủ, then its department)
  ['citation-issuer-mismatch', ['Theo Công văn số 1289/VPCP-NC của Bộ Tài chính, các bộ báo cáo.'], ['0.txt error 4:35']],
  ['citation-issuer-mismatch', ['Theo Công văn số 1289/VPCP-NC của Văn phòng Chính phủ, các bộ báo cáo.'], []],
  ['citation-unknown', ['Triển khai Nghị định số 45/2019/NĐ-CP, rồi Nghị định số 45/2019/NĐ-CP lần nữa.'], ['0.txt info 4:25']],
  ['citation-unknown', ['Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022.'], []],
  // before the successor: in force when written, a lesser case
  ['citation-superseded', [['Thực hiện Nghị quyết số 37-NQ/TW ngày 01/7/2004.', '15/10/2020']], ['0.txt info 4:25']],
  ['citation-superseded', ['Tiếp tục thực hiện Nghị quyết số 37-NQ/TW ngày 01/7/2004.'], ['0.txt warning 4:34']],
  ['citation-superseded', ['Tiếp tục thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022.'], []],
  ['citation-superseded', ['Nghị quyết số 11-NQ/TW ngày 10/02/2022 thay thế Nghị quyết số 37-NQ/TW ngày 01/7/2004.'], ['0.txt info 4:63']],
  ['citation-inconsistent', ['Triển khai Nghị định số 45/2019/NĐ-CP ngày 12/3/2019 và Nghị định số 45/2019/NĐ-CP ngày 21/3/2019.'], ['0.txt error 4:89']],
  ['citation-inconsistent', ['Triển khai Nghị định số 45/2019/NĐ-CP ngày 12/3/2019 và Nghị định số 45/2019/NĐ-CP ngày 12/3/2019.'], []],
  // across articles: the value most articles give is the reference
  ['citation-inconsistent', [
    'Triển khai Nghị định số 45/2019/NĐ-CP ngày 12/3/2019.', 'Triển khai Nghị định số 45/2019/NĐ-CP ngày 21/3/2019.',
    'Triển khai Nghị định số 45/2019/NĐ-CP ngày 12/3/2019.',
  ], ['1.txt error 4:44']],
  // a Party number restarts each term: two dates in two terms are two documents
  ['citation-inconsistent', ['Nghị quyết số 09-NQ/TW ngày 01/12/2011 và Nghị quyết số 09-NQ/TW ngày 09/10/2023.'], []],
  ['citation-short-unresolved', ['Sau hai năm, Nghị quyết 11 đã đi vào cuộc sống; Nghị quyết 11 được đánh giá cao.'], ['0.txt warning 4:14']],
  ['citation-short-unresolved', ['Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị. Sau một năm, Nghị quyết 11 đã đi vào cuộc sống.'], []],
];

describe('citation rules, case by case', () => {
  for (const [id, bodies, want] of CASES) {
    it(`${id}: ${bodies.map((b) => (Array.isArray(b) ? `${b[0]} (published ${b[1]})` : b)).join(' | ')}`, async () => {
      expect(await run(id, bodies)).toEqual(want);
    });
  }
  it('every citation rule has a failing and a passing case here', () => {
    for (const r of CITATION_RULES) {
      const cases = CASES.filter((c) => c[0] === r.id);
      expect(cases.some((c) => c[2].length), r.id).toBe(true);
      expect(cases.some((c) => !c[2].length), r.id).toBe(true);
    }
  });
});
