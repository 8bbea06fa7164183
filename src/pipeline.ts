/**
 * Article → facts. The extractors run in dependency order (dates need the
 * citation mentions to tell a document's date from an event's) and only the
 * fields asked for are computed.
 */
import type { Article } from './article/article.js';
import type { ArticleFacts, FactField, Warning } from './types.js';
import { FACT_FIELDS } from './types.js';
import { citations, findCitationMentions } from './extract/citations.js';
import { dates } from './extract/dates.js';
import { horizons } from './extract/horizons.js';

export interface ExtractOptions {
  /** fact fields to compute; all when omitted */
  fields?: readonly FactField[];
}

export function extractFacts(a: Article, opts: ExtractOptions = {}): ArticleFacts {
  const want = new Set<FactField>(opts.fields ?? FACT_FIELDS);
  const warnings: Warning[] = [];
  const mentions = want.has('citations') || want.has('dates') ? findCitationMentions(a) : [];
  const facts: ArticleFacts = {
    file: a.file,
    title: a.title,
    published: a.published,
    source: a.source,
    citations: [], dates: [], horizons: [], participants: [], organizations: [], places: [],
    priorities: [], agreements: [], related: [],
    warnings,
  };
  if (want.has('citations')) facts.citations = citations(a, mentions);
  if (want.has('dates')) {
    const d = dates(a, mentions);
    facts.dates = d.dates;
    warnings.push(...d.warnings);
  }
  if (want.has('horizons')) facts.horizons = horizons(a);
  if (want.has('related')) {
    facts.related = a.related.map((r) => ({ text: a.text.slice(r.start, r.end), span: a.span(r.start, r.end) }));
  }
  if (!a.title) warnings.push({ code: 'title-missing', message: 'no title line found', span: null });
  return facts;
}
