/**
 * citation-unknown: a document the registry does not know, so only its form,
 * kind and consistency could be checked. Reported once per document, on its
 * first mention, and the registry's near misses named: the same number of
 * another date or term, or a nearly identical number of the same day (a typing
 * slip: 73-NQ/TW for 37-NQ/TW).
 *
 * Fails:  "Nghị quyết số 99-NQ/TW ngày 01/7/2004" (not registered)
 * Passes: "Nghị quyết số 37-NQ/TW ngày 01/7/2004" (registered)
 */
import type { CitationMention } from '../../extract/citations.js';
import type { Registry, RegistryEntry } from '../../cite/registry.js';
import { nearest } from '../../text/nearest.js';
import { citationsOf, docKey, kindName, vnDate } from '../citations/analysis.js';
import type { ArticleRule } from '../rule.js';

/** The registry's documents by date, built once per registry. */
const BY_DATE = new WeakMap<Registry, Map<string, RegistryEntry[]>>();

/**
 * An unknown number cited with a date on which the registry has a document
 * whose number is nearly the same (`73-NQ/TW ngày 01/7/2004` for 37-NQ/TW of
 * that day): most likely a typing slip. Only documents of the same date are
 * compared, so an unregistered document is never "corrected" to any
 * similar-looking number, and the cost is one lookup, not a scan of the registry.
 */
function mistypedNumberOf(reg: Registry, m: CitationMention): RegistryEntry | null {
  if (!m.date) return null;
  let byDate = BY_DATE.get(reg);
  if (!byDate) {
    byDate = new Map();
    for (const e of reg.entries) {
      if (!e.date) continue;
      const list = byDate.get(e.date);
      if (list) list.push(e); else byDate.set(e.date, [e]);
    }
    BY_DATE.set(reg, byDate);
  }
  const sameDay = byDate.get(m.date) ?? [];
  const id = nearest(m.id, sameDay.map((e) => e.id), 0.85);
  return id ? sameDay.find((e) => e.id === id) ?? null : null;
}

const rule: ArticleRule = {
  id: 'citation-unknown',
  level: 'info',
  scope: 'article',
  needs: [],
  registry: true,
  description:
    'The document is not in the registry: only its form, kind and consistency were checked. Once per document; the registry\'s ' +
    'documents of the same number, or of a nearly identical number and the same date, are named. ' +
    'Fails: "Nghị quyết số 99-NQ/TW ngày 01/7/2004" (not registered). Passes: "Nghị quyết số 37-NQ/TW ngày 01/7/2004".',
  check({ article: a, work, registry }, report) {
    const reg = registry!;
    const { mentions, entries } = citationsOf(work, reg);
    const reported = new Set<string>();
    mentions.forEach((m, i) => {
      if (entries[i] || reported.has(docKey(m, null))) return;
      reported.add(docKey(m, null));
      const name = `${kindName(m, null)} ${m.id}`;
      // the same number of another term or year is registered: say so, the date may be the mistake
      const same = (reg.byId.get(m.id) ?? []).map((x) => `${x.id}${x.date ? ` of ${vnDate(x.date)}` : x.term ? ` (khóa ${x.term})` : ''}`);
      const typo = same.length ? null : mistypedNumberOf(reg, m);
      report({
        message: same.length
          ? `${name}${m.date ? ` of ${vnDate(m.date)}` : ''} is not in the registry, which has ${same.join(', ')}: another document with the same number, or a wrong date or term?`
          : typo
            ? `${name} of ${vnDate(m.date!)} is not in the registry, which has ${typo.kind ?? 'a document'} ${typo.id} of the same date: is the number mistyped?`
            : `${name} is not in the registry: only its form, kind and consistency were checked`,
        span: a.span(m.numStart, m.numEnd),
      });
    });
  },
};
export default rule;
