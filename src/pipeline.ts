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
import { participants } from './extract/participants.js';
import { organizations } from './extract/organizations.js';
import { places } from './extract/places.js';
import { priorities } from './extract/priorities.js';
import { agreements } from './extract/agreements.js';

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
    publication: a.published ? {
      value: a.published,
      text: a.publishedText ?? a.published,
      precision: a.publishedPrecision ?? 'day',
      evidence: a.publishedEvidence,
      span: a.publishedRange && a.publishedRange.end > a.publishedRange.start ? a.span(a.publishedRange.start, a.publishedRange.end) : null,
    } : null,
    source: a.source,
    citations: [], dates: [], horizons: [], participants: [], organizations: [], places: [],
    priorities: [], agreements: [], cooperationFields: [], related: [],
    warnings,
  };
  if (want.has('citations')) facts.citations = citations(a, mentions);
  if (want.has('dates')) {
    const d = dates(a, mentions);
    facts.dates = d.dates;
    warnings.push(...d.warnings);
  }
  if (want.has('horizons')) facts.horizons = horizons(a);
  // enumerations are attributed to a speaker among the participants
  if (want.has('participants') || want.has('priorities')) facts.participants = participants(a);
  if (want.has('organizations')) facts.organizations = organizations(a);
  if (want.has('places')) facts.places = places(a);
  if (want.has('priorities')) {
    const p = priorities(a, facts.participants);
    facts.priorities = p.priorities;
    warnings.push(...p.warnings);
  }
  if (want.has('agreements')) {
    const g = agreements(a);
    facts.agreements = g.agreements;
    facts.cooperationFields = g.cooperationFields;
    warnings.push(...g.warnings);
  }
  if (want.has('related')) {
    facts.related = a.related.map((r) => ({ text: r.text, span: a.span(r.start, r.end) }));
  }
  if (!a.title) warnings.push({ code: 'title-missing', message: 'no title line found', span: null });
  return facts;
}
