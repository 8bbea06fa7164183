import { rawSpan } from '../text.js';
import type { ArticleRule } from '../rule.js';
import { matches } from '../../text/regex.js';

// a base character and the combining marks after it: NFD writes "ệ" as e + ̂ + ̣
const CLUSTER_RE = /\P{M}\p{M}+/gu;

const rule: ArticleRule = {
  id: 'unicode-nfd',
  level: 'warning',
  scope: 'article',
  needs: [],
  description:
    'A file should be in Unicode NFC, where each Vietnamese letter is one code point. Files saved in NFD ' +
    '(decomposed: "ệ" as e + U+0302 + U+0323, as macOS and some editors write) look the same but break search, ' +
    'sorting and other tools; linkage reads them, but the corpus is inconsistent. ' +
    'Fails: "Việt Nam" written with combining marks. Passes: the same words with precomposed letters.',
  check({ article }, report) {
    const { raw } = article;
    if (raw === raw.normalize('NFC')) return;
    let first: RegExpMatchArray | null = null;
    let count = 0;
    for (const m of matches(CLUSTER_RE, raw)) {
      if (m[0] === m[0].normalize('NFC')) continue;
      if (!first) first = m;
      count++;
    }
    report({
      message: `file is not in Unicode NFC: ${count || 'some'} decomposed letter${count === 1 ? '' : 's'} (convert it to NFC)`,
      span: first ? rawSpan(raw, first.index!, first.index! + first[0].length) : null,
    });
  },
};
export default rule;
