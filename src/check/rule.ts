/**
 * What a rule is. A rule sees one article (its Article and ArticleFacts) or,
 * for corpus rules, a compact summary of every article that it made itself
 * while each article was at hand — never all texts at once. Rules say what is
 * wrong and where; the engine stamps the id and the severity from the config
 * (as remark-lint's engine does), so a rule never does. One rule, one file in
 * rules/, one default export; its header gives a failing and a passing example.
 */
import type { Article } from '../article/article.js';
import type { Related, Severity } from '../findings.js';
import type { Registry } from '../cite/registry.js';
import type { ArticleFacts, FactField, Span } from '../types.js';
import type { ArticleWork } from '../extract/context.js';

/** Config levels: a severity, or off (ESLint-like; the config also takes "warn" for "warning"). */
export const LEVELS = ['off', 'info', 'warning', 'error'] as const;
export type Level = (typeof LEVELS)[number];

/** Rule options are flat: numbers, strings, booleans, with defaults. */
export type RuleOptions = Record<string, number | string | boolean>;

/** What a rule reports; the engine makes it a Message with the rule's id and configured severity. */
export interface Problem {
  message: string;
  span: Span | null;
  /** the file the problem is in; corpus rules must say, article rules need not */
  file?: string;
  related?: Related[];
  /** a lesser case of the rule: reported one severity below the configured one (warning → info) */
  minor?: boolean;
}
export type Report = (p: Problem) => void;

export interface RuleMeta {
  id: string;
  /** default severity when the config does not name the rule */
  level: Severity;
  /** one paragraph: what is wrong, why it matters, a failing and a passing example */
  description: string;
  /** the rule reads the registry of known documents (the citation rules) */
  registry?: boolean;
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
  /** the registry of known documents (the config's "registry" over the bundled one), for rules that declare `registry` */
  registry: Registry | null;
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
  /** problems within one article, for a rule that compares within an article as well as across articles */
  checkArticle?(ctx: ArticleContext, report: Report): void;
  /** a small summary of one article, or undefined when it has nothing to contribute */
  summarize(ctx: ArticleContext): S | undefined;
  check(items: Array<CorpusItem<S>>, report: Report, options: RuleOptions): void;
}

export type Rule = ArticleRule | CorpusRule<any>;
