import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'enumeration-gap',
  level: 'warning',
  scope: 'article',
  needs: ['priorities'],
  description:
    'A numbered list of tasks or priorities skips a number or repeats one, so an item was lost or mis-numbered ' +
    'in editing. Fails: "Thứ nhất, ... Thứ hai, ... Thứ tư, ..." ' +
    'Passes: "Thứ nhất, ... Thứ hai, ... Thứ ba, ..."',
  // the first break in a list only: after "Thứ nhất, Thứ ba" every later number is off by one too
  check({ facts }, report) {
    for (const { items } of facts.priorities) {
      const k = items.findIndex((it, i) => i > 0 && it.ordinal !== items[i - 1].ordinal + 1);
      if (k < 0) continue;
      const gap = items[k], prev = items[k - 1];
      report({
        message: gap.ordinal === prev.ordinal
          ? `"${gap.marker}" repeats the previous item's number`
          : `"${gap.marker}" follows "${prev.marker}": ${gap.ordinal - prev.ordinal - 1} item(s) missing`,
        span: gap.span,
      });
    }
  },
};
export default rule;
