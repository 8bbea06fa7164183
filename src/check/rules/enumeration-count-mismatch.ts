import { forwardWarnings } from '../forward.js';
import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'enumeration-count-mismatch',
  level: 'warning',
  scope: 'article',
  needs: ['priorities'],
  description:
    'A list announced with a count ("ba nhiệm vụ trọng tâm", "5 giải pháp") has a different number of items, ' +
    'so an item is missing or the count is wrong; the priorities extractor notes it. ' +
    'Fails: "đề nghị ba nhiệm vụ: Một là, ... Hai là, ..." Passes: "đề nghị hai nhiệm vụ: Một là, ... Hai là, ..."',
  check: forwardWarnings('enumeration-count-mismatch'),
};
export default rule;
