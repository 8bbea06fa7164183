import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'title-missing',
  level: 'error',
  scope: 'article',
  needs: [],
  description:
    'An article starts with its title: the first line that is not blank, a date line or a portal heading ' +
    '(or `title:` in Markdown front matter). Without one, readers and every report lose the article\'s name. ' +
    'Fails: a file whose first line is "Cùng chuyên mục" followed by headlines. ' +
    'Passes: "Tạo động lực và liên kết phát triển vùng Trung du và miền núi Bắc bộ" on the first line.',
  // `extract` lists the finding among an article's facts in a word (its preset sets `explain: false`, which
  // is no config option); `check` says where a title belongs
  check({ article, options }, report) {
    if (article.title) return;
    report({ message: options.explain === false ? 'no title line found' : 'no title: the first line should be the article\'s title', span: null });
  },
};
export default rule;
