/**
 * What a rule is. A rule sees one article (its Article and ArticleFacts) or,
 * for corpus rules, a compact summary of every article that it made itself
 * while each article was at hand — never all texts at once. Rules say what is
 * wrong and where; the engine stamps the id and the severity from the config
 * (as remark-lint's engine does), so a rule never does.
 */
import type { Article } from '../article/article.js';
import type { Finding } from '../findings.js';
import type { ArticleFacts, FactField, Span } from '../types.js';
import type { ArticleWork } from '../extract/context.js';

/** Config levels, ESLint-like; "info" is below "warn". */
export const LEVELS = ['off', 'info', 'warn', 'error'] as const;
export type Level = (typeof LEVELS)[number];

/** Rule options are flat: numbers, strings, booleans, with defaults. */
export type RuleOptions = Record<string, number | string | boolean>;

/** What a rule reports. `code` only for groups that hold several rules. */
export interface Problem {
  message: string;
  span: Span | null;
  /** the file the problem is in; corpus rules must say, article rules need not */
  file?: string;
  related?: Finding['related'];
  code?: string;
  /** a lesser case of the rule: reported one level below the configured one (warn → info) */
  minor?: boolean;
}
export type Report = (p: Problem) => void;

export interface RuleMeta {
  id: string;
  /** default level when the config does not name the rule */
  level: Exclude<Level, 'off'>;
  /** one paragraph: what is wrong, why it matters, a failing and a passing example */
  description: string;
  /** option defaults; the config may override them: ["warn", { "threshold": 0.9 }] */
  options?: RuleOptions;
  /** the range of a numeric option (any finite number when not given) */
  limits?: Record<string, OptionLimit>;
}

export interface OptionLimit { min: number; max?: number; integer?: boolean }

export interface ArticleContext {
  article: Article;
  facts: ArticleFacts;
  /** the article's shared work (segmentation, mentions, the date and list readings), the extractors' own */
  work: ArticleWork;
  /** this rule's options, defaults merged with the config's */
  options: RuleOptions;
}

export interface CorpusItem<S> { file: string; summary: S }

export interface ArticleRule extends RuleMeta {
  scope: 'article';
  /** fact fields the rule reads: the engine extracts only what enabled rules need */
  needs: FactField[];
  check(ctx: ArticleContext, report: Report): void;
}

export interface CorpusRule<S = unknown> extends RuleMeta {
  scope: 'corpus';
  needs: FactField[];
  /** a small summary of one article, or undefined when it has nothing to contribute */
  summarize(ctx: ArticleContext): S | undefined;
  check(items: Array<CorpusItem<S>>, report: Report, options: RuleOptions): void;
}

export type Rule = ArticleRule | CorpusRule<any>;

/**
 * Several rules run by one engine (the citation checks of `linkage cite`):
 * one pass per article and one over the corpus, each problem naming its code.
 * The options passed are those of the group's first rule (single rules have one).
 */
export interface RuleGroup<S = unknown> {
  rules: RuleMeta[];
  needs: FactField[];
  setup?(ctx: GroupSetup): void;
  check?(ctx: ArticleContext, report: Report): void;
  summarize?(ctx: ArticleContext): S | undefined;
  checkCorpus?(items: Array<CorpusItem<S>>, report: Report, options: RuleOptions): void;
}

/** What a group may read from the config before the run (registry files). */
export interface GroupSetup { registry: string[] }

/** A single rule as a group of one, so the engine has one shape to run. */
export function asGroup(r: Rule): RuleGroup {
  const { id, level, description, options, limits } = r;
  const meta: RuleMeta = { id, level, description, options, ...(limits ? { limits } : {}) };
  if (r.scope === 'article') return { rules: [meta], needs: r.needs, check: r.check };
  return {
    rules: [meta],
    needs: r.needs,
    summarize: r.summarize,
    checkCorpus: r.check,
  };
}
