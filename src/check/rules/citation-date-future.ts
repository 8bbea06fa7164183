/**
 * citation-date-future: a document dated after the article was published.
 * An article cannot cite what did not yet exist: the date or the publication
 * date is wrong.
 *
 * Fails:  "Nghị quyết số 37-NQ/TW ngày 01/7/2004" in an article published 2003
 * Passes: the same in an article published 2005
 */
import { citationsOf, kindName, partSpan, vnDate } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'citation-date-future',
  level: 'warning',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'The document is dated after the article was published (compared at the precision of the publication date: a month, a year). ' +
    'Fails: "Nghị quyết số 37-NQ/TW ngày 01/7/2004" in an article published in 2003. Passes: the same in an article of 2005.',
  check({ article: a, work, registry }, report) {
    const { mentions, entries, published } = citationsOf(work, registry!);
    if (!published) return;
    mentions.forEach((m, i) => {
      // the publication date may be a month or a year only: compare at its precision
      if (!m.date || m.date.slice(0, published.length) <= published) return;
      report({
        message: `${kindName(m, entries[i])} ${m.id} is dated ${vnDate(m.date)}, after the article was published (${vnDate(published)})`,
        span: partSpan(a, m.dateStart, m.dateEnd, m),
      });
    });
  },
};
export default rule;
