import { FACT_FIELDS, type ArticleFacts, type FactField } from '../types.js';

/**
 * An output format: how one article renders, and what goes around and
 * between articles. item() is pure, so worker threads can render in parallel
 * and the main thread only writes.
 */
export interface Format {
  /** before the first article */
  head: string;
  /** between two articles */
  sep: string;
  /** after the last article */
  tail: string;
  /** the whole output when there is no article */
  empty: string;
  item(f: ArticleFacts): string;
}

export interface FormatOptions {
  fields: readonly FactField[];
  color: boolean;
  /** terminal width for tables */
  width?: number;
  /** csv for spreadsheets: a BOM, and formula-like cells neutralised */
  spreadsheet?: boolean;
}

/** The article object with only the selected fact fields (title, published, publication, source and warnings always). */
export function selectFields(f: ArticleFacts, fields: readonly FactField[]): Record<string, unknown> {
  const out: Record<string, unknown> = { file: f.file, title: f.title, published: f.published, publication: f.publication, source: f.source };
  for (const k of fields) {
    out[k] = f[k];
    if (k === 'agreements') out.cooperationFields = f.cooperationFields;
  }
  out.warnings = f.warnings;
  return out;
}

/** How many facts of the selected fields an article has (for the run's summary line). */
export function countFacts(f: ArticleFacts, fields: readonly FactField[] = FACT_FIELDS): number {
  let n = 0;
  for (const k of fields) n += f[k].length;
  return n;
}

/** Writes rendered articles with the format's framing. */
export class FormatWriter {
  private count = 0;
  constructor(private readonly format: Pick<Format, 'head' | 'sep' | 'tail' | 'empty'>, private readonly write: (s: string | Uint8Array) => void) {}
  /** an article already rendered with format.item() (as text, or UTF-8 bytes from a worker) */
  rendered(s: string | Uint8Array): void {
    const frame = this.count++ === 0 ? this.format.head : this.format.sep;
    if (frame) this.write(frame);
    this.write(s);
  }
  end(): void {
    this.write(this.count ? this.format.tail : this.format.empty);
  }
}
