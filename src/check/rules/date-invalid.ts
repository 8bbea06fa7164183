import { forwardWarnings } from '../forward.js';
import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'date-invalid',
  level: 'error',
  scope: 'article',
  needs: ['dates'],
  description:
    'A date in the body that does not exist on the calendar, such as 31/02/2021 or 12/13/2020, is a typo that ' +
    'readers cannot resolve; the dates extractor leaves it out of the facts and warns. ' +
    'Fails: "Ngày 31/02/2021, Ban Thường vụ họp". Passes: "Ngày 28/02/2021, Ban Thường vụ họp".',
  // the dates extractor already judged it: reuse its warning rather than parse again
  check: forwardWarnings('date-invalid'),
};
export default rule;
