/**
 * citation-inconsistent: the same document cited with different dates or
 * terms, within one article or across the corpus. At most one of the two is
 * right; the message names the other place.
 *
 * Fails:  "Nghị quyết số 37-NQ/TW ngày 01/7/2004 ... Nghị quyết số 37-NQ/TW ngày 10/7/2004"
 * Passes: "Nghị quyết số 37-NQ/TW ngày 01/7/2004 ... Nghị quyết số 37-NQ/TW ngày 01/7/2004"
 *
 * Within an article the reference is the mention that agrees with the
 * registry, else the first not already judged wrong (citation-date-mismatch,
 * citation-term-mismatch); across articles it is the registry's value, else
 * the one most articles give. An unregistered number is compared only with
 * the mentions that can be the same document (Party numbers restart each
 * term, yearless State numbers each year).
 */
import type { ArticleWork } from '../../extract/context.js';
import type { CitationMention } from '../../extract/citations.js';
import {
  citationSummaries, citationsOf, dateConflict, differentDocuments, documentClass, kindName, partSpan, termConflict, vnDate,
  type CitationSummary,
} from '../citations/analysis.js';
import type { CorpusRule, Report } from '../rule.js';
import type { Registry } from '../../cite/registry.js';

const FIELDS = ['date', 'term'] as const;
const show = (field: 'date' | 'term', v: string) => (field === 'date' ? vnDate(v) : `khóa ${v}`);

/** The same document cited with different dates or terms in one article. */
function withinArticle(work: ArticleWork, reg: Registry, report: Report): void {
  const a = work.article;
  const { mentions, entries, byDoc } = citationsOf(work, reg);
  for (const idx of byDoc.values()) {
    for (const field of FIELDS) {
      const stated = idx.filter((i) => mentions[i][field]);
      if (stated.length < 2) continue;
      const e = entries[stated[0]];
      const judgedWrong = (j: number) => (field === 'date' ? dateConflict(mentions[j], entries[j]) : termConflict(mentions[j], entries[j])) !== null;
      const part = (m: CitationMention) => (field === 'date' ? partSpan(a, m.dateStart, m.dateEnd, m) : partSpan(a, m.termStart, m.termEnd, m));
      // the reference of the mentions that can be one document with m: found once per class
      // of such mentions (a term or a year), not once per mention
      const refs = new Map<string, number>();
      const refOf = (m: CitationMention): number => {
        const cls = e ? '' : documentClass(m);
        let ref = refs.get(cls);
        if (ref === undefined) {
          const peers = stated.filter((j) => e || !differentDocuments(m, mentions[j]));
          ref = peers.find((j) => e?.[field] && mentions[j][field] === e[field]) ?? peers.find((j) => !judgedWrong(j)) ?? peers[0];
          refs.set(cls, ref);
        }
        return ref;
      };
      for (const i of stated) {
        const m = mentions[i];
        const rm = mentions[refOf(m)];
        if (m[field] === rm[field]) continue;
        const there = part(rm);
        report({
          message: `${kindName(m, entries[i])} ${m.id} is cited with ${field} ${show(field, rm[field]!)} at line ${there.line}, column ${there.column}, and ${show(field, m[field]!)} here`,
          span: part(m),
          related: [{ file: a.file, span: there, message: `${m.id} cited with ${show(field, rm[field]!)}` }],
        });
      }
    }
  }
}

const rule: CorpusRule<CitationSummary[]> = {
  id: 'citation-inconsistent',
  level: 'error',
  scope: 'corpus',
  needs: [],
  registry: true,
  description:
    'The same document is cited with different dates or terms, in one article or across the corpus; the other citation is named. ' +
    'Fails: "Nghị quyết số 37-NQ/TW ngày 01/7/2004" and later "Nghị quyết số 37-NQ/TW ngày 10/7/2004". ' +
    'Passes: both with ngày 01/7/2004.',
  checkArticle({ work, registry }, report) {
    withinArticle(work, registry!, report);
  },
  summarize({ work, registry }) {
    const s = citationSummaries(work, registry!);
    return s.length ? s : undefined;
  },
  /**
   * Across articles: citations grouped by document, so the cost is linear; in
   * each group the registry's value, else the one most articles give, is the
   * reference and every other is reported with it.
   */
  check(items, report) {
    const groups = new Map<string, Array<{ file: string; c: CitationSummary }>>();
    for (const it of items) {
      for (const c of it.summary) {
        const g = groups.get(c.group);
        if (g) g.push({ file: it.file, c }); else groups.set(c.group, [{ file: it.file, c }]);
      }
    }
    for (const g of groups.values()) {
      const known = g[0].c.known;
      for (const field of FIELDS) {
        const stated = g.filter((x) => x.c[field]);
        if (new Set(stated.map((x) => x.file)).size < 2) continue;
        // per value, the files that give it
        const byValue = new Map<string, Array<{ file: string; c: CitationSummary }>>();
        for (const x of stated) {
          const list = byValue.get(x.c[field]!);
          if (list) list.push(x); else byValue.set(x.c[field]!, [x]);
        }
        if (byValue.size < 2) continue;
        const refValue = known?.[field] && byValue.has(known[field]!) ? known[field]! : [...byValue.entries()].sort((p, q) => q[1].length - p[1].length)[0][0];
        const ref = byValue.get(refValue)![0];
        const refSpan = (field === 'date' ? ref.c.dateSpan : ref.c.termSpan) ?? ref.c.span;
        for (const [v, xs] of byValue) {
          if (v === refValue) continue;
          for (const x of xs) {
            if (x.file === ref.file) continue; // within one article: checkArticle reports it
            report({
              file: x.file,
              span: (field === 'date' ? x.c.dateSpan : x.c.termSpan) ?? x.c.span,
              message: `${x.c.id} is cited with ${field} ${show(field, refValue)} in ${ref.file} (line ${refSpan.line}) and ${show(field, v)} here`,
              related: [{ file: ref.file, span: refSpan, message: `${x.c.id} cited with ${show(field, refValue)}` }],
            });
          }
        }
      }
    }
  },
};
export default rule;
