/**
 * Article → facts. Each extractor declares what it needs; the pipeline runs
 * them in an order that puts an extractor after those whose facts it reads
 * (priorities after participants: a list's speaker is one of them), and only
 * those the asked fields need. The shared work (segmentation, names, mentions)
 * is done once per article, when first asked for, by its ArticleWork. Then the
 * extract preset of rules turns facts into the article's warnings.
 */
import type { Article } from './article/article.js';
import type { ArticleFacts, FactField, Span, Warning } from './types.js';
import { FACT_FIELDS } from './types.js';
import { ArticleWork, WORK_KEYS } from './extract/context.js';
import type { Deps, Extractor, Need } from './extract/extractor.js';
import citations from './extract/citations.js';
import dates from './extract/dates.js';
import horizons from './extract/horizons.js';
import participants from './extract/participants.js';
import organizations from './extract/organizations.js';
import places from './extract/places.js';
import priorities, { type ListReading } from './extract/priorities.js';
import agreements from './extract/agreements.js';
import related from './extract/related.js';
import type { ArticleRule, RuleOptions } from './check/rule.js';
import dateInvalid from './check/rules/date-invalid.js';
import enumerationGap from './check/rules/enumeration-gap.js';
import enumerationCountMismatch from './check/rules/enumeration-count-mismatch.js';
import sectorUnknown from './check/rules/sector-unknown.js';
import titleMissing from './check/rules/title-missing.js';

export { ArticleWork };

export interface ExtractOptions {
  /** fact fields to compute; all when omitted */
  fields?: readonly FactField[];
}

const isField = (n: Need): n is FactField => (FACT_FIELDS as readonly string[]).includes(n);

/** Every extractor, in an order where each comes after the extractors whose facts it needs. */
export const EXTRACTORS: readonly Extractor[] = ordered([citations, dates, horizons, participants, organizations, places, priorities, agreements, related]);

/**
 * A topological order (depth first, the listed order kept where the needs allow):
 * a need nobody fills or a cycle is a programming error, found when the module loads.
 */
export function ordered(list: readonly Extractor[]): Extractor[] {
  const byId = new Map(list.map((x) => [x.id, x]));
  const out: Extractor[] = [];
  const state = new Map<Extractor, 'visiting' | 'done'>();
  const visit = (x: Extractor, path: string[]) => {
    if (state.get(x) === 'done') return;
    if (state.get(x) === 'visiting') throw new Error(`extractors need each other: ${[...path, x.id].join(' → ')}`);
    state.set(x, 'visiting');
    for (const n of x.needs.filter(isField)) {
      const dep = byId.get(n);
      if (!dep) throw new Error(`extractor "${x.id}" needs "${n}", which no extractor fills`);
      visit(dep, [...path, x.id]);
    }
    state.set(x, 'done');
    out.push(x);
  };
  for (const x of list) visit(x, []);
  return out;
}

const plans = new Map<string, Extractor[]>();
/** The extractors that the fields need, in order: those asked and those whose facts they read. */
export function plan(fields: readonly FactField[], extractors: readonly Extractor[] = EXTRACTORS): Extractor[] {
  const key = extractors === EXTRACTORS ? fields.join(',') : null;
  const known = key !== null ? plans.get(key) : undefined;
  if (known) return known;
  const need = new Set<FactField>(fields);
  // needs point backwards in the order: one pass from the end closes the set
  for (let i = extractors.length - 1; i >= 0; i--) {
    if (need.has(extractors[i].id)) for (const n of extractors[i].needs) if (isField(n)) need.add(n);
  }
  const out = extractors.filter((x) => need.has(x.id));
  if (key !== null) plans.set(key, out);
  return out;
}

/**
 * What one extractor is given: the needs it declared, each computed when first read (the agreements
 * extractor reads the segmentation only in an article that signs something). A need it did not
 * declare is an error. The getters sit on the prototype, defined once: getters defined per
 * article would give every deps object a shape of its own (a third more memory on the corpus).
 */
class Given {
  constructor(readonly work: ArticleWork, readonly facts: Partial<ArticleFacts>, readonly needs: readonly Need[]) {}
}
for (const k of [...WORK_KEYS, ...FACT_FIELDS]) {
  Object.defineProperty(Given.prototype, k, {
    get(this: Given) {
      if (!this.needs.includes(k)) throw new Error(`an extractor read "${k}" without declaring it in its needs`);
      return isField(k) ? this.facts[k] : this.work[k];
    },
  });
}
const depsOf = (x: Extractor, work: ArticleWork, facts: Partial<ArticleFacts>) => new Given(work, facts, x.needs) as unknown as Deps;

/** One extractor on its own (tests; a need may be given instead of computed: other participants, say). */
export function runExtractor(x: Extractor, a: Article, given: Partial<Deps> = {}, work = new ArticleWork(a)): ReturnType<Extractor['run']> {
  const facts: Partial<ArticleFacts> = {};
  for (const y of plan(x.needs.filter(isField))) if (!(y.id in given)) Object.assign(facts, y.run(a, depsOf(y, work, facts)));
  const deps = Object.create(depsOf(x, work, facts)) as Deps;
  for (const [k, v] of Object.entries(given)) Object.defineProperty(deps, k, { value: v });
  return x.run(a, deps);
}

/**
 * The extract preset: the rules whose messages `extract` prints as warnings,
 * in this order, each when the fields its facts come from were asked for.
 * The title rule says it in a word here; `check` explains it.
 */
const EXTRACT_PRESET: ReadonlyArray<{ rule: ArticleRule; options?: RuleOptions; perList?: true }> = [
  { rule: dateInvalid }, { rule: enumerationGap, perList: true }, { rule: enumerationCountMismatch, perList: true },
  { rule: sectorUnknown }, { rule: titleMissing, options: { explain: false } },
];

/**
 * The list rules' warnings list by list, as the lists were read: a list's gap, then its count, then the
 * next list's ("ba nhiệm vụ" announced over two items, then "Thứ tư" after "Thứ hai" in the next list).
 * Each warning's span is the very span of an item or of the announced count of its list.
 */
function byList(ws: Warning[], lists: readonly ListReading[]): Warning[] {
  if (ws.length < 2) return ws;
  const at = new Map<Span, number>();
  lists.forEach((l, i) => {
    for (const it of l.items) at.set(it.span, i);
    if (l.announced) at.set(l.announced.span, i);
  });
  const list = (w: Warning) => (w.span && at.get(w.span)) ?? lists.length;
  return ws.sort((x, y) => list(x) - list(y));
}

function warningsOf(a: Article, facts: ArticleFacts, work: ArticleWork, want: ReadonlySet<FactField>): Warning[] {
  const out: Warning[] = [];
  const perList: Warning[] = [];
  for (const { rule, options, perList: grouped } of EXTRACT_PRESET) {
    if (!rule.needs.every((f) => want.has(f))) continue;
    if (!grouped && perList.length) out.push(...byList(perList.splice(0), work.enumerations));
    const to = grouped ? perList : out;
    rule.check({ article: a, facts, work, options: { ...rule.options, ...options }, registry: null }, (p) => to.push({ code: rule.id, message: p.message, span: p.span }));
  }
  if (perList.length) out.push(...byList(perList, work.enumerations));
  return out;
}

export function extractFacts(a: Article, opts: ExtractOptions = {}, work = new ArticleWork(a)): ArticleFacts {
  const fields = opts.fields ?? FACT_FIELDS;
  const want = new Set<FactField>(fields);
  const found: Partial<ArticleFacts> = {};
  for (const x of plan(fields)) Object.assign(found, x.run(a, depsOf(x, work, found)));
  // only the fields asked for are shown: what was computed for another extractor's sake is not
  const pick = <K extends FactField | 'cooperationFields'>(k: K, field: FactField = k as FactField): ArticleFacts[K] =>
    (want.has(field) ? found[k] : undefined) ?? ([] as unknown as ArticleFacts[K]);
  const facts: ArticleFacts = {
    file: a.file,
    title: a.title,
    published: a.published,
    publication: a.published ? {
      value: a.published,
      text: a.publishedText ?? a.published,
      precision: a.publishedPrecision ?? 'day',
      evidence: a.publishedEvidence,
      span: a.publishedRange && a.publishedRange.end > a.publishedRange.start ? a.span(a.publishedRange.start, a.publishedRange.end) : null,
    } : null,
    source: a.source,
    citations: pick('citations'), dates: pick('dates'), horizons: pick('horizons'), participants: pick('participants'),
    organizations: pick('organizations'), places: pick('places'), priorities: pick('priorities'),
    agreements: pick('agreements'), cooperationFields: pick('cooperationFields', 'agreements'), related: pick('related'),
    warnings: [],
  };
  facts.warnings = warningsOf(a, facts, work, want);
  return facts;
}
