import { rawSlice } from '../text.js';
import type { ArticleRule } from '../rule.js';
import type { Span } from '../../types.js';
import { matches } from '../../text/regex.js';

// Article.text already has new-style placement ("hòa", "Ủy"); each such
// syllable ending is then looked up in the raw file to see how it was written.
const NEW_STYLE_RE = /(?<![qQ])(?:[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY])(?![\p{L}\p{M}])/gu;

interface Seen { count: number; word: string; span: Span | null }

const rule: ArticleRule = {
  id: 'tone-placement-mixed',
  level: 'warning',
  scope: 'article',
  needs: [],
  description:
    'Vietnamese has two conventions for where the tone mark sits in "oa", "oe" and "uy": old ("hoà", "Uỷ ban") and ' +
    'new ("hòa", "Ủy ban"). Either is fine; one file using both looks careless and defeats plain-text search. ' +
    'Reported once per file, at the first syllable of the less used style. ' +
    'Fails: "Tỉnh uỷ ... Tỉnh ủy". Passes: "Tỉnh ủy ... Tỉnh ủy".',
  check({ article }, report) {
    const { text, raw } = article;
    const seen: Record<'old' | 'new', Seen> = { old: { count: 0, word: '', span: null }, new: { count: 0, word: '', span: null } };
    for (const m of matches(NEW_STYLE_RE, text)) {
      const span = article.span(m.index!, m.index! + 2);
      const written = rawSlice(raw, span.start, span.end).normalize('NFC');
      const s = seen[written === m[0] ? 'new' : 'old'];
      if (s.count++ === 0) { s.span = span; s.word = wordAt(raw, span); }
    }
    if (!seen.old.count || !seen.new.count) return;
    const minority = seen.old.count <= seen.new.count ? 'old' : 'new';
    const other = minority === 'old' ? 'new' : 'old';
    report({
      message: `mixes ${minority}-style tone placement ("${seen[minority].word}", ${seen[minority].count}×) ` +
        `with ${other}-style ("${seen[other].word}", ${seen[other].count}×)`,
      span: seen[minority].span,
    });
  },
};

/** The word of the raw file that ends at a syllable span, as written (for the message). */
function wordAt(raw: string, span: Span): string {
  const before = rawSlice(raw, Math.max(0, span.start - 12), span.end);
  return (/[\p{L}\p{M}]+$/u.exec(before)?.[0] ?? before).normalize('NFC');
}
export default rule;
