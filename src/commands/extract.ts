/**
 * `extract` as a library: text, files or JSONL records → facts. The public
 * face (src/index.ts) re-exports these; the CLI streams the same work
 * through the worker pool (extract-job.ts).
 */
import { collectGarbage, LARGE_TEXT } from '../article/memory.js';
import { parseArticle, readArticle, recordArticle, type ParseOptions } from '../ingest/articles.js';
import { expandPaths, type InputRef } from '../ingest/paths.js';
import type { JsonlRecord } from '../ingest/jsonl.js';
import { extractFacts, type ExtractOptions } from '../pipeline.js';
import type { ArticleFacts } from '../types.js';

export interface ArticleInput extends ParseOptions, ExtractOptions {}

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
  const r = await factsOf(ref, opts);
  // the article is gone with factsOf's frame: its copies of the text can go before the output is made
  if (r.large) collectGarbage();
  return r.error !== undefined ? { file: r.file, error: r.error } : { file: r.file, facts: r.facts };
}

async function factsOf(ref: InputRef, opts: ExtractOptions): Promise<PathResult & { large?: boolean }> {
  const r = await readArticle(ref);
  if (r.error !== undefined) return { file: r.file, error: r.error };
  const large = r.article.text.length >= LARGE_TEXT;
  // reading it left copies of the text (the decoded file, the normalised and the blanked text)
  if (large) collectGarbage();
  return { file: r.file, facts: extractFacts(r.article, opts), large };
}

/** A JSONL record (see ingest/jsonl.ts) → its facts; the record's `published` and `source` override the article's. */
export async function extractRecord(rec: JsonlRecord, opts: ExtractOptions = {}): Promise<ArticleFacts> {
  return extractFacts(await recordArticle(rec), opts);
}
