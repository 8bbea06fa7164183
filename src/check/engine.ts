/**
 * The rule engine: reads each article once, runs the enabled article rules on
 * it and keeps only the small summaries the corpus rules asked for, then runs
 * the corpus rules over those summaries. It stamps each problem with its rule
 * id and the configured severity; rules never do.
 */
import type { Article } from '../article/article.js';
import type { Finding, Severity } from '../findings.js';
import type { ArticleFacts, FactField } from '../types.js';
import { ArticleWork } from '../extract/context.js';
import type { CheckConfig } from './config.js';
import type { ArticleContext, CorpusItem, Level, Problem, RuleGroup, RuleMeta } from './rule.js';

const SEVERITY: Record<Exclude<Level, 'off'>, Severity> = { error: 'error', warn: 'warning', info: 'info' };
const LOWER: Record<Exclude<Level, 'off'>, Exclude<Level, 'off'>> = { error: 'warn', warn: 'info', info: 'info' };

/** Not a rule but reported like one: a file that cannot be read is always an error. */
export const READ_ERROR: RuleMeta = {
  id: 'read-error',
  level: 'error',
  description: 'A file that cannot be read as text (binary, invalid UTF-8, empty, no permission) cannot be checked; no config turns this off.',
};

/** Findings of one file, in the order the files were read. */
export interface FileResult { file: string; findings: Finding[] }

/** What the article rules made of one article: its findings and the corpus rules' summaries (by group). Serialisable. */
export interface ArticleResult { findings: Finding[]; summaries: Array<[number, unknown]> }

export interface Engine {
  /** fact fields the enabled rules need */
  fields: FactField[];
  article(a: Article, facts: ArticleFacts, work?: ArticleWork): void;
  /** the article rules on one article, without recording anything (runs in a worker thread) */
  articleResult(a: Article, facts: ArticleFacts, work?: ArticleWork): ArticleResult;
  /** record an article's result, made here or in a worker */
  add(file: string, r: ArticleResult): void;
  /** a file that could not be read: an error that no config turns off */
  unreadable(file: string, reason: string): void;
  /** run the corpus rules and return every file's findings, sorted by position */
  finish(): FileResult[];
}

/** The rule metadata of every group, flattened (for config, listings and SARIF). */
export function allRules(groups: RuleGroup[]): RuleMeta[] {
  return groups.flatMap((g) => g.rules);
}

export function createEngine(groups: RuleGroup[], config: CheckConfig): Engine {
  const on = (id: string) => (config.rules[id]?.level ?? 'off') !== 'off';
  const active = groups.filter((g) => g.rules.some((r) => on(r.id)));
  for (const g of active) g.setup?.({ registry: config.registry });
  const summaries = new Map<RuleGroup, Array<CorpusItem<unknown>>>(active.filter((g) => g.summarize).map((g) => [g, []]));
  const results = new Map<string, Finding[]>();
  const resultOf = (file: string) => {
    let r = results.get(file);
    if (!r) results.set(file, (r = []));
    return r;
  };

  const reporter = (g: RuleGroup, file: string | null, sink: (f: Finding) => void = (f) => resultOf(f.file).push(f)) => (p: Problem) => {
    const id = p.code ?? g.rules[0].id;
    if (!g.rules.some((r) => r.id === id)) throw new Error(`rule group reported unknown code "${id}"`);
    let level = config.rules[id]?.level ?? 'off';
    if (level === 'off') return;
    if (p.minor) level = LOWER[level];
    const where = p.file ?? file;
    if (!where) throw new Error(`corpus rule "${id}" reported a problem without a file`);
    const f: Finding = { code: id, severity: SEVERITY[level], message: p.message, file: where, span: p.span };
    if (p.related?.length) f.related = p.related;
    sink(f);
  };
  const optionsOf = (g: RuleGroup) => config.rules[g.rules[0].id]?.options ?? {};

  return {
    fields: [...new Set(active.flatMap((g) => g.needs))],
    article(article, facts, work) {
      this.add(article.file, this.articleResult(article, facts, work));
    },
    // the work the extraction did for this article, so that rules do not do it again
    articleResult(article, facts, work = new ArticleWork(article)) {
      const r: ArticleResult = { findings: [], summaries: [] };
      active.forEach((g, i) => {
        const ctx: ArticleContext = { article, facts, work, options: optionsOf(g) };
        g.check?.(ctx, reporter(g, article.file, (f) => r.findings.push(f)));
        const s = g.summarize?.(ctx);
        if (s !== undefined) r.summaries.push([i, s]);
      });
      return r;
    },
    add(file, r) {
      resultOf(file).push(...r.findings);
      for (const [i, summary] of r.summaries) summaries.get(active[i])!.push({ file, summary });
    },
    unreadable(file, reason) {
      resultOf(file).push({ code: READ_ERROR.id, severity: 'error', message: `cannot be read: ${reason}`, file, span: null });
    },
    finish() {
      for (const [g, items] of summaries) g.checkCorpus?.(items, reporter(g, null), optionsOf(g));
      const pos = (f: Finding) => (f.span ? f.span.start : -1);
      return [...results].map(([file, findings]) => ({ file, findings: findings.sort((a, b) => pos(a) - pos(b)) }));
    },
  };
}

/** Counts by severity. */
export function tally(results: FileResult[]): { files: number; errors: number; warnings: number; infos: number } {
  const t = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of results) for (const f of r.findings) {
    if (f.severity === 'error') t.errors++; else if (f.severity === 'warning') t.warnings++; else t.infos++;
  }
  return t;
}
