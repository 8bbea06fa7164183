/**
 * What a reporter of `linkage cite` is given: each article's citation table
 * as it is checked, then the messages comparing articles, then the summary.
 * One format per file; index.ts loads them by name.
 */
import type { ChalkInstance } from 'chalk';
import type { Article } from '../../article/article.js';
import type { Message } from '../../findings.js';
import type { CitationView, CitedArticle } from '../cite.js';
import { vnDate } from '../../check/citations/analysis.js';

export interface CiteSummary { articles: number; citations: number; errors: number; warnings: number; info: number }

export interface CiteReporter {
  article(a: Article, r: CitedArticle): void;
  corpus(messages: Message[]): void;
  end(s: CiteSummary): void;
}

export interface CiteReporterOptions {
  write: (s: string) => void;
  /** colours of the terminal (a chalk of level 0 when there are none): the CLI decides */
  chalk: ChalkInstance;
  /** only citations with messages, and the messages */
  onlyProblems: boolean;
  /** terminal width: the context lines wrap at word boundaries within it */
  width?: number;
  /** csv for spreadsheets: a BOM, and formula-like cells neutralised (see report/csv.ts) */
  spreadsheet?: boolean;
}

export type MakeCiteReporter = (o: CiteReporterOptions) => CiteReporter;

/** A citation as tools read it. */
export function citationRecord(file: string, v: CitationView) {
  const e = v.entry;
  return {
    file, id: v.id, text: v.text, short: v.short, status: v.status, span: v.span,
    registry: e ? {
      key: e.key, kind: e.kind, title: e.title, issuer: e.issuer, date: e.date, term: e.term,
      status: e.status, supersededBy: e.supersededBy,
    } : null,
    findings: v.findings.map((f) => f.code),
  };
}

/** The citations to show: all, or those with messages. */
export const shown = (r: CitedArticle, only: boolean) => (only ? r.views.filter((v) => v.findings.length) : r.views);

/** What the registry says of a citation, in a few words. */
export function statusLine(v: CitationView): string {
  const e = v.entry;
  if (v.short) return v.findings.length ? 'short reference, unresolved' : `short reference to ${v.id}`;
  if (!e) return 'not in the registry';
  const facts = [e.kind, e.date && vnDate(e.date), e.term && `khóa ${e.term}`, e.issuer].filter(Boolean).join(', ');
  const state = e.status === 'superseded' ? `superseded${e.supersededBy ? ` by ${e.supersededBy}` : ''}` : e.status === 'in-force' ? 'in force' : e.status === 'expired' ? 'expired' : 'status unknown';
  return `known: ${facts}; ${state}`;
}
