import { forwardWarnings } from '../forward.js';
import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'enumeration-gap',
  level: 'warning',
  scope: 'article',
  needs: ['priorities'],
  description:
    'A numbered list of tasks or priorities skips a number or repeats one, so an item was lost or mis-numbered ' +
    'in editing; the priorities extractor notes it as it reads the list. Fails: "Thứ nhất, ... Thứ hai, ... Thứ tư, ..." ' +
    'Passes: "Thứ nhất, ... Thứ hai, ... Thứ ba, ..."',
  check: forwardWarnings('enumeration-gap'),
};
export default rule;
