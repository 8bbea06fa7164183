import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'published-missing',
  level: 'warning',
  scope: 'article',
  needs: [],
  description:
    'An article should say when it was published, on a short line after the title ("Ngày đăng: 17:36, 25/03/2023", ' +
    '"17/11/2021 17:25") or as `date:` in Markdown front matter. Dates without a year and the event-after-publication ' +
    'rule are anchored on it. Fails: a title followed directly by the body. ' +
    'Passes: "Sự kiện - Ngày đăng : 17:36, 25/03/2023" on the line after the title.',
  check({ article }, report) {
    if (!article.published) report({ message: 'no publication date after the title', span: null });
  },
};
export default rule;
