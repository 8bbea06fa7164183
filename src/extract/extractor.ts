/**
 * What an extractor is: a fact field it fills, what it needs, and a pure
 * function from the Article and those needs to facts. Needs are either the
 * article's shared work (computed once, lazily, by the ArticleWork) or the
 * facts of another extractor ("priorities" names its speaker among the
 * participants); the pipeline orders extractors by the latter and hands each
 * only what it declared.
 */
import type { Article } from '../article/article.js';
import type { ArticleFacts, FactField } from '../types.js';
import type { ArticleWork, WorkKey } from './context.js';

export type { WorkKey };

/** Something an extractor reads: a piece of shared work or another extractor's fact field. */
export type Need = WorkKey | FactField;

/** What an extractor may be given: the shared work and the facts of the fields it declared. */
export type Deps = Pick<ArticleWork, WorkKey> & Pick<ArticleFacts, FactField>;

/** The facts an extractor returns: its own field (the agreements extractor fills cooperationFields too). */
export type Facts = Partial<Pick<ArticleFacts, FactField | 'cooperationFields'>>;

export interface Extractor {
  /** the fact field it fills */
  id: FactField;
  needs: readonly Need[];
  run(article: Article, deps: Deps): Facts;
}
