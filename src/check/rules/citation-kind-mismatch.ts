/**
 * citation-kind-mismatch: the type word before a number does not fit it. NQ
 * numbers a Nghị quyết; a reader told "Nghị định" looks for the wrong document.
 *
 * Fails:  "Nghị định số 37-NQ/TW ngày 01/7/2004"
 * Passes: "Nghị quyết số 37-NQ/TW ngày 01/7/2004"
 */
import type { Article } from '../../article/article.js';
import { foldKey } from '../../article/normalize.js';
import { typeWordFits, type CitationMention } from '../../extract/citations.js';
import { citationsOf, partSpan } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';
import { documentKinds } from '../../data.js';

// kind words (data/document-kinds.json) that, written in lower case, are as often common nouns or verbs ("theo quy định số ...",
// "ban hành kèm theo hướng dẫn 122/2000/TT-BTC", "công văn số 723 TC/TCT"): no kind check then
const GENERIC_KIND_WORDS = new Set(documentKinds().genericKindWords);
function looseWord(a: Article, m: CitationMention): boolean {
  const written = a.text.slice(m.typeWordStart!, m.typeWordEnd!);
  return GENERIC_KIND_WORDS.has(foldKey(written)) && written === written.toLowerCase();
}

const rule: ArticleRule = {
  id: 'citation-kind-mismatch',
  level: 'error',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'The type word does not fit the number ("Nghị định 37-NQ/TW": NQ numbers a Nghị quyết), or contradicts the registry\'s kind ' +
    'for a number without a type code. A lower-case generic word ("theo quy định số ...") is not checked. ' +
    'Fails: "Nghị định số 37-NQ/TW ngày 01/7/2004". Passes: "Nghị quyết số 37-NQ/TW ngày 01/7/2004".',
  check({ article: a, work, registry }, report) {
    const { mentions, entries } = citationsOf(work, registry!);
    mentions.forEach((m, i) => {
      if (!m.typeWord || looseWord(a, m)) return;
      const e = entries[i];
      const span = partSpan(a, m.typeWordStart, m.typeWordEnd, m);
      if (!typeWordFits(m.typeWord, m.typeCode, m.issuerCode, m.party)) {
        report({ message: `"${m.typeWord}" does not fit ${m.id}: ${m.typeCode ? `${m.typeCode} numbers a ${m.kind}` : `a number ending ${m.issuerCode} is not a ${m.typeWord}`}`, span });
      } else if (e?.kind && !m.typeCode && foldKey(e.kind) !== foldKey(m.typeWord)) {
        report({ message: `${m.id} is a ${e.kind} in the registry; the article says ${m.typeWord}`, span });
      }
    });
  },
};
export default rule;
