import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'date-invalid',
  level: 'error',
  scope: 'article',
  needs: ['dates'],
  description:
    'A date in the body that does not exist on the calendar, such as 31/02/2021 or 12/13/2020, is a typo that ' +
    'readers cannot resolve; the dates extractor leaves it out of the facts. ' +
    'Fails: "Ngày 31/02/2021, Ban Thường vụ họp". Passes: "Ngày 28/02/2021, Ban Thường vụ họp".',
  // the date grammar's reading keeps what it read as a date but found no day for ("ngày 30/2"): a weak
  // reading ("tỷ lệ 31/2") is no date at all and is not there
  check({ work }, report) {
    for (const d of work.dateMentions.invalid) report({ message: `"${d.text}" is not a valid date`, span: d.span });
  },
};
export default rule;
