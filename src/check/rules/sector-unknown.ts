import type { ArticleRule } from '../rule.js';
import type { Sector } from '../../types.js';

const rule: ArticleRule = {
  id: 'sector-unknown',
  level: 'info',
  scope: 'article',
  needs: ['agreements'],
  description:
    'A field of cooperation listed after "lĩnh vực" that the sector taxonomy does not know is kept without a key, ' +
    'so reports cannot group it; it is a new sector to add to the taxonomy or a list that ran on. ' +
    'Fails: "ký thỏa thuận hợp tác trong các lĩnh vực du lịch, nuôi chim yến" (the second is unknown). ' +
    'Passes: "ký thỏa thuận hợp tác trong các lĩnh vực du lịch, giáo dục".',
  // the agreements' sectors and the fields of past cooperation, in text order, each place once
  // (a sector said in the headline and the lead is one)
  check({ facts }, report) {
    const unknown: Sector[] = [];
    for (const g of facts.agreements) for (const s of g.sectors) if (s.key === null) unknown.push(s);
    for (const s of facts.cooperationFields) if (s.key === null) unknown.push(s);
    unknown.sort((x, y) => x.span.start - y.span.start);
    let last = -1;
    for (const s of unknown) {
      if (s.span.start === last) continue;
      last = s.span.start;
      report({ message: `"${s.text}" is not in the sector taxonomy`, span: s.span });
    }
  },
};
export default rule;
