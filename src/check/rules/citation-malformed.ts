/**
 * citation-malformed: a document number not written in its canonical form.
 * A reader (or a search) looks the number up as it is written; "37/NQ-TW"
 * finds nothing when the document is 37-NQ/TW.
 *
 * Fails:  "Thực hiện Nghị quyết số 37/NQ-TW của Bộ Chính trị"
 * Passes: "Thực hiện Nghị quyết số 37-NQ/TW của Bộ Chính trị"
 */
import { isKindCode } from '../../extract/citations.js';
import { citationsOf } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';

/**
 * The parts of a number as written: NUM sep [YEAR sep] TYPE sep ISSUER, the
 * separators kept (the extractor reads the same shape and canonicalises it).
 */
const PARTS_RE = /^(\d{1,5}[a-z]?)(\s*[-/]\s*|\s+)(?:((?:19|20)\d{2})(\s*[-/]\s*|\s+))?(\p{Lu}\p{L}{0,5})(\s*[-/]\s*)/u;

/** Why a number is not in its canonical form, or null. */
export function malformation(m: { written: string; typeCode: string | null; issuerCode: string; party: boolean; id: string }): string | null {
  // no type code (59/2020/QH14, 780/NHNN, the old "723 TC/TCT"): no fixed form to hold it to
  if (!m.typeCode) return null;
  const p = PARTS_RE.exec(m.written);
  if (!p) return null;
  const [, num, sep1, year, sepY, , sep2] = p;
  const s1 = sep1.trim(), s2 = sep2.trim();
  if (m.party) return s1 !== '-' || s2 !== '/' ? `a Party document number is written NUMBER-TYPE/ISSUER (${m.id})` : null;
  const known = isKindCode(m.typeCode);
  // "Nghị quyết 03-NQ/CP": a State number in the Party's form
  if (!year && s1 === '-' && s2 === '/' && known) return `a State document number is written NUMBER/TYPE-ISSUER (${num}/${m.typeCode}-${m.issuerCode})`;
  // letters and contracts without a known type code ("92 TCT-BQLDA") follow no fixed form
  if ((known || year) && (s1 !== '/' || (sepY && sepY.trim() !== '/') || s2 !== '-')) {
    return `a State document number is written NUMBER/${year ? 'YEAR/' : ''}TYPE-ISSUER (${m.id})`;
  }
  return null;
}

const rule: ArticleRule = {
  id: 'citation-malformed',
  level: 'error',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'The number is not written in its canonical form (37/NQ-TW, 37 NQ/TW, 37-NQ-TW for 37-NQ/TW; 13-2020-NĐ-CP for 13/2020/NĐ-CP): ' +
    'a reader or a search looks it up as written and finds nothing. ' +
    'Fails: "Nghị quyết số 37/NQ-TW của Bộ Chính trị". Passes: "Nghị quyết số 37-NQ/TW của Bộ Chính trị".',
  check({ article: a, work, registry }, report) {
    for (const m of citationsOf(work, registry!).mentions) {
      const why = malformation(m);
      if (why) report({ message: `"${m.written}" is not a well-formed number: ${why}`, span: a.span(m.numStart, m.numEnd) });
    }
  },
};
export default rule;
