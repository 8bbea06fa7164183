/**
 * citation-issuer-mismatch: the issuer named for a document contradicts the
 * registry, or the issuer code of its number.
 *
 * Fails:  "Nghị định số 13/2020/NĐ-CP của Bộ Tài chính" (CP is the Chính phủ),
 *         "Công văn số 1289/VPCP-NC của Bộ Tài chính" (a letter's first code is its issuer)
 * Passes: "Nghị định số 13/2020/NĐ-CP của Chính phủ"
 */
import { isKindCode, issuerCodeOfName, issuerNames } from '../../extract/citations.js';
import { sameIssuer } from '../../cite/registry.js';
import { citationsOf, kindName, partSpan } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';

const GOVERNMENT = new Set(['CP', 'TTg', 'VPCP']);

/** Whether the issuer named fits the issuer code of the number (QH15 is the Quốc hội; TTLT-BTC-BNV has two). */
function issuerCodeFits(nameCode: string, issuerCode: string): boolean {
  // provincial and city Party committees: TU for both in the lexicon, ThU for a Thành ủy in print
  if (nameCode === 'TU' && issuerCode === 'ThU') return true;
  return issuerCode.split('-').some((c) => c === nameCode || (c.startsWith(nameCode) && /^\d{1,2}$/.test(c.slice(nameCode.length))) ||
    (GOVERNMENT.has(c) && GOVERNMENT.has(nameCode)) || (nameCode === 'TW' && c.endsWith('TW')));
}

const rule: ArticleRule = {
  id: 'citation-issuer-mismatch',
  level: 'error',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'The issuer contradicts the registry, or the issuer code of the number (NĐ-CP is the Chính phủ\'s, QĐ-TTg the Prime Minister\'s). ' +
    'Fails: "Nghị định số 13/2020/NĐ-CP của Bộ Tài chính". Passes: "Nghị định số 13/2020/NĐ-CP của Chính phủ".',
  check({ article: a, work, registry }, report) {
    const { mentions, entries } = citationsOf(work, registry!);
    mentions.forEach((m, i) => {
      if (!m.issuer) return;
      const e = entries[i];
      const span = partSpan(a, m.issuerStart, m.issuerEnd, m);
      if (e?.issuer) {
        if (!sameIssuer(m.issuer, e.issuer)) {
          report({ message: `${kindName(m, e)} ${m.id} was issued by ${e.issuer} according to the registry; the article says ${m.issuer}`, span });
        }
        return;
      }
      const code = issuerCodeOfName(m.issuer);
      // a kind code first ("NĐ-CP"), or an official letter's issuer ("1289/VPCP-NC": no kind code, the issuer first)
      // (not an old-style number, "723 TC/TCT", whose first code may be the issuer or the kind)
      const numbered = m.typeCode ? isKindCode(m.typeCode) : m.letter && issuerNames(m.issuerCode).length > 0;
      if (!code || !numbered || issuerCodeFits(code, m.issuerCode)) return;
      const names = issuerNames(m.issuerCode);
      report({ message: `${m.id} is numbered as a document of ${names.length ? names[0] : m.issuerCode} (${m.issuerCode}); the article says ${m.issuer}`, span });
    });
  },
};
export default rule;
