/**
 * Reporters of `linkage cite`: a readable report for a terminal (each
 * citation in its context, highlighted, with its status and findings), and
 * json, jsonl and csv for tools. Articles are written as they are checked;
 * corpus findings (the same document cited differently in two articles) and
 * the summary come at the end.
 */
import { makeChalk } from '../cli/color.js';
import { csvRow } from '../report/csv.js';
import { visible } from '../cli/visible.js';
import { wrapWords } from '../report/wrap.js';
import type { Article } from '../article/article.js';
import type { Finding, Severity } from '../findings.js';
import { vnDate, type ArticleCitationCheck, type CitationView } from './check.js';

export const CITE_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

export interface CiteSummary { articles: number; citations: number; errors: number; warnings: number; info: number }

export interface CiteReporter {
  article(a: Article, r: ArticleCitationCheck): void;
  corpus(findings: Finding[]): void;
  end(s: CiteSummary): void;
}
export interface CiteReporterOptions {
  write: (s: string) => void;
  color: boolean;
  /** only citations with findings, and the findings */
  onlyProblems: boolean;
  /** terminal width: the context lines wrap at word boundaries within it */
  width?: number;
  /** csv for spreadsheets: a BOM, and formula-like cells neutralised (see report/csv.ts) */
  spreadsheet?: boolean;
}

/** A citation as tools read it. */
function citationRecord(file: string, v: CitationView) {
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
const shown = (r: ArticleCitationCheck, only: boolean) => (only ? r.views.filter((v) => v.findings.length) : r.views);

export function makeCiteReporter(format: CiteFormat, o: CiteReporterOptions): CiteReporter {
  switch (format) {
    case 'json': return jsonReporter(o);
    case 'jsonl': return jsonlReporter(o);
    case 'csv': return csvReporter(o);
    default: return textReporter(o);
  }
}

/** One JSON object: { articles: [{ file, title, published, citations }], findings, summary }. */
function jsonReporter(o: CiteReporterOptions): CiteReporter {
  const articles: unknown[] = [];
  const findings: Finding[] = [];
  return {
    article(a, r) {
      const citations = shown(r, o.onlyProblems).map((v) => citationRecord(a.file, v));
      if (!o.onlyProblems || citations.length) articles.push({ file: a.file, title: a.title, published: a.published, citations });
      findings.push(...r.findings);
    },
    corpus(fs) { findings.push(...fs); },
    end(summary) { o.write(JSON.stringify({ articles, findings, summary }, null, 2) + '\n'); },
  };
}

/** One object per line: { type: "citation", ... } and { type: "finding", ... }, then { type: "summary", ... }. */
function jsonlReporter(o: CiteReporterOptions): CiteReporter {
  const line = (x: unknown) => o.write(JSON.stringify(x) + '\n');
  return {
    article(a, r) {
      if (!o.onlyProblems) for (const v of r.views) line({ type: 'citation', ...citationRecord(a.file, v) });
      for (const f of r.findings) line({ type: 'finding', ...f });
    },
    corpus(fs) { for (const f of fs) line({ type: 'finding', ...f }); },
    end(summary) { line({ type: 'summary', ...summary }); },
  };
}

/** One row per citation and per finding (RFC 4180, CRLF). */
function csvReporter(o: CiteReporterOptions): CiteReporter {
  // the header with the first row: a run that reads nothing writes nothing
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    o.write((o.spreadsheet ? '\ufeff' : '') + csvRow(['file', 'line', 'column', 'type', 'code', 'severity', 'id', 'message', 'text']));
  };
  const row = (cells: unknown[]) => { start(); o.write(csvRow(cells, o.spreadsheet)); };
  // line and column are whole numbers on every row: 0 for a finding about the whole file
  const finding = (f: Finding) => row([f.file, f.span?.line ?? 0, f.span?.column ?? 0, 'finding', f.code, f.severity, '', f.message, '']);
  return {
    article(a, r) {
      if (!o.onlyProblems) for (const v of r.views) row([a.file, v.span.line, v.span.column, 'citation', v.status, '', v.id, statusLine(v), v.text]);
      for (const f of r.findings) finding(f);
    },
    corpus(fs) { for (const f of fs) finding(f); },
    end: start,
  };
}

/** What the registry says of a citation, in a few words. */
function statusLine(v: CitationView): string {
  const e = v.entry;
  if (v.short) return v.findings.length ? 'short reference, unresolved' : `short reference to ${v.id}`;
  if (!e) return 'not in the registry';
  const facts = [e.kind, e.date && vnDate(e.date), e.term && `khóa ${e.term}`, e.issuer].filter(Boolean).join(', ');
  const state = e.status === 'superseded' ? `superseded${e.supersededBy ? ` by ${e.supersededBy}` : ''}` : e.status === 'in-force' ? 'in force' : e.status === 'expired' ? 'expired' : 'status unknown';
  return `known: ${facts}; ${state}`;
}

const SNIPPET = 60;
/** The citation with up to SNIPPET characters of its paragraph either side, on one line. */
function context(a: Article, v: CitationView): { before: string; cite: string; after: string } {
  const para0 = a.text.lastIndexOf('\n', v.start) + 1;
  let para1 = a.text.indexOf('\n', v.end);
  if (para1 < 0) para1 = a.text.length;
  let s = Math.max(para0, v.start - SNIPPET), e = Math.min(para1, v.end + SNIPPET);
  // cut at word edges
  if (s > para0) s = a.text.indexOf(' ', s) + 1 || s;
  if (e < para1) { const k = a.text.lastIndexOf(' ', e); if (k > v.end) e = k; }
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  return {
    before: (s > para0 ? '…' : '') + flat(a.text.slice(s, v.start)),
    cite: flat(a.text.slice(v.start, v.end)),
    after: flat(a.text.slice(v.end, e)) + (e < para1 ? '…' : ''),
  };
}

/** The terminal report. */
function textReporter(o: CiteReporterOptions): CiteReporter {
  const c = makeChalk(o.color);
  const sev = (s: Severity) => (s === 'error' ? c.red.bold('error') : s === 'warning' ? c.yellow('warning') : c.blue('info'));
  const badge = (v: CitationView) => {
    switch (v.status) {
      case 'correct': return c.green(v.short ? '✓ short' : '✓ known');
      case 'unknown': return c.dim('? unknown');
      case 'superseded': return c.yellow('⚠ superseded');
      default: return c.red('✗ problem');
    }
  };
  const findingLine = (f: Finding, indent: string) =>
    wrapWords(`${sev(f.severity)} ${c.dim(f.code)} ${visible(f.message)}`, o.width, indent) +
    (f.related ?? []).map((r) => `\n${indent}  ${c.dim(`see ${visible(r.file)}${r.span ? `:${r.span.line}:${r.span.column}` : ''}`)}`).join('');
  let n = 0;
  return {
    article(a, r) {
      const views = shown(r, o.onlyProblems);
      // articles without citations are only counted in the summary: a folder may hold thousands
      if (!views.length) return;
      let out = (n++ ? '\n' : '') + c.bold(visible(a.file)) + (a.title ? ` ${c.cyan(visible(a.title))}` : '') + (a.published ? c.dim(` (${a.published})`) : '') + '\n';
      for (const v of views) {
        const ctx = context(a, v);
        const hl = v.findings.some((f) => f.severity === 'error') ? c.red.bold : v.status === 'correct' ? c.green.bold : c.yellow.bold;
        // coloured word by word, so a line break inside the citation leaves no colour open
        const cite = visible(ctx.cite);
        const marked = o.color ? cite.split(' ').map((w) => hl(w)).join(' ') : `[${cite}]`;
        out += wrapWords(`${c.dim(`${v.span.line}:${v.span.column}`)} ${badge(v)} ${c.bold(v.id)} ${c.dim(statusLine(v))}`, o.width, '  ') + '\n';
        out += wrapWords(`${visible(ctx.before)}${marked}${visible(ctx.after)}`, o.width, '    ') + '\n';
        for (const f of v.findings) out += findingLine(f, '    ') + '\n';
      }
      o.write(out);
    },
    corpus(fs) {
      if (!fs.length) return;
      o.write(`\n${c.bold('Across articles')}\n` + fs.map((f) => `  ${c.dim(`${visible(f.file)}${f.span ? `:${f.span.line}:${f.span.column}` : ''}`)}\n${findingLine(f, '    ')}\n`).join(''));
    },
    end(s) {
      const counts = [
        s.errors ? c.red(`${s.errors} error${s.errors > 1 ? 's' : ''}`) : '0 errors',
        `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`, `${s.info} info`,
      ].join(', ');
      o.write(`\n${s.citations} citation${s.citations === 1 ? '' : 's'} in ${s.articles} article${s.articles === 1 ? '' : 's'}: ${counts}\n`);
    },
  };
}
