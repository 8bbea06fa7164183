/**
 * --input-format jsonl: one article per line, as data pipelines hold them
 * (Hadoop Streaming, Spark's RDD.pipe, GNU parallel --pipe):
 *
 *   {"id": "vn/123", "text": "Tiêu đề\n...", "published": "2024-05-01", "source": "baochinhphu.vn"}
 *
 * `id` (or `file`) names the article; exactly one of `text`, `html` or
 * `markdown` holds it and says how it is read; `published` (ISO 8601) and
 * `source` override what the article itself says. A line that is not such a
 * record is reported with its line number, and the run goes on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface JsonlRecord {
  file: string;
  text: string;
  kind: 'text' | 'html' | 'markdown';
  published: string | null;
  source: string | null;
}

export type JsonlItem =
  | { line: number; file: string; record: JsonlRecord; error?: undefined }
  | { line: number; file: string; error: string; record?: undefined };

const BODY_KEYS = ['text', 'html', 'markdown'] as const;
const KNOWN_KEYS = new Set(['id', 'file', ...BODY_KEYS, 'published', 'source']);
/** 2024, 2024-05, 2024-05-01, 2024-05-01T08:30[:00][Z|+07:00] */
const ISO_RE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * One line → a record, or the reason it is not one (with the record's id
 * when it has one). `where` names the line when the record has no id.
 */
export function parseRecord(line: string, where: string): JsonlRecord | { error: string; file: string } {
  let v: unknown;
  try { v = JSON.parse(line); } catch { return { error: 'not valid JSON', file: where }; }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { error: 'not a JSON object', file: where };
  const o = v as Record<string, unknown>;
  const named = o.id ?? o.file;
  const r = check(o, named === undefined ? where : String(named));
  return typeof r === 'string' ? { error: r, file: typeof named === 'string' || typeof named === 'number' ? String(named) : where } : r;
}

function check(o: Record<string, unknown>, file: string): JsonlRecord | string {
  const unknown = Object.keys(o).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) return `unknown key "${unknown[0]}" (keys: ${[...KNOWN_KEYS].join(', ')})`;
  const id = o.id ?? o.file;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return '"id" must be a string or a number';
  const bodies = BODY_KEYS.filter((k) => o[k] !== undefined);
  if (bodies.length !== 1) return bodies.length ? `has ${bodies.join(' and ')}: give one of text, html, markdown` : 'no "text", "html" or "markdown"';
  const kind = bodies[0];
  const text = o[kind];
  if (typeof text !== 'string') return `"${kind}" must be a string`;
  if (text.trim() === '') return `empty "${kind}"`;
  const published = o.published ?? null;
  if (published !== null && (typeof published !== 'string' || !ISO_RE.test(published))) return '"published" must be an ISO 8601 date such as 2024-05-01';
  const source = o.source ?? null;
  if (source !== null && typeof source !== 'string') return '"source" must be a string';
  return { file, text, kind, published, source };
}

/** The records of a JSONL file or stream, in order, numbered by line (blank lines are skipped). */
export async function* jsonlRecords(input: string | Readable, name: string): AsyncGenerator<JsonlItem> {
  const stream = typeof input === 'string' ? createReadStream(input) : input;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\ufeff/, '') : raw;
    if (line.trim() === '') continue;
    const where = `${name}:${n}`;
    const r = parseRecord(line, where);
    yield 'error' in r ? { line: n, file: r.file, error: r.error } : { line: n, file: r.file, record: r };
  }
}
