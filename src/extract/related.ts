/** Headlines of other stories the page links to, as the article read them (they are no part of the body). */
import type { Extractor } from './extractor.js';

const extractor: Extractor = {
  id: 'related',
  needs: [],
  run: (a) => ({ related: a.related.map((r) => ({ text: r.text, span: a.span(r.start, r.end) })) }),
};
export default extractor;
