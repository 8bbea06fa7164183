/**
 * citation-date-invalid: the date given for a document does not exist, so the
 * document cannot be identified by it.
 *
 * Fails:  "Nghị quyết số 37-NQ/TW ngày 31/02/2004"
 * Passes: "Nghị quyết số 37-NQ/TW ngày 01/7/2004"
 */
import { citationsOf, kindName, partSpan, vnDate } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'citation-date-invalid',
  level: 'error',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'The date given for the document does not exist on the calendar (31/02/2020); the registry\'s date is named when the document is known. ' +
    'Fails: "Nghị quyết số 37-NQ/TW ngày 31/02/2004". Passes: "Nghị quyết số 37-NQ/TW ngày 01/7/2004".',
  check({ article: a, work, registry }, report) {
    const { mentions, entries } = citationsOf(work, registry!);
    mentions.forEach((m, i) => {
      if (!m.invalidDate) return;
      const e = entries[i];
      report({
        message: `${kindName(m, e)} ${m.id} is dated ${m.invalidDate}, a date that does not exist${e?.date ? `; the registry has ${vnDate(e.date)}` : ''}`,
        span: partSpan(a, m.dateStart, m.dateEnd, m),
      });
    });
  },
};
export default rule;
