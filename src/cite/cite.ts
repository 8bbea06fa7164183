/**
 * `linkage cite` as a library: a preset of `linkage check`'s rules (the
 * eleven citation rules at their default severities, run by the one engine)
 * and, for each article, its citation table: every citation in text order
 * with the registry entry it names, the messages about it and a status.
 */
import type { Article } from '../article/article.js';
import type { Message } from '../findings.js';
import type { Span } from '../types.js';
import type { RegistryEntry, Registry } from './registry.js';
import { resolveConfig, type CheckConfig } from '../check/config.js';
import { byPosition, createEngine, type Engine } from '../check/engine.js';
import { CITATION_RULES } from '../check/rules/index.js';
import { citationsOf } from '../check/citations/analysis.js';
import { ArticleWork, extractFacts } from '../pipeline.js';

export type CitationStatus = 'correct' | 'unknown' | 'superseded' | 'problem';

/** One citation as the table shows it. */
export interface CitationView {
  id: string;
  /** null for a short reference that resolved to nothing */
  key: string | null;
  short: boolean;
  text: string;
  start: number; end: number;
  span: Span;
  status: CitationStatus;
  entry: RegistryEntry | null;
  /** the messages about this citation, in the order the checks run */
  findings: Message[];
}

/** One article cited: its messages (sorted by position) and its citation table. */
export interface CitedArticle { findings: Message[]; views: CitationView[] }

export interface Cite {
  registry: Registry;
  article(a: Article): CitedArticle;
  /** the same document cited differently in two articles: after the last article */
  corpus(): Message[];
}

/** The preset: every citation rule at its default severity, with the registry files given. */
export function citeConfig(registry: string[] = [], cwd = process.cwd()): CheckConfig {
  return { ...resolveConfig(CITATION_RULES, {}, null, cwd), registry };
}

export function createCite(registry: string[] = []): Cite {
  const engine: Engine = createEngine(CITATION_RULES, citeConfig(registry));
  const reg = engine.registry!;
  return {
    registry: reg,
    article(a) {
      // the rules and the table read the mentions the extraction found (one ArticleWork for all three)
      const work = new ArticleWork(a);
      const r = engine.articleResult(a, extractFacts(a, { fields: engine.fields }, work), work);
      // the table is written as each article is read: the engine keeps only what comparing articles needs
      engine.addSummaries(a.file, r.summaries);
      return { findings: byPosition([...r.findings]), views: citationViews(work, reg, r.findings) };
    },
    // a message comparing articles names its file before its text, as `linkage cite`'s JSON always has
    corpus: () => engine.corpus().map(({ code, severity, file, span, message, related }) => ({ code, severity, file, span, message, ...(related ? { related } : {}) })),
  };
}

/** The order a citation's messages are listed in: the rules' (its form, date, term, issuer, registry, other mentions). */
const ORDER = new Map(CITATION_RULES.map((r, i) => [r.id, i]));

/** An article's citations, each with the messages whose place lies within it. */
export function citationViews(work: ArticleWork, reg: Registry, messages: Message[]): CitationView[] {
  const a = work.article;
  const { mentions, entries, shorts } = citationsOf(work, reg);
  const views: CitationView[] = mentions.map((m, i) => ({
    id: m.id, key: entries[i]?.key ?? null, short: false, text: a.text.slice(m.start, m.end).replace(/\s+/g, ' '),
    start: m.start, end: m.end, span: a.span(m.start, m.end), entry: entries[i], findings: [], status: 'correct',
  }));
  for (const r of shorts) {
    const text = a.text.slice(r.start, r.end).replace(/\s+/g, ' ');
    views.push({
      id: r.id ?? text, key: null, short: true, text, start: r.start, end: r.end, span: a.span(r.start, r.end), entry: null, findings: [],
      status: r.id ? 'correct' : 'problem',
    });
  }
  views.sort((x, y) => x.start - y.start);
  // citations do not overlap: a message belongs to the one its place starts in
  const sorted = byPosition([...messages]);
  let k = 0;
  for (const f of sorted) {
    if (!f.span) continue;
    while (k < views.length && views[k].span.end <= f.span.start) k++;
    if (k < views.length && views[k].span.start <= f.span.start) views[k].findings.push(f);
  }
  for (const v of views) {
    v.findings.sort((x, y) => (ORDER.get(x.code) ?? 0) - (ORDER.get(y.code) ?? 0));
    if (!v.short) v.status = statusOf(v.entry, v.findings);
  }
  // a document's status holds for all its mentions (the message is on the first)
  const superseded = new Set(views.filter((v) => v.status === 'superseded').map((v) => v.key));
  for (const v of views) if (v.status === 'correct' && superseded.has(v.key)) v.status = 'superseded';
  return views;
}

function statusOf(e: RegistryEntry | null, fs: Message[]): CitationStatus {
  if (fs.some((f) => f.severity === 'error' || (f.severity === 'warning' && f.code !== 'citation-superseded'))) return 'problem';
  if (!e) return 'unknown';
  // superseded after the article was published: it was in force when written
  return fs.some((f) => f.code === 'citation-superseded' && f.severity === 'warning') ? 'superseded' : 'correct';
}
