import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'enumeration-count-mismatch',
  level: 'warning',
  scope: 'article',
  needs: ['priorities'],
  description:
    'A list announced with a count ("ba nhiệm vụ trọng tâm", "5 giải pháp") has a different number of items, ' +
    'so an item is missing or the count is wrong. ' +
    'Fails: "đề nghị ba nhiệm vụ: Một là, ... Hai là, ..." Passes: "đề nghị hai nhiệm vụ: Một là, ... Hai là, ..."',
  // the list reading holds the count its intro announces, where it is written; the facts hold the intro cleaned
  check({ work }, report) {
    for (const { items, announced } of work.enumerations) {
      if (announced && announced.count !== items.length) {
        report({ message: `"${announced.text}" announced, ${items.length} item(s) found`, span: announced.span });
      }
    }
  },
};
export default rule;
