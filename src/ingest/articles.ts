/**
 * The one way in: paths, globs, standard input and JSONL records → Articles,
 * or one error each. Every command reads through here (extract and check in
 * their worker jobs, cite and report's text views on the main thread), so a
 * file that `extract` cannot read is the same file, with the same reason,
 * for `check` and `cite`.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { buildArticle, type Article } from '../article/article.js';
import { loadMarkdown } from '../article/markdown.js';
import { isHtmlPath } from '../article/html.js';
import { isMarkdown, reasonOf, type InputRef } from './paths.js';
import { readInput } from './read.js';
import { InputError } from './decode.js';
import { jsonlRecords, type JsonlRecord } from './jsonl.js';

export interface ParseOptions {
  /** path reported in `file` (forward slashes) */
  file?: string;
  /** parse as Markdown; default: by the file name's extension */
  markdown?: boolean;
  /** read as a saved HTML page; default: by the file name's extension (.html, .htm) */
  html?: boolean;
}

/** Text → Article (normalised, structured). */
export async function parseArticle(text: string, opts: ParseOptions = {}): Promise<Article> {
  // (most paths hold no backslash: no copy is made of them)
  const given = opts.file ?? '-';
  const file = given.includes('\\') ? given.replaceAll('\\', '/') : given;
  const html = opts.html ?? isHtmlPath(file);
  const md = !html && (opts.markdown ?? isMarkdown(file));
  return buildArticle(file, text, md ? { markdown: await loadMarkdown() } : { html });
}

/**
 * An input read: its Article, or the reason it could not be. A JSONL record
 * also carries the line it came from (`input` is then the JSONL file and
 * `file` the record's id); an error without a line is about the whole input.
 */
export type ArticleItem =
  | { file: string; article: Article; error?: undefined; input?: string; line?: number }
  | { file: string; error: string; article?: undefined; input?: string; line?: number };

/** The error as the one line a user sees after `linkage: ` — `FILE: reason`, or `INPUT:LINE: reason` for a record. */
export function errorLine(it: { file: string; error: string; input?: string; line?: number }): string {
  return it.line !== undefined ? `${it.input}:${it.line}: ${it.error}` : `${it.input ?? it.file}: ${it.error}`;
}

/** Read and parse one input (a file, or standard input); a file that cannot be read yields { error } with the reason. */
export async function readArticle(ref: InputRef): Promise<ArticleItem> {
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

/** A JSONL record → its Article; the record's `published` and `source` override the article's. */
export async function recordArticle(rec: JsonlRecord): Promise<Article> {
  const a = await parseArticle(rec.text, { file: rec.file, html: rec.kind === 'html', markdown: rec.kind === 'markdown' });
  // before extraction: a day without a year takes the publication's year
  if (rec.published) a.published = rec.published;
  if (rec.source) a.source = rec.source;
  return a;
}

export interface ReadOptions {
  /** each input is a JSONL file (or stream) of records, one article per line */
  jsonl?: boolean;
  /** standard input, for `-` (default: the process's) */
  stdin?: Readable;
}

/**
 * Inputs → their articles, in order, one at a time (on this thread): a file
 * is one item; a JSONL input is one item per record, then, if the stream
 * broke, one error for the input as a whole.
 */
export async function* readArticles(inputs: InputRef[], opts: ReadOptions = {}): AsyncGenerator<ArticleItem> {
  for (const ref of inputs) {
    if (!opts.jsonl) { yield await readArticle(ref); continue; }
    const stream = ref.stdin ? (opts.stdin ?? process.stdin) : createReadStream(ref.path);
    try {
      for await (const it of jsonlRecords(stream, ref.path)) {
        yield it.error === undefined
          ? { file: it.file, article: await recordArticle(it.record), input: ref.path, line: it.line }
          : { file: it.file, error: it.error, input: ref.path, line: it.line };
      }
    } catch (e) {
      yield { file: ref.path, error: reasonOf(e), input: ref.path };
    }
  }
}
