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
import { resolve, sameIssuer, successor, type Registry, type RegistryEntry } from './registry.js';
import { describeTerm, termAt, termFitsDate, termOfAssemblyCode, type TermBody } from './terms.js';

export const CITATION_CHECKS: Array<{ code: string; severity: Severity; description: string }> = [
  { code: 'citation-malformed', severity: 'error', description: 'the number is not written in its canonical form (37/NQ-TW, 37 NQ/TW, 37-NQ-TW for 37-NQ/TW)' },
  { code: 'citation-kind-mismatch', severity: 'error', description: 'the type word does not fit the number ("Nghị định 37-NQ/TW"), or contradicts the registry' },
  { code: 'citation-date-invalid', severity: 'error', description: 'the date given for the document does not exist (31/02/2020)' },
  { code: 'citation-date-mismatch', severity: 'error', description: 'the date contradicts the registry, or the year in the number (13/2020/NĐ-CP dated 2019)' },
  { code: 'citation-term-mismatch', severity: 'error', description: 'the term ("khóa IX") contradicts the registry, the QHnn of the number, or the document\'s date' },
  { code: 'citation-issuer-mismatch', severity: 'error', description: 'the issuer contradicts the registry or the issuer code of the number' },
  { code: 'citation-inconsistent', severity: 'error', description: 'the same document is cited with different dates or terms (in one article, or across the corpus)' },
  { code: 'citation-date-future', severity: 'warning', description: 'the document is dated after the article was published' },
  { code: 'citation-superseded', severity: 'warning', description: 'the document was superseded before the article was published and its successor is not named (info when the article predates the supersession or names the successor)' },
  { code: 'citation-short-unresolved', severity: 'warning', description: 'a short reference ("Nghị quyết 37") with no full citation in the article to resolve it' },
  { code: 'citation-unknown', severity: 'info', description: 'the document is not in the registry: only its form, kind and consistency were checked' },
];
const SEVERITY = new Map(CITATION_CHECKS.map((c) => [c.code, c.severity]));

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

/** All per-article checks, with what the report and the corpus check need. */
export function analyzeArticleCitations(a: Article, facts: { published: string | null }, reg: Registry): ArticleCitationCheck {
  const published = facts.published?.slice(0, 10) ?? null;
  const mentions = findCitationMentions(a);
  const shorts = findShortReferences(a, mentions);
  const findings: Finding[] = [];
  const at = (s: number | null, e: number | null, m: CitationMention) => (s !== null && e !== null ? a.span(s, e) : a.span(m.numStart, m.numEnd));
  const add = (code: string, message: string, span: Span | null, related?: Finding['related']): Finding => {
    const f: Finding = { code, severity: SEVERITY.get(code)!, message, file: a.file, span };
    if (related) f.related = related;
    findings.push(f);
    return f;
  };

  const entries = resolveMentions(reg, mentions, published);
  const citedIds = new Set(mentions.map((m) => m.id));
  const views: CitationView[] = [];
  const reported = new Set<string>(); // unknown / superseded: once per document
  const summaries: CitationSummary[] = [];

  mentions.forEach((m, i) => {
    const e = entries[i];
    const mine: Finding[] = [];
    const push = (f: Finding) => { mine.push(f); };
    const name = `${kindName(m, e)} ${m.id}`;

    if (m.malformed) push(add('citation-malformed', `"${m.written}" is not a well-formed number: ${m.malformed}`, a.span(m.numStart, m.numEnd)));
    if (m.typeWord && !looseWord(a, m)) {
      if (!typeWordFits(m.typeWord, m.typeCode, m.issuerCode, m.party)) {
        push(add('citation-kind-mismatch', `"${m.typeWord}" does not fit ${m.id}: ${m.typeCode ? `${m.typeCode} numbers a ${m.kind}` : `a number ending ${m.issuerCode} is not a ${m.typeWord}`}`, at(m.typeWordStart, m.typeWordEnd, m)));
      } else if (e?.kind && !m.typeCode && foldKey(e.kind) !== foldKey(m.typeWord)) {
        push(add('citation-kind-mismatch', `${m.id} is a ${e.kind} in the registry; the article says ${m.typeWord}`, at(m.typeWordStart, m.typeWordEnd, m)));
      }
    }
    if (m.invalidDate) push(add('citation-date-invalid', `${name} is dated ${m.invalidDate}, a date that does not exist${e?.date ? `; the registry has ${vnDate(e.date)}` : ''}`, at(m.dateStart, m.dateEnd, m)));

    // date: the registry, else the year in the number
    const dateSpan = at(m.dateStart, m.dateEnd, m);
    if (m.date && e?.date && m.date !== e.date) {
      push(add('citation-date-mismatch', `${name} is dated ${vnDate(e.date)} in the registry; the article says ${vnDate(m.date)}`, dateSpan));
    } else if (m.date && !e?.date && yearInId(m.id) && yearInId(m.id) !== m.date.slice(0, 4)) {
      push(add('citation-date-mismatch', `${name} was issued in ${yearInId(m.id)}, as its number says; the article dates it ${vnDate(m.date)}`, dateSpan));
    }
    if (m.date && published && m.date > published) {
      push(add('citation-date-future', `${name} is dated ${vnDate(m.date)}, after the article was published (${vnDate(published)})`, dateSpan));
    }

    // term: the registry, else QHnn in the number, else the document's date
    if (m.term) {
      const termSpan = at(m.termStart, m.termEnd, m);
      const body = termBodyOf(m);
      const expected = e?.term ?? termOfAssemblyCode(m.issuerCode);
      const date = m.date ?? e?.date ?? null;
      if (expected && m.term !== expected) {
        push(add('citation-term-mismatch', `${name} is of khóa ${expected}${e?.term ? ' in the registry' : `, as ${m.issuerCode} in its number says`}; the article says khóa ${m.term}`, termSpan));
      } else if (!expected && body && date && !termFitsDate(body, m.term, date)) {
        const right = termAt(body, date);
        push(add('citation-term-mismatch', `${name} dated ${vnDate(date)} cannot be of ${describeTerm(body, m.term)}${right ? `; that date falls in khóa ${right}` : ''}`, termSpan));
      }
    }

    // issuer: the registry, else the issuer code in the number
    if (m.issuer) {
      const issuerSpan = at(m.issuerStart, m.issuerEnd, m);
      if (e?.issuer) {
        if (!sameIssuer(m.issuer, e.issuer)) push(add('citation-issuer-mismatch', `${name} was issued by ${e.issuer} according to the registry; the article says ${m.issuer}`, issuerSpan));
      } else {
        const code = issuerCodeOfName(m.issuer);
        if (code && m.typeCode && isKindCode(m.typeCode) && !issuerCodeFits(code, m.issuerCode)) {
          const names = issuerNames(m.issuerCode);
          push(add('citation-issuer-mismatch', `${m.id} is numbered as a document of ${names.length ? names[0] : m.issuerCode} (${m.issuerCode}); the article says ${m.issuer}`, issuerSpan));
        }
      }
    }

    const docKey = e?.key ?? m.id;
    if (!e && !reported.has(docKey)) {
      reported.add(docKey);
      push(add('citation-unknown', `${name} is not in the registry: only its form, kind and consistency were checked`, a.span(m.numStart, m.numEnd)));
    }
    if (e?.status === 'superseded' && !reported.has(docKey)) {
      reported.add(docKey);
      const succ = successor(reg, e);
      const succId = succ?.id ?? e.supersededBy;
      const succText = succId ? `${succId}${succ?.date ? ` of ${vnDate(succ.date)}` : ''}` : 'a later document';
      const after = Boolean(published && succ?.date && published >= succ.date);
      const named = succId ? citedIds.has(succId) : false;
      const f = add('citation-superseded',
        `${name}${e.date ? ` (${vnDate(e.date)})` : ''} was superseded by ${succText}` +
        (after && !named ? `; the article, published ${vnDate(published!)}, does not name its successor` : after ? '; the article names its successor' : published ? `, after this article was published (${vnDate(published)})` : ''),
        a.span(m.numStart, m.numEnd));
      if (!after || named) f.severity = 'info';
      push(f);
    }

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

  // the same document cited with different dates or terms in this article
  const groups = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = entries[i]?.key ?? m.id;
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  for (const idx of groups.values()) {
    for (const field of ['date', 'term'] as const) {
      const stated = idx.filter((i) => mentions[i][field]);
      if (stated.length < 2) continue;
      const e = entries[stated[0]];
      // the reference: the first mention that agrees with the registry, else the first not already
      // reported as contradicting it or its number, else the first
      const mismatch = field === 'date' ? 'citation-date-mismatch' : 'citation-term-mismatch';
      const ref = stated.find((i) => e?.[field] && mentions[i][field] === e[field]) ??
        stated.find((i) => !views[i].findings.some((f) => f.code === mismatch)) ?? stated[0];
      const rm = mentions[ref];
      for (const i of stated) {
        const m = mentions[i];
        if (m[field] === rm[field]) continue;
        const show = (v: string) => (field === 'date' ? vnDate(v) : `khóa ${v}`);
        const here = field === 'date' ? at(m.dateStart, m.dateEnd, m) : at(m.termStart, m.termEnd, m);
        const there = field === 'date' ? at(rm.dateStart, rm.dateEnd, rm) : at(rm.termStart, rm.termEnd, rm);
        const f = add('citation-inconsistent',
          `${kindName(m, entries[i])} ${m.id} is cited with ${field === 'date' ? 'date' : 'term'} ${show(rm[field]!)} at line ${there.line}, column ${there.column}, and ${show(m[field]!)} here`,
          here, [{ file: a.file, span: there, message: `${m.id} cited with ${show(rm[field]!)}` }]);
        const v = views[i];
        v.findings.push(f);
        v.status = statusOf(entries[i], v.findings);
      }
    }
  }

  const unresolved = new Set<string>(); // reported once per article
  for (const r of shorts) views.push(shortView(a, r, reg, add, unresolved));
  views.sort((x, y) => x.start - y.start);
  findings.sort((x, y) => (x.span?.start ?? 0) - (y.span?.start ?? 0));
  return { findings, summaries, views };
}

/**
 * Registry entries of the mentions. A bare re-mention ("Nghị quyết 11-NQ/TW"
 * with no date or term) names the same document as the mention of that id
 * which says more, not whatever entry is nearest the publication date.
 */
function resolveMentions(reg: Registry, mentions: CitationMention[], published: string | null): Array<RegistryEntry | null> {
  const entries = mentions.map((m) => (m.date || m.term || m.issuer ? resolve(reg, m, published) : undefined));
  return mentions.map((m, i) => {
    if (entries[i] !== undefined) return entries[i]!;
    const informed = mentions.findIndex((x, j) => x.id === m.id && entries[j]);
    return informed >= 0 ? entries[informed]! : resolve(reg, m, published);
  });
}

function shortView(a: Article, r: ShortReference, reg: Registry, add: (code: string, message: string, span: Span | null) => Finding, unresolved: Set<string>): CitationView {
  const span = a.span(r.start, r.end);
  const text = a.text.slice(r.start, r.end).replace(/\s+/g, ' ');
  const findings: Finding[] = [];
  const said = `${r.typeWord} ${r.number}`;
  if (!r.id && !unresolved.has(said)) {
    unresolved.add(said);
    const known = reg.entries.filter((e) => e.id.replace(/^0+(?=\d)/, '').startsWith(`${r.number}-`) || e.id.replace(/^0+(?=\d)/, '').startsWith(`${r.number}/`))
      .filter((e) => !e.kind || foldKey(e.kind) === foldKey(r.typeWord)).slice(0, 3);
    const hint = known.length ? ` (the registry has ${known.map((e) => `${e.id}${e.date ? ` of ${vnDate(e.date)}` : ''}`).join(', ')})` : '';
    findings.push(add('citation-short-unresolved', `"${text}" names no document cited in full in this article: write its full number${hint}`, span));
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
