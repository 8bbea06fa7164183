/**
 * What the citation rules share about one article: its citation mentions, the
 * registry entry each names, and the judgements two rules or the citation
 * table both need (is a date or term contradicted, which document is meant).
 * Computed once per article and registry, whichever rule asks first; each rule
 * words its own messages (src/check/rules/citation-*.ts).
 */
import type { ArticleWork } from '../../extract/context.js';
import type { Article } from '../../article/article.js';
import type { Span } from '../../types.js';
import { findShortReferences, type CitationMention, type ShortReference } from '../../extract/citations.js';
import { resolve, type Registry, type RegistryEntry } from '../../cite/registry.js';
import { termAt, termFitsDate, termOfAssemblyCode, type TermBody } from '../../cite/terms.js';

export interface ArticleCitations {
  /** the publication date, at most a day (YYYY, YYYY-MM or YYYY-MM-DD) */
  published: string | null;
  mentions: CitationMention[];
  /** the registry entry of each mention, or null */
  entries: Array<RegistryEntry | null>;
  /** registry key (else id) → indices of the mentions of that document, in text order */
  byDoc: Map<string, number[]>;
  /** ids cited in full in the article */
  citedIds: Set<string>;
  shorts: ShortReference[];
}

/**
 * The work last analysed: the engine runs every rule on one article before
 * the next, so one slot is all the sharing needs (a WeakMap over thousands of
 * articles doubled the collector's work). The mentions are the extraction's own
 * (ArticleWork), not found a second time.
 */
let last: { w: ArticleWork; reg: Registry; c: ArticleCitations } | null = null;

/** The citations of an article, resolved against a registry (computed once per article). */
export function citationsOf(w: ArticleWork, reg: Registry): ArticleCitations {
  if (last?.w === w && last.reg === reg) return last.c;
  const a = w.article;
  const mentions = w.citationMentions;
  const published = a.published?.slice(0, 10) ?? null;
  const entries = resolveMentions(reg, mentions, published);
  const byDoc = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = docKey(m, entries[i]);
    const list = byDoc.get(k);
    if (list) list.push(i); else byDoc.set(k, [i]);
  });
  const c: ArticleCitations = {
    published, mentions, entries, byDoc, citedIds: new Set(mentions.map((m) => m.id)), shorts: findShortReferences(a, mentions),
  };
  last = { w, reg, c };
  return c;
}

/**
 * Registry entries of the mentions. A bare re-mention ("Nghị quyết 11-NQ/TW"
 * with no date or term) names the same document as the mention of that id
 * which says more, not whatever entry is nearest the publication date.
 */
function resolveMentions(reg: Registry, mentions: CitationMention[], published: string | null): Array<RegistryEntry | null> {
  const entries = mentions.map((m) => (m.date || m.term || m.issuer ? resolve(reg, m, published) : undefined));
  // the first entry resolved for each id
  const informed = new Map<string, RegistryEntry>();
  mentions.forEach((m, i) => { if (entries[i] && !informed.has(m.id)) informed.set(m.id, entries[i]!); });
  return mentions.map((m, i) => {
    if (entries[i] !== undefined) return entries[i]!;
    return informed.get(m.id) ?? resolve(reg, m, published);
  });
}

/** The document a mention names within its article: its registry key, else its number. */
export const docKey = (m: CitationMention, e: RegistryEntry | null) => e?.key ?? m.id;

/** "2004-07-01" → "01/7/2004", the way Vietnamese text writes it. */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${d}/${+m}/${y}` : m ? `${+m}/${y}` : y;
}

/** The year a State number carries (13/2020/NĐ-CP → 2020). */
export const yearInId = (id: string) => /^\d+[a-z]?\/((?:19|20)\d{2})\//.exec(id)?.[1] ?? null;
/** Numbers that restart with every year (1234/QĐ-TTg), unlike 13/2020/NĐ-CP and the Assembly's 59/2020/QH14. */
const yearless = (id: string) => !yearInId(id) && !/\/(?:UBTV)?QH\d/.test(id);

/** How a document is named in messages: its true kind, not a mistaken type word. */
export const kindName = (m: CitationMention, e: RegistryEntry | null) => e?.kind ?? m.kind ?? m.typeWord ?? 'Văn bản';

/** The span of a part of a mention (its date, term, ...), else of its number. */
export function partSpan(a: Article, s: number | null, e: number | null, m: CitationMention): Span {
  return s !== null && e !== null ? a.span(s, e) : a.span(m.numStart, m.numEnd);
}

/** What contradicts a mention's date: the registry's date, else the year in its number; null when nothing does. */
export function dateConflict(m: CitationMention, e: RegistryEntry | null): { registry: string } | { year: string } | null {
  if (!m.date) return null;
  if (e?.date) return m.date !== e.date ? { registry: e.date } : null;
  const year = yearInId(m.id);
  return year && year !== m.date.slice(0, 4) ? { year } : null;
}

function termBodyOf(m: CitationMention): TermBody | null {
  if (m.party) return 'party';
  return termOfAssemblyCode(m.issuerCode) ? 'nationalAssembly' : null;
}

/**
 * What contradicts a mention's term: the registry's term, else the one QHnn in
 * the number stands for (`expected`), else the document's date falling in
 * another term of its body (`body`, `date`); null when nothing does.
 */
export function termConflict(m: CitationMention, e: RegistryEntry | null):
  { expected: string; registry: boolean } | { body: TermBody; date: string } | null {
  if (!m.term) return null;
  const expected = e?.term ?? termOfAssemblyCode(m.issuerCode);
  if (expected) return m.term !== expected ? { expected, registry: Boolean(e?.term) } : null;
  const body = termBodyOf(m);
  const date = m.date ?? e?.date ?? null;
  return body && date && !termFitsDate(body, m.term, date) ? { body, date } : null;
}

/** The identity of a document cited but not registered: Party ids restart each term, yearless State ids each year. */
function unregisteredIdentity(id: string, party: boolean, date: string | null, term: string | null): string {
  if (party) return `${id}@${term ?? (date ? termAt('party', date) : null) ?? '?'}`;
  if (!yearless(id)) return id;
  return `${id}@${date?.slice(0, 4) ?? '?'}`;
}

/** What differentDocuments compares: mentions of one class are never two documents, and a mention with no date is of every class. */
export function documentClass(x: CitationMention): string {
  if (!x.date) return '*';
  if (x.party) return `t${termAt('party', x.date)}`;
  return yearless(x.id) ? `y${x.date.slice(0, 4)}` : '=';
}

/** Two unregistered mentions of one number that are two documents: dated in different terms (Party) or years (yearless State). */
export function differentDocuments(x: CitationMention, y: CitationMention): boolean {
  if (!x.date || !y.date) return false;
  if (x.party) return termAt('party', x.date) !== termAt('party', y.date);
  return yearless(x.id) && x.date.slice(0, 4) !== y.date.slice(0, 4);
}

/** What the corpus comparison needs of one citation with a date or term; serialisable. */
export interface CitationSummary {
  id: string;
  /** the document across articles: registry key, else the number with its term or year */
  group: string;
  /** the registry's date and term of that document, if registered */
  known: { date: string | null; term: string | null } | null;
  date: string | null;
  term: string | null;
  text: string;
  span: Span;
  dateSpan: Span | null;
  termSpan: Span | null;
}

/** The citations of an article that state a date or term, for comparing articles. */
export function citationSummaries(w: ArticleWork, reg: Registry): CitationSummary[] {
  const a = w.article;
  const { mentions, entries } = citationsOf(w, reg);
  const out: CitationSummary[] = [];
  mentions.forEach((m, i) => {
    const e = entries[i];
    // a value already judged wrong is no reference for other articles
    const dateOk = !dateConflict(m, e);
    const termOk = !termConflict(m, e);
    if (!(m.date && dateOk) && !(m.term && termOk)) return;
    const date = dateOk ? m.date : null, term = termOk ? m.term : null;
    const group = e?.key ?? unregisteredIdentity(m.id, /^\d+[a-z]?-/.test(m.id), date, term);
    const g = reg.byKey.get(group);
    out.push({
      id: m.id, group, known: g ? { date: g.date, term: g.term } : null, date, term,
      text: a.text.slice(m.start, m.end).replace(/\s+/g, ' '), span: a.span(m.start, m.end),
      dateSpan: dateOk && m.dateStart !== null ? a.span(m.dateStart, m.dateEnd!) : null,
      termSpan: termOk && m.termStart !== null ? a.span(m.termStart, m.termEnd!) : null,
    });
  });
  return out;
}
