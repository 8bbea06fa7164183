/**
 * citation-short-unresolved: a short reference ("Nghị quyết 37") that no full
 * citation in the article resolves: the reader cannot tell which document it
 * is. Once per reference as written; the registry's candidates are named.
 *
 * Fails:  "Nghị quyết 37 đã đi vào cuộc sống" with no full 37-NQ/TW before it
 * Passes: "Nghị quyết số 37-NQ/TW ngày 01/7/2004 ... Nghị quyết 37 đã đi vào cuộc sống"
 */
import { foldKey } from '../../article/normalize.js';
import { citationsOf, vnDate } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';

const rule: ArticleRule = {
  id: 'citation-short-unresolved',
  level: 'warning',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'A short reference ("Nghị quyết 37") with no full citation in the article to resolve it. ' +
    'Fails: "Nghị quyết 37 đã đi vào cuộc sống" alone. Passes: the same after "Nghị quyết số 37-NQ/TW ngày 01/7/2004".',
  check({ article: a, work, registry }, report) {
    const reg = registry!;
    const unresolved = new Set<string>(); // reported once per article
    for (const r of citationsOf(work, reg).shorts) {
      const said = `${r.typeWord} ${r.number}`;
      if (r.id || unresolved.has(said)) continue;
      unresolved.add(said);
      const text = a.text.slice(r.start, r.end).replace(/\s+/g, ' ');
      const known = reg.byNumber.get(r.number!.replace(/^0+(?=\d)/, '')) ?? [];
      const fit = known.filter((e) => !e.kind || foldKey(e.kind) === foldKey(r.typeWord)).slice(0, 3);
      const hint = fit.length ? ` (the registry has ${fit.map((e) => `${e.id}${e.date ? ` of ${vnDate(e.date)}` : ''}`).join(', ')})` : '';
      report({ message: `"${text}" names no document cited in full in this article: write its full number${hint}`, span: a.span(r.start, r.end) });
    }
  },
};
export default rule;
