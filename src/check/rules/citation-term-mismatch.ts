/**
 * citation-term-mismatch: the term ("khóa IX") given for a document
 * contradicts the registry, the QHnn of its number, or its own date.
 *
 * Fails:  "Luật số 59/2020/QH14 ... khóa XV" (QH14 is khóa XIV)
 * Passes: "Luật số 59/2020/QH14 ... khóa XIV"
 */
import { describeTerm, termAt } from '../../cite/terms.js';
import { citationsOf, kindName, partSpan, termConflict, vnDate } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'citation-term-mismatch',
  level: 'error',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'The term ("khóa IX") contradicts the registry, the QHnn of the number (QH14 is khóa XIV), or the document\'s date (a Party ' +
    'resolution of 2004 is of khóa IX). Fails: "Nghị quyết số 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị khóa X". ' +
    'Passes: "Nghị quyết số 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị khóa IX".',
  check({ article: a, work, registry }, report) {
    const { mentions, entries } = citationsOf(work, registry!);
    mentions.forEach((m, i) => {
      const e = entries[i];
      const c = termConflict(m, e);
      if (!c) return;
      const name = `${kindName(m, e)} ${m.id}`;
      let message: string;
      if ('expected' in c) {
        message = `${name} is of khóa ${c.expected}${c.registry ? ' in the registry' : `, as ${m.issuerCode} in its number says`}; the article says khóa ${m.term}`;
      } else {
        const right = termAt(c.body, c.date);
        message = `${name} dated ${vnDate(c.date)} cannot be of ${describeTerm(c.body, m.term!)}${right ? `; that date falls in khóa ${right}` : ''}`;
      }
      report({ message, span: partSpan(a, m.termStart, m.termEnd, m) });
    });
  },
};
export default rule;
