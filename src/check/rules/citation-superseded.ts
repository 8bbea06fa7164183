/**
 * citation-superseded: a document the registry marks superseded. A warning
 * when it was superseded before the article was published and the article
 * neither names its successor nor treats it as past ("đã được thay thế",
 * "trước đây"); info otherwise (it was in force when written, or the article
 * knows). Once per document, on its first mention.
 *
 * Fails:  "Thực hiện Nghị quyết số 37-NQ/TW ngày 01/7/2004" in an article of 2023
 * Passes: "Nghị quyết số 11-NQ/TW ngày 10/02/2022 thay thế Nghị quyết số 37-NQ/TW"
 */
import type { Article } from '../../article/article.js';
import { segmentation, sentenceAt } from '../../article/segment.js';
import { citeCues } from '../../data.js';
import { successor } from '../../cite/registry.js';
import { L, R, alternation } from '../../text/regex.js';
import { citationsOf, kindName, vnDate } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';

const CUES = citeCues();
const HISTORICAL_RE = new RegExp(`${L}(?:${alternation(CUES.historical)})${R}`, 'iu');
/** The sentence around a mention, at most 300 characters either side (a text without stops is one sentence). */
const sentenceText = (a: Article, at: number, end: number) => {
  const s = sentenceAt(segmentation(a), at);
  return s ? a.text.slice(Math.max(s.start, at - 300), Math.min(s.end, end + 300)) : '';
};

const rule: ArticleRule = {
  id: 'citation-superseded',
  level: 'warning',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'The document was superseded before the article was published, which neither names its successor nor treats it as past ' +
    '(info otherwise). Fails: "Thực hiện Nghị quyết số 37-NQ/TW ngày 01/7/2004" in an article of 2023. ' +
    'Passes: "Nghị quyết số 11-NQ/TW ngày 10/02/2022 thay thế Nghị quyết số 37-NQ/TW".',
  check({ article: a, work, registry }, report) {
    const reg = registry!;
    const { mentions, entries, byDoc, citedIds, published } = citationsOf(work, reg);
    const reported = new Set<string>();
    mentions.forEach((m, i) => {
      const e = entries[i];
      if (e?.status !== 'superseded' || reported.has(e.key)) return;
      reported.add(e.key);
      const succ = successor(reg, e);
      const succId = succ?.id ?? e.supersededBy;
      const succText = succId ? `${succId}${succ?.date ? ` of ${vnDate(succ.date)}` : ''}` : 'a later document';
      const after = Boolean(published && succ?.date && published >= succ.date);
      const named = succId ? citedIds.has(succId) : false;
      // an article that reviews the document or names its replacement cites it as past
      const historical = (byDoc.get(e.key) ?? []).some((j) => HISTORICAL_RE.test(sentenceText(a, mentions[j].start, mentions[j].end)));
      report({
        message: `${kindName(m, e)} ${m.id}${e.date ? ` (${vnDate(e.date)})` : ''} was superseded by ${succText}` +
          (after && !named && !historical ? `; the article, published ${vnDate(published!)}, does not name its successor`
            : after && named ? '; the article names its successor'
            : after ? '; the article treats it as past'
            : published ? `, after this article was published (${vnDate(published)})` : ''),
        span: a.span(m.numStart, m.numEnd),
        minor: !after || named || historical,
      });
    });
  },
};
export default rule;
