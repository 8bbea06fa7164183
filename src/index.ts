/**
 * linkage as a library — the public face; it only re-exports. The CLI and
 * the modules inside import from where things live, never from here.
 *
 *   import { extract, extractPaths } from 'linkage';
 *   const facts = await extract(text, { file: 'a.txt' });
 */
export * from './types.js';
export type { Article } from './article/article.js';
export type { ExtractOptions } from './pipeline.js';
export { buildArticle } from './article/article.js';
export { extractFacts } from './pipeline.js';
export { findCitationMentions, type CitationMention } from './extract/citations.js';
export { loadRegistry, type Registry, type RegistryEntry } from './cite/registry.js';
export { createCite, type Cite, type CitedArticle, type CitationView } from './cite/cite.js';
export { RULES, CITATION_RULES } from './check/rules/index.js';
export type { Message, Severity } from './findings.js';
export { InputError } from './ingest/decode.js';
export { expandPaths } from './ingest/paths.js';
export { jsonlRecords, parseRecord, type JsonlRecord, type JsonlItem } from './ingest/jsonl.js';
export { parseArticle, readArticle, readArticles, type ArticleItem } from './ingest/articles.js';
export { extract, extractPaths, extractInput, extractRecord, type ArticleInput, type PathResult } from './commands/extract.js';
