import type { ArticleRule } from '../rule.js';
import { matches } from '../../text/regex.js';

// UTF-8 read as Windows-1252 or Latin-1 turns each byte of a multi-byte letter
// into a character of its own: "đ" (C4 91) → "Ä‘", "ộ" (E1 BB 99) → "á»™",
// "ư" (C6 B0) → "Æ°", "“" (E2 80 9C) → "â€œ". A continuation byte 80–BF
// reads as one of these: C1 controls and Latin-1 80–BF, or their Windows-1252 glyphs.
const CONT = '[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc' +
  '\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]';
// a lead byte C2–C6 ("Â"…"Æ") before one continuation; E1 BA/BB ("áº", "á»") and E2 80 ("â€") before a third
const MOJIBAKE_RE = new RegExp(`[ÂÃÄÅÆ]${CONT}|á[º»]${CONT}|â€${CONT}`, 'gu');

const rule: ArticleRule = {
  id: 'encoding-mojibake',
  level: 'error',
  scope: 'article',
  needs: [],
  options: { minSequences: 2 },
  limits: { minSequences: { min: 1, integer: true } },
  description:
    'Text that was decoded with the wrong codec and saved again is unreadable and yields no facts: UTF-8 read as ' +
    'Windows-1252 or Latin-1 shows "Ä‘" for "đ", "á»™" for "ộ", "Æ°" for "ư"; bytes that could not be decoded at ' +
    'all show as U+FFFD (�). Reported once per file, at the first damaged place. ' +
    'Fails: "Äáº£ng Cá»™ng sáº£n Viá»‡t Nam". Passes: "Đảng Cộng sản Việt Nam".',
  check({ article, options }, report) {
    const { text } = article;
    const lost = text.indexOf('\ufffd');
    let count = 0;
    let first = -1;
    let sample = '';
    for (const m of matches(MOJIBAKE_RE, text)) {
      if (count++ === 0) { first = m.index!; sample = m[0]; }
    }
    // one stray sequence can be a real "Ã" before a symbol; a mis-decoded file has many
    if (count >= (options.minSequences as number) && (lost === -1 || first < lost)) {
      report({
        message: `text looks mis-decoded (UTF-8 read as Windows-1252 or Latin-1): ${count} sequences like "${sample}"`,
        span: article.span(first, first + sample.length),
      });
    } else if (lost !== -1) {
      const n = text.split('\ufffd').length - 1;
      report({
        message: `${n} replacement character${n > 1 ? 's' : ''} (U+FFFD): bytes were lost when the file was decoded with the wrong codec`,
        span: article.span(lost, lost + 1),
      });
    }
  },
};
export default rule;
