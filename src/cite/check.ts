/**
 * The citation checks of `linkage cite` (and of `linkage check`): each
 * citation's form, kind word, date, issuer and term, against the registry when
 * the document is known and against what the number itself says when it is
 * not (13/2020/NĐ-CP is of 2020; QH14 is khóa XIV; a Party term has dates);
 * the same document cited differently in one article or across a corpus;
 * unknown and superseded documents; short references with no full form.
 */
import type { Article } from '../article/article.js';
import type { Finding, Severity } from '../findings.js';
import type { Span } from '../types.js';
import {
  findCitationMentions, findShortReferences, isKindCode, issuerCodeOfName, issuerNames, typeWordFits,
  type CitationMention, type ShortReference,
} from '../extract/citations.js';
import { foldKey } from '../article/normalize.js';
import { segmentation, sentenceAt } from '../article/segment.js';
import { citeCues } from '../data.js';
import { L, R, alternation } from '../text/regex.js';
import { resolve, sameIssuer, successor, type Registry, type RegistryEntry } from './registry.js';
import { describeTerm, termAt, termFitsDate, termOfAssemblyCode, type TermBody } from './terms.js';
import { nearest } from '../text/nearest.js';

export const CITATION_CHECKS: Array<{ code: string; severity: Severity; description: string }> = [
  { code: 'citation-malformed', severity: 'error', description: 'the number is not written in its canonical form (37/NQ-TW, 37 NQ/TW, 37-NQ-TW for 37-NQ/TW)' },
  { code: 'citation-kind-mismatch', severity: 'error', description: 'the type word does not fit the number ("Nghị định 37-NQ/TW"), or contradicts the registry' },
  { code: 'citation-date-invalid', severity: 'error', description: 'the date given for the document does not exist (31/02/2020)' },
  { code: 'citation-date-mismatch', severity: 'error', description: 'the date contradicts the registry, or the year in the number (13/2020/NĐ-CP dated 2019)' },
  { code: 'citation-term-mismatch', severity: 'error', description: 'the term ("khóa IX") contradicts the registry, the QHnn of the number, or the document\'s date' },
  { code: 'citation-issuer-mismatch', severity: 'error', description: 'the issuer contradicts the registry or the issuer code of the number' },
  { code: 'citation-inconsistent', severity: 'error', description: 'the same document is cited with different dates or terms (in one article, or across the corpus)' },
  { code: 'citation-date-future', severity: 'warning', description: 'the document is dated after the article was published' },
  { code: 'citation-superseded', severity: 'warning', description: 'the document was superseded before the article was published, which neither names its successor nor treats it as past (info otherwise)' },
  { code: 'citation-short-unresolved', severity: 'warning', description: 'a short reference ("Nghị quyết 37") with no full citation in the article to resolve it' },
  { code: 'citation-unknown', severity: 'info', description: 'the document is not in the registry: only its form, kind and consistency were checked' },
];
const SEVERITY = new Map(CITATION_CHECKS.map((c) => [c.code, c.severity]));

const CUES = citeCues();
const HISTORICAL_RE = new RegExp(`${L}(?:${alternation(CUES.historical)})${R}`, 'iu');
/** The sentence around a mention, at most 300 characters either side (a text without stops is one sentence). */
const sentenceText = (a: Article, at: number, end: number) => {
  const s = sentenceAt(segmentation(a), at);
  return s ? a.text.slice(Math.max(s.start, at - 300), Math.min(s.end, end + 300)) : '';
};

/** What `linkage check` needs of one citation to compare articles; serialisable. */
export interface CitationSummary {
  id: string;
  /** the registry entry it resolved to, if known */
  key: string | null;
  date: string | null;
  term: string | null;
  text: string;
  span: Span;
  dateSpan: Span | null;
  termSpan: Span | null;
}

export type CitationStatus = 'correct' | 'unknown' | 'superseded' | 'problem';

/** One mention as the report shows it. */
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
  findings: Finding[];
}

export interface ArticleCitationCheck {
  findings: Finding[];
  summaries: CitationSummary[];
  views: CitationView[];
}

/** "2004-07-01" → "01/7/2004", the way Vietnamese text writes it. */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${d}/${+m}/${y}` : m ? `${+m}/${y}` : y;
}

function termBodyOf(m: CitationMention): TermBody | null {
  if (m.party) return 'party';
  return termOfAssemblyCode(m.issuerCode) ? 'nationalAssembly' : null;
}
const yearInId = (id: string) => /^\d+[a-z]?\/((?:19|20)\d{2})\//.exec(id)?.[1] ?? null;
/** How a document is named in messages: its true kind, not a mistaken type word. */
const kindName = (m: CitationMention, e: RegistryEntry | null) => e?.kind ?? m.kind ?? m.typeWord ?? 'Văn bản';

// kind words that, written in lower case, are as often common nouns or verbs ("theo quy định số ...",
// "ban hành kèm theo hướng dẫn 122/2000/TT-BTC", "công văn số 723 TC/TCT"): no kind check then
const GENERIC_KIND_WORDS = new Set(['quy định', 'quyết định', 'hướng dẫn', 'thông báo', 'báo cáo', 'kế hoạch', 'chương trình',
  'chương trình hành động', 'công văn', 'văn bản', 'đề án', 'dự án', 'phương án', 'tờ trình', 'biên bản', 'hợp đồng',
  'thỏa thuận', 'lệnh', 'quy chế']);
function looseWord(a: Article, m: CitationMention): boolean {
  const written = a.text.slice(m.typeWordStart!, m.typeWordEnd!);
  return GENERIC_KIND_WORDS.has(foldKey(written)) && written === written.toLowerCase();
}

/** The identity of a document cited but not registered: Party ids restart each term, yearless State ids each year. */
function unregisteredIdentity(id: string, party: boolean, date: string | null, term: string | null): string {
  if (party) return `${id}@${term ?? (date ? termAt('party', date) : null) ?? '?'}`;
  if (yearInId(id) || /\/(?:UBTV)?QH\d/.test(id)) return id;
  return `${id}@${date?.slice(0, 4) ?? '?'}`;
}

export function checkArticleCitations(a: Article, facts: { published: string | null }, reg: Registry): Finding[] {
  return analyzeArticleCitations(a, facts, reg).findings;
}

/** What checkCorpusCitations needs of an article (use analyzeArticleCitations to get findings too). */
export function citationSummaries(a: Article, facts: { published: string | null }, reg: Registry): CitationSummary[] {
  return analyzeArticleCitations(a, facts, reg).summaries;
}

/** What differentDocuments compares: mentions of one class are never two documents, and a mention with no date is of every class. */
function documentClass(x: CitationMention): string {
  if (!x.date) return '*';
  if (x.party) return `t${termAt('party', x.date)}`;
  return !yearInId(x.id) && !/\/(?:UBTV)?QH\d/.test(x.id) ? `y${x.date.slice(0, 4)}` : '=';
}

/** Two unregistered mentions of one number that are two documents: dated in different terms (Party) or years (yearless State). */
function differentDocuments(x: CitationMention, y: CitationMention): boolean {
  if (!x.date || !y.date) return false;
  if (x.party) return termAt('party', x.date) !== termAt('party', y.date);
  return !yearInId(x.id) && !/\/(?:UBTV)?QH\d/.test(x.id) && x.date.slice(0, 4) !== y.date.slice(0, 4);
}

/** All per-article checks, with what the report and the corpus check need. */
export function analyzeArticleCitations(a: Article, facts: { published: string | null }, reg: Registry): ArticleCitationCheck {
  const published = facts.published?.slice(0, 10) ?? null;
  const mentions = findCitationMentions(a);
  const shorts = findShortReferences(a, mentions);
  const findings: Finding[] = [];

  const entries = resolveMentions(reg, mentions, published);
  const views: CitationView[] = [];
  const summaries: CitationSummary[] = [];

  // the mentions of each document, in text order
  const byDoc = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = entries[i]?.key ?? m.id;
    const list = byDoc.get(k);
    if (list) list.push(i); else byDoc.set(k, [i]);
  });
  const ctx: MentionContext = { a, reg, published, mentions, entries, byDoc, citedIds: new Set(mentions.map((m) => m.id)), reported: new Set() };
  mentions.forEach((m, i) => {
    const e = entries[i];
    const mine = [...formChecks(ctx, m, e), ...dateChecks(ctx, m, e), ...termChecks(ctx, m, e), ...issuerChecks(ctx, m, e), ...registryChecks(ctx, i)];
    findings.push(...mine);
    const span = a.span(m.start, m.end);
    views.push({
      id: m.id, key: e?.key ?? null, short: false, text: a.text.slice(m.start, m.end).replace(/\s+/g, ' '),
      start: m.start, end: m.end, span, entry: e, findings: mine, status: statusOf(e, mine),
    });
    // a value already reported as wrong is no reference for other articles
    const dateOk = !mine.some((f) => f.code === 'citation-date-mismatch');
    const termOk = !mine.some((f) => f.code === 'citation-term-mismatch');
    if ((m.date && dateOk) || (m.term && termOk)) {
      summaries.push({
        id: m.id, key: e?.key ?? null, date: dateOk ? m.date : null, term: termOk ? m.term : null, text: a.text.slice(m.start, m.end).replace(/\s+/g, ' '), span,
        dateSpan: dateOk && m.dateStart !== null ? a.span(m.dateStart, m.dateEnd!) : null,
        termSpan: termOk && m.termStart !== null ? a.span(m.termStart, m.termEnd!) : null,
      });
    }
  });

  for (const f of inconsistencies(ctx, views.map((v) => v.findings))) {
    findings.push(f.finding);
    const v = views[f.index];
    v.findings.push(f.finding);
    v.status = statusOf(entries[f.index], v.findings);
  }

  // a document's status holds for all its mentions (the finding is on the first)
  const superseded = new Set(views.filter((v) => v.status === 'superseded').map((v) => v.key));
  for (const v of views) if (v.status === 'correct' && superseded.has(v.key)) v.status = 'superseded';

  const unresolved = new Set<string>(); // reported once per article
  for (const r of shorts) {
    const v = shortView(a, r, reg, unresolved);
    findings.push(...v.findings);
    views.push(v);
  }
  views.sort((x, y) => x.start - y.start);
  findings.sort((x, y) => (x.span?.start ?? 0) - (y.span?.start ?? 0));
  return { findings, summaries, views };
}

function finding(a: Article, code: string, message: string, span: Span | null, related?: Finding['related']): Finding {
  const f: Finding = { code, severity: SEVERITY.get(code)!, message, file: a.file, span };
  if (related) f.related = related;
  return f;
}
/** The span of a part of a mention (its date, term, ...), else of its number. */
function partSpan(a: Article, s: number | null, e: number | null, m: CitationMention): Span {
  return s !== null && e !== null ? a.span(s, e) : a.span(m.numStart, m.numEnd);
}

interface MentionContext {
  a: Article;
  reg: Registry;
  published: string | null;
  mentions: CitationMention[];
  entries: Array<RegistryEntry | null>;
  /** registry key (else id) → indices of its mentions */
  byDoc: Map<string, number[]>;
  citedIds: Set<string>;
  /** documents already reported unknown or superseded: once per document */
  reported: Set<string>;
}

/** The number's form and the type word before it. */
function formChecks({ a }: MentionContext, m: CitationMention, e: RegistryEntry | null): Finding[] {
  const out: Finding[] = [];
  if (m.malformed) out.push(finding(a, 'citation-malformed', `"${m.written}" is not a well-formed number: ${m.malformed}`, a.span(m.numStart, m.numEnd)));
  if (!m.typeWord || looseWord(a, m)) return out;
  const span = partSpan(a, m.typeWordStart, m.typeWordEnd, m);
  if (!typeWordFits(m.typeWord, m.typeCode, m.issuerCode, m.party)) {
    out.push(finding(a, 'citation-kind-mismatch', `"${m.typeWord}" does not fit ${m.id}: ${m.typeCode ? `${m.typeCode} numbers a ${m.kind}` : `a number ending ${m.issuerCode} is not a ${m.typeWord}`}`, span));
  } else if (e?.kind && !m.typeCode && foldKey(e.kind) !== foldKey(m.typeWord)) {
    out.push(finding(a, 'citation-kind-mismatch', `${m.id} is a ${e.kind} in the registry; the article says ${m.typeWord}`, span));
  }
  return out;
}

/** The date: it exists, agrees with the registry (else with the year in the number), and precedes publication. */
function dateChecks({ a, published }: MentionContext, m: CitationMention, e: RegistryEntry | null): Finding[] {
  const out: Finding[] = [];
  const name = `${kindName(m, e)} ${m.id}`;
  const span = partSpan(a, m.dateStart, m.dateEnd, m);
  if (m.invalidDate) out.push(finding(a, 'citation-date-invalid', `${name} is dated ${m.invalidDate}, a date that does not exist${e?.date ? `; the registry has ${vnDate(e.date)}` : ''}`, span));
  if (!m.date) return out;
  const year = yearInId(m.id);
  if (e?.date && m.date !== e.date) {
    out.push(finding(a, 'citation-date-mismatch', `${name} is dated ${vnDate(e.date)} in the registry; the article says ${vnDate(m.date)}`, span));
  } else if (!e?.date && year && year !== m.date.slice(0, 4)) {
    out.push(finding(a, 'citation-date-mismatch', `${name} was issued in ${year}, as its number says; the article dates it ${vnDate(m.date)}`, span));
  }
  // the publication date may be a month or a year only: compare at its precision
  if (published && m.date.slice(0, published.length) > published) {
    out.push(finding(a, 'citation-date-future', `${name} is dated ${vnDate(m.date)}, after the article was published (${vnDate(published)})`, span));
  }
  return out;
}

/** The term: the registry's, else QHnn in the number, else the one the document's date falls in. */
function termChecks({ a }: MentionContext, m: CitationMention, e: RegistryEntry | null): Finding[] {
  if (!m.term) return [];
  const name = `${kindName(m, e)} ${m.id}`;
  const span = partSpan(a, m.termStart, m.termEnd, m);
  const body = termBodyOf(m);
  const expected = e?.term ?? termOfAssemblyCode(m.issuerCode);
  const date = m.date ?? e?.date ?? null;
  if (expected && m.term !== expected) {
    return [finding(a, 'citation-term-mismatch', `${name} is of khóa ${expected}${e?.term ? ' in the registry' : `, as ${m.issuerCode} in its number says`}; the article says khóa ${m.term}`, span)];
  }
  if (!expected && body && date && !termFitsDate(body, m.term, date)) {
    const right = termAt(body, date);
    return [finding(a, 'citation-term-mismatch', `${name} dated ${vnDate(date)} cannot be of ${describeTerm(body, m.term)}${right ? `; that date falls in khóa ${right}` : ''}`, span)];
  }
  return [];
}

/** The issuer: the registry's, else the one the issuer code of the number stands for. */
function issuerChecks({ a }: MentionContext, m: CitationMention, e: RegistryEntry | null): Finding[] {
  if (!m.issuer) return [];
  const span = partSpan(a, m.issuerStart, m.issuerEnd, m);
  if (e?.issuer) {
    return sameIssuer(m.issuer, e.issuer) ? []
      : [finding(a, 'citation-issuer-mismatch', `${kindName(m, e)} ${m.id} was issued by ${e.issuer} according to the registry; the article says ${m.issuer}`, span)];
  }
  const code = issuerCodeOfName(m.issuer);
  if (!code || !m.typeCode || !isKindCode(m.typeCode) || issuerCodeFits(code, m.issuerCode)) return [];
  const names = issuerNames(m.issuerCode);
  return [finding(a, 'citation-issuer-mismatch', `${m.id} is numbered as a document of ${names.length ? names[0] : m.issuerCode} (${m.issuerCode}); the article says ${m.issuer}`, span)];
}

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

/** Unknown to the registry, or superseded: reported once per document, on its first mention. */
function registryChecks(ctx: MentionContext, i: number): Finding[] {
  const { a, reg, published, mentions, entries, byDoc, citedIds, reported } = ctx;
  const m = mentions[i], e = entries[i];
  const docKey = e?.key ?? m.id;
  if (reported.has(docKey)) return [];
  const name = `${kindName(m, e)} ${m.id}`;
  const span = a.span(m.numStart, m.numEnd);
  if (!e) {
    reported.add(docKey);
    // the same number of another term or year is registered: say so, the date may be the mistake
    const same = (reg.byId.get(m.id) ?? []).map((x) => `${x.id}${x.date ? ` of ${vnDate(x.date)}` : x.term ? ` (khóa ${x.term})` : ''}`);
    const typo = same.length ? null : mistypedNumberOf(reg, m);
    return [finding(a, 'citation-unknown', same.length
      ? `${name}${m.date ? ` of ${vnDate(m.date)}` : ''} is not in the registry, which has ${same.join(', ')}: another document with the same number, or a wrong date or term?`
      : typo
        ? `${name} of ${vnDate(m.date!)} is not in the registry, which has ${typo.kind ?? 'a document'} ${typo.id} of the same date: is the number mistyped?`
        : `${name} is not in the registry: only its form, kind and consistency were checked`, span)];
  }
  if (e.status !== 'superseded') return [];
  reported.add(docKey);
  const succ = successor(reg, e);
  const succId = succ?.id ?? e.supersededBy;
  const succText = succId ? `${succId}${succ?.date ? ` of ${vnDate(succ.date)}` : ''}` : 'a later document';
  const after = Boolean(published && succ?.date && published >= succ.date);
  const named = succId ? citedIds.has(succId) : false;
  // an article that reviews the document or names its replacement cites it as past
  const historical = (byDoc.get(docKey) ?? []).some((j) => HISTORICAL_RE.test(sentenceText(a, mentions[j].start, mentions[j].end)));
  const f = finding(a, 'citation-superseded',
    `${name}${e.date ? ` (${vnDate(e.date)})` : ''} was superseded by ${succText}` +
    (after && !named && !historical ? `; the article, published ${vnDate(published!)}, does not name its successor`
      : after && named ? '; the article names its successor'
      : after ? '; the article treats it as past'
      : published ? `, after this article was published (${vnDate(published)})` : ''),
    span);
  if (!after || named || historical) f.severity = 'info';
  return [f];
}

/**
 * The same document cited with different dates or terms in one article. The
 * reference is the mention that agrees with the registry, else the first not
 * already reported wrong; an unregistered number is compared only with the
 * mentions that can be the same document.
 */
function inconsistencies(ctx: MentionContext, mentionFindings: Finding[][]): Array<{ index: number; finding: Finding }> {
  const { a, mentions, entries, byDoc } = ctx;
  const out: Array<{ index: number; finding: Finding }> = [];
  for (const idx of byDoc.values()) {
    for (const field of ['date', 'term'] as const) {
      const stated = idx.filter((i) => mentions[i][field]);
      if (stated.length < 2) continue;
      const e = entries[stated[0]];
      const mismatch = field === 'date' ? 'citation-date-mismatch' : 'citation-term-mismatch';
      const show = (v: string) => (field === 'date' ? vnDate(v) : `khóa ${v}`);
      const part = (m: CitationMention) => (field === 'date' ? partSpan(a, m.dateStart, m.dateEnd, m) : partSpan(a, m.termStart, m.termEnd, m));
      // the reference of the mentions that can be one document with m: found once per class
      // of such mentions (a term or a year), not once per mention
      const refs = new Map<string, number>();
      const refOf = (m: CitationMention): number => {
        const cls = e ? '' : documentClass(m);
        let ref = refs.get(cls);
        if (ref === undefined) {
          const peers = stated.filter((j) => e || !differentDocuments(m, mentions[j]));
          ref = peers.find((j) => e?.[field] && mentions[j][field] === e[field]) ??
            peers.find((j) => !mentionFindings[j].some((f) => f.code === mismatch)) ?? peers[0];
          refs.set(cls, ref);
        }
        return ref;
      };
      for (const i of stated) {
        const m = mentions[i];
        const ref = refOf(m);
        const rm = mentions[ref];
        if (m[field] === rm[field]) continue;
        const there = part(rm);
        out.push({ index: i, finding: finding(a, 'citation-inconsistent',
          `${kindName(m, entries[i])} ${m.id} is cited with ${field} ${show(rm[field]!)} at line ${there.line}, column ${there.column}, and ${show(m[field]!)} here`,
          part(m), [{ file: a.file, span: there, message: `${m.id} cited with ${show(rm[field]!)}` }]) });
      }
    }
  }
  return out;
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

function shortView(a: Article, r: ShortReference, reg: Registry, unresolved: Set<string>): CitationView {
  const span = a.span(r.start, r.end);
  const text = a.text.slice(r.start, r.end).replace(/\s+/g, ' ');
  const findings: Finding[] = [];
  const said = `${r.typeWord} ${r.number}`;
  if (!r.id && !unresolved.has(said)) {
    unresolved.add(said);
    const known = reg.byNumber.get(r.number!.replace(/^0+(?=\d)/, '')) ?? [];
    const fit = known.filter((e) => !e.kind || foldKey(e.kind) === foldKey(r.typeWord)).slice(0, 3);
    const hint = fit.length ? ` (the registry has ${fit.map((e) => `${e.id}${e.date ? ` of ${vnDate(e.date)}` : ''}`).join(', ')})` : '';
    findings.push(finding(a, 'citation-short-unresolved', `"${text}" names no document cited in full in this article: write its full number${hint}`, span));
  }
  return {
    id: r.id ?? text, key: null, short: true, text, start: r.start, end: r.end, span, entry: null, findings,
    status: r.id ? 'correct' : 'problem',
  };
}

function statusOf(e: RegistryEntry | null, fs: Finding[]): CitationStatus {
  if (fs.some((f) => f.severity === 'error' || (f.severity === 'warning' && f.code !== 'citation-superseded'))) return 'problem';
  if (!e) return 'unknown';
  // superseded after the article was published: it was in force when written
  return fs.some((f) => f.code === 'citation-superseded' && f.severity === 'warning') ? 'superseded' : 'correct';
}

/** Whether the issuer named fits the issuer code of the number (QH15 is the Quốc hội; TTLT-BTC-BNV has two). */
function issuerCodeFits(nameCode: string, issuerCode: string): boolean {
  const government = new Set(['CP', 'TTg', 'VPCP']);
  // provincial and city Party committees: TU for both in the lexicon, ThU for a Thành ủy in print
  if (nameCode === 'TU' && issuerCode === 'ThU') return true;
  return issuerCode.split('-').some((c) => c === nameCode || new RegExp(`^${nameCode}\\d{1,2}$`).test(c) ||
    (government.has(c) && government.has(nameCode)) || (nameCode === 'TW' && /TW$/.test(c)));
}

/**
 * The same document cited with different dates or terms in different
 * articles. Citations are grouped by document (registry key, else id with
 * its term or year, since Party and yearless State numbers restart), so the
 * cost is linear; in each group the value most articles give (or the
 * registry's) is the reference and every other is reported with it.
 */
export function checkCorpusCitations(items: Array<{ file: string; citations: CitationSummary[] }>, reg: Registry): Finding[] {
  const groups = new Map<string, Array<{ file: string; c: CitationSummary }>>();
  for (const it of items) {
    for (const c of it.citations) {
      const party = /^\d+[a-z]?-/.test(c.id);
      const k = c.key ?? unregisteredIdentity(c.id, party, c.date, c.term);
      const g = groups.get(k) ?? [];
      g.push({ file: it.file, c });
      groups.set(k, g);
    }
  }
  const out: Finding[] = [];
  for (const [key, g] of groups) {
    const e = reg.byKey.get(key) ?? null;
    for (const field of ['date', 'term'] as const) {
      const stated = g.filter((x) => x.c[field]);
      if (new Set(stated.map((x) => x.file)).size < 2) continue;
      // per value, the files that give it; the registry's value, else the most common, is the reference
      const byValue = new Map<string, Array<{ file: string; c: CitationSummary }>>();
      for (const x of stated) byValue.set(x.c[field]!, [...(byValue.get(x.c[field]!) ?? []), x]);
      if (byValue.size < 2) continue;
      const refValue = (e?.[field] && byValue.has(e[field]!)) ? e[field]! : [...byValue.entries()].sort((p, q) => q[1].length - p[1].length)[0][0];
      const ref = byValue.get(refValue)![0];
      const show = (v: string) => (field === 'date' ? vnDate(v) : `khóa ${v}`);
      const refSpan = (field === 'date' ? ref.c.dateSpan : ref.c.termSpan) ?? ref.c.span;
      for (const [v, xs] of byValue) {
        if (v === refValue) continue;
        for (const x of xs) {
          if (x.file === ref.file) continue; // within one article: the article check reports it
          out.push({
            code: 'citation-inconsistent', severity: 'error', file: x.file,
            span: (field === 'date' ? x.c.dateSpan : x.c.termSpan) ?? x.c.span,
            message: `${x.c.id} is cited with ${field} ${show(refValue)} in ${ref.file} (line ${refSpan.line}) and ${show(v)} here`,
            related: [{ file: ref.file, span: refSpan, message: `${x.c.id} cited with ${show(refValue)}` }],
          });
        }
      }
    }
  }
  return out;
}
