import type { ArticleFacts, FactField } from '../types.js';

/** A reporter writes results as they come; it knows nothing of extraction. */
export interface Reporter {
  article(facts: ArticleFacts): void;
  end(): void;
}

export interface ReporterOptions {
  write: (s: string) => void;
  fields: readonly FactField[];
  color: boolean;
  /** terminal width for tables */
  width?: number;
}

/** The article object with only the selected fact fields (title, published, source and warnings always). */
export function selectFields(f: ArticleFacts, fields: readonly FactField[]): Record<string, unknown> {
  const out: Record<string, unknown> = { file: f.file, title: f.title, published: f.published, source: f.source };
  for (const k of fields) {
    out[k] = f[k];
    if (k === 'agreements') out.cooperationFields = f.cooperationFields;
  }
  out.warnings = f.warnings;
  return out;
}
