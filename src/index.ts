/**
 * linkage as a library — the CLI uses exactly this.
 *
 *   import { extract, extractPaths } from 'linkage';
 *   const facts = await extract(text, { file: 'a.txt' });
 */
import { buildArticle, type Article } from './article/article.js';
import { loadMarkdown } from './article/markdown.js';
import { isHtmlPath } from './article/html.js';
import { extractFacts, type ExtractOptions } from './pipeline.js';
import { expandPaths, isMarkdown, type InputRef } from './ingest/paths.js';
import { readInput } from './ingest/read.js';
import { InputError } from './ingest/decode.js';
import type { ArticleFacts } from './types.js';
import type { JsonlRecord } from './ingest/jsonl.js';

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

export interface ArticleInput extends ExtractOptions {
  /** path reported in `file` (forward slashes) */
  file?: string;
  /** parse as Markdown; default: by the file name's extension */
  markdown?: boolean;
  /** read as a saved HTML page; default: by the file name's extension (.html, .htm) */
  html?: boolean;
}

/** Text → Article (normalised, structured). */
export async function parseArticle(text: string, opts: ArticleInput = {}): Promise<Article> {
  const file = (opts.file ?? '-').split('\\').join('/');
  const html = opts.html ?? isHtmlPath(file);
  const md = !html && (opts.markdown ?? isMarkdown(file));
  return buildArticle(file, text, md ? { markdown: await loadMarkdown() } : { html });
}

/** Text of one article → its facts. */
export async function extract(text: string, opts: ArticleInput = {}): Promise<ArticleFacts> {
  return extractFacts(await parseArticle(text, opts), opts);
}

export type PathResult = { file: string; facts: ArticleFacts; error?: undefined } | { file: string; error: string; facts?: undefined };

/**
 * Files, folders (recursive) or "-" → facts of each article, in order. A file
 * that cannot be read yields { error } and the run goes on.
 */
export async function* extractPaths(paths: string[], opts: ExtractOptions = {}): AsyncGenerator<PathResult> {
  const { inputs, problems } = expandPaths(paths);
  for (const p of problems) yield { file: p.path, error: p.reason };
  for (const ref of inputs) yield await extractInput(ref, opts);
}

export async function extractInput(ref: InputRef, opts: ExtractOptions = {}): Promise<PathResult> {
  const r = await readArticle(ref);
  return r.error !== undefined ? r : { file: r.file, facts: extractFacts(r.article, opts) };
}

/** Read and parse one input; a file that cannot be read yields { error } with the reason. */
export async function readArticle(ref: InputRef): Promise<{ file: string; article: Article; error?: undefined } | { file: string; error: string; article?: undefined }> {
  const file = ref.path;
  let text: string;
  try {
    text = await readInput(ref);
  } catch (e) {
    if (e instanceof InputError) return { file, error: e.message };
    throw e;
  }
  return { file, article: await parseArticle(text, { file }) };
}

/** A JSONL record (see ingest/jsonl.ts) → its facts; the record's `published` and `source` override the article's. */
export async function extractRecord(rec: JsonlRecord, opts: ExtractOptions = {}): Promise<ArticleFacts> {
  const a = await parseArticle(rec.text, { file: rec.file, html: rec.kind === 'html', markdown: rec.kind === 'markdown' });
  // before extraction: a day without a year takes the publication's year
  if (rec.published) a.published = rec.published;
  if (rec.source) a.source = rec.source;
  return extractFacts(a, opts);
}
