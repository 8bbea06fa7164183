import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'source-missing',
  level: 'info',
  scope: 'article',
  needs: [],
  description:
    'An article may name where it comes from: a "Nguồn: ..." line after the body, a closing "(Theo X)", a lead ' +
    'that opens "(ĐCSVN) - ...", or `source:` in Markdown front matter. Many portals print none, so this is only information by default; a corpus that always keeps sources ' +
    'can make it an error. Fails: a body with no "Nguồn:" line. Passes: "Nguồn: dangcongsan.vn" after the last paragraph.',
  check({ article }, report) {
    if (!article.source) report({ message: 'no source line ("Nguồn: ...")', span: null });
  },
};
export default rule;
