/**
 * citation-date-mismatch: the date given for a document contradicts the
 * registry, or the year its own number carries.
 *
 * Fails:  "Nghị định số 13/2020/NĐ-CP ngày 15/3/2019" (the number says 2020)
 * Passes: "Nghị định số 13/2020/NĐ-CP ngày 15/3/2020"
 */
import { citationsOf, dateConflict, kindName, partSpan, vnDate } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'citation-date-mismatch',
  level: 'error',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'The date contradicts the registry, or, for a document the registry does not know, the year in the number (13/2020/NĐ-CP dated 2019). ' +
    'Fails: "Nghị định số 13/2020/NĐ-CP ngày 15/3/2019". Passes: "Nghị định số 13/2020/NĐ-CP ngày 15/3/2020".',
  check({ article: a, work, registry }, report) {
    const { mentions, entries } = citationsOf(work, registry!);
    mentions.forEach((m, i) => {
      const e = entries[i];
      const c = dateConflict(m, e);
      if (!c) return;
      const name = `${kindName(m, e)} ${m.id}`;
      report({
        message: 'registry' in c
          ? `${name} is dated ${vnDate(c.registry)} in the registry; the article says ${vnDate(m.date!)}`
          : `${name} was issued in ${c.year}, as its number says; the article dates it ${vnDate(m.date!)}`,
        span: partSpan(a, m.dateStart, m.dateEnd, m),
      });
    });
  },
};
export default rule;
