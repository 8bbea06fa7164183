/**
 * The rule engine: reads each article once, runs the enabled rules on it and
 * keeps only the small summaries the corpus rules asked for, then runs the
 * corpus rules over those summaries. It stamps each problem with its rule id
 * and the configured severity; rules never do. `linkage check` runs every
 * rule; `linkage cite` is a preset of the citation rules.
 */
import type { Article } from '../article/article.js';
import type { Message, Severity } from '../findings.js';
import type { ArticleFacts, FactField } from '../types.js';
import { ArticleWork } from '../extract/context.js';
import { ConfigError, type CheckConfig } from './config.js';
import type { ArticleContext, CorpusItem, Problem, Rule, RuleMeta } from './rule.js';
import { loadRegistry, RegistryError, type Registry } from '../cite/registry.js';
import type { SummaryRecord } from './summaries.js';

/** A lesser case of a rule ("minor"): one severity below the configured one. */
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

/** Not a rule but reported like one: a file that cannot be read is always an error. */
export const READ_ERROR: RuleMeta = {
  id: 'read-error',
  level: 'error',
  description: 'A file that cannot be read as text (binary, invalid UTF-8, empty, no permission) cannot be checked; no config turns this off.',
};

/** Messages of one file, in the order the files were read. */
export interface FileResult { file: string; findings: Message[] }

/** What the rules made of one article: its messages and the corpus rules' summaries (by rule). Serialisable. */
export interface ArticleResult { findings: Message[]; summaries: Array<[number, unknown]> }

export interface Engine {
  /** fact fields the enabled rules need */
  fields: FactField[];
  /** the registry of known documents, when an enabled rule reads it */
  registry: Registry | null;
  article(a: Article, facts: ArticleFacts, work?: ArticleWork): void;
  /** the rules on one article, without recording anything (runs in a worker thread) */
  articleResult(a: Article, facts: ArticleFacts, work?: ArticleWork): ArticleResult;
  /** record an article's result, made here or in a worker */
  add(file: string, r: ArticleResult): void;
  /** record only what the corpus rules need of an article (its messages were reported as it was read) */
  addSummaries(file: string, summaries: ArticleResult['summaries']): void;
  /** a file that could not be read: an error that no config turns off */
  unreadable(file: string, reason: string): void;
  /** run the corpus rules (once) and return what they reported, in the order they reported it */
  corpus(): Message[];
  /** run the corpus rules and return every file's messages, sorted by position (`corpus: false`: without them) */
  finish(o?: { corpus?: boolean }): FileResult[];
  /** the corpus rules' summaries kept so far, for another run to reduce (see summaries.ts) */
  summaryRecords(): SummaryRecord[];
  /** summaries another run kept: those of an enabled corpus rule are added, the others' left out (their number) */
  addRecords(records: SummaryRecord[]): number;
}

/** The registry files of a config, read (a file that cannot be used is a config error). */
function openRegistry(files: string[]): Registry {
  try {
    return loadRegistry(files);
  } catch (e) {
    if (e instanceof RegistryError) throw new ConfigError(`registry ${e.message}`);
    throw e;
  }
}

export function createEngine(rules: Rule[], config: CheckConfig): Engine {
  const active = rules.filter((r) => (config.rules[r.id]?.level ?? 'off') !== 'off');
  const registry = active.some((r) => r.registry) ? openRegistry(config.registry) : null;
  const summaries = new Map<Rule, Array<CorpusItem<unknown>>>(active.filter((r) => r.scope === 'corpus').map((r) => [r, []]));
  const results = new Map<string, Message[]>();
  const resultOf = (file: string) => {
    let r = results.get(file);
    if (!r) results.set(file, (r = []));
    return r;
  };

  const reporter = (rule: Rule, file: string | null, sink: (m: Message) => void) => (p: Problem) => {
    const level = config.rules[rule.id].level as Severity;
    const where = p.file ?? file;
    if (!where) throw new Error(`corpus rule "${rule.id}" reported a problem without a file`);
    const m: Message = { code: rule.id, severity: p.minor ? LOWER[level] : level, message: p.message, file: where, span: p.span };
    if (p.related?.length) m.related = p.related;
    sink(m);
  };
  const contextOf = (rule: Rule, article: Article, facts: ArticleFacts, work: ArticleWork): ArticleContext =>
    ({ article, facts, work, options: config.rules[rule.id].options, registry });
  let across: Message[] | null = null;

  return {
    fields: [...new Set(active.flatMap((r) => r.needs))],
    registry,
    article(article, facts, work) {
      this.add(article.file, this.articleResult(article, facts, work));
    },
    // the work the extraction did for this article, so that rules do not do it again
    articleResult(article, facts, work = new ArticleWork(article)) {
      const r: ArticleResult = { findings: [], summaries: [] };
      const push = (m: Message) => r.findings.push(m);
      active.forEach((rule, i) => {
        const ctx = contextOf(rule, article, facts, work);
        if (rule.scope === 'article') { rule.check(ctx, reporter(rule, article.file, push)); return; }
        rule.checkArticle?.(ctx, reporter(rule, article.file, push));
        const s = rule.summarize(ctx);
        if (s !== undefined) r.summaries.push([i, s]);
      });
      return r;
    },
    add(file, r) {
      resultOf(file).push(...r.findings);
      this.addSummaries(file, r.summaries);
    },
    addSummaries(file, s) {
      for (const [i, summary] of s) summaries.get(active[i])!.push({ file, summary });
    },
    unreadable(file, reason) {
      resultOf(file).push({ code: READ_ERROR.id, severity: 'error', message: `cannot be read: ${reason}`, file, span: null });
    },
    corpus() {
      if (across) return across;
      const out: Message[] = (across = []);
      for (const [rule, items] of summaries) {
        (rule as Extract<Rule, { scope: 'corpus' }>).check(items, reporter(rule, null, (m) => { out.push(m); resultOf(m.file).push(m); }), config.rules[rule.id].options);
      }
      return out;
    },
    finish(o = {}) {
      if (o.corpus !== false) this.corpus();
      return [...results].map(([file, findings]) => ({ file, findings: byPosition(findings) }));
    },
    summaryRecords() {
      const out: SummaryRecord[] = [];
      for (const [rule, items] of summaries) for (const { file, summary } of items) out.push({ rule: rule.id, file, summary });
      return out;
    },
    addRecords(records) {
      const byId = new Map([...summaries.keys()].map((r) => [r.id, r]));
      let skipped = 0;
      for (const r of records) {
        const rule = byId.get(r.rule);
        if (rule) summaries.get(rule)!.push({ file: r.file, summary: r.summary });
        else skipped++;
      }
      return skipped;
    },
  };
}

/** Messages sorted by where they are (stable: the rules' order at one place); a message about the whole file first. */
export function byPosition(ms: Message[]): Message[] {
  const pos = (m: Message) => (m.span ? m.span.start : -1);
  return ms.sort((a, b) => pos(a) - pos(b));
}

/** Counts by severity. */
export function tally(results: FileResult[]): { files: number; errors: number; warnings: number; infos: number } {
  const t = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of results) for (const f of r.findings) {
    if (f.severity === 'error') t.errors++; else if (f.severity === 'warning') t.warnings++; else t.infos++;
  }
  return t;
}
