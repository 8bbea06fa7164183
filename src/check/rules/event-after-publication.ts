import { futureMarkers } from '../../data.js';
import { foldKey } from '../../article/normalize.js';
import { alternation, L, R } from '../../text/regex.js';
import { sentenceAtSpan } from '../../article/segment.js';
import type { ArticleRule } from '../rule.js';
import { periodStart } from '../../text/datetime.js';

/**
 * A year as the date writes it ("15/3/2024", "3/3/17", "tháng 3 năm 2024"). A date that writes none took the
 * page's year, and falls after the page only as an event it announces ("trong hai ngày 25 - 26/01" on a page of
 * 20/01, see UPCOMING_DAYS): there is no year to be wrong, and no fault to report.
 */
const WRITES_YEAR = /(?<!\d)(?:\d{4}|\d{1,2}([/.-])\d{1,2}\1\d{2})(?!\d)/u;
// a sentence that announces (plans, deadlines, "sẽ") may rightly date an event after publication
const FUTURE_RE = new RegExp(`${L}(?:${alternation(futureMarkers().markers.map(foldKey))})${R}`, 'u');

const rule: ArticleRule = {
  id: 'event-after-publication',
  level: 'warning',
  scope: 'article',
  needs: ['dates'],
  description:
    'A report cannot tell of an event that happened after it was published: an event date later than the ' +
    'publication date is usually a wrong year or month. Sentences that announce ("sẽ", "dự kiến", "có hiệu lực") ' +
    'are left alone (data/future-markers.json), and so are dates that write no year. Fails: "Ngày 16/11/2022, Hội nghị đã khai mạc" in an article ' +
    'published on 17/11/2021. Passes: "Ngày 16/11/2021, Hội nghị đã khai mạc".',
  check({ article, facts }, report) {
    const pub = facts.published?.slice(0, 10);
    if (!pub) return;
    for (const d of facts.dates) {
      if (d.role !== 'event' || d.value == null || !WRITES_YEAR.test(d.text)) continue;
      // compare at the precision both have: "2021-11" against "2021-11-17" compares months (a quarter by its first month)
      const v = periodStart(d.value);
      const n = Math.min(v.length, pub.length);
      if (v.slice(0, n) <= pub.slice(0, n)) continue;
      const s = sentenceAtSpan(article, d.span.start);
      if (s && FUTURE_RE.test(foldKey(article.text.slice(s.start, s.end)))) continue;
      report({ message: `event dated ${d.value} ("${d.text}") is after the publication date ${pub}`, span: d.span });
    }
  },
};
export default rule;
