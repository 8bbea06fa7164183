/**
 * A finding of `linkage cite` or `linkage check`: a stable code, a severity,
 * what is wrong and what is right, and where. Shared by the citation checks
 * and the corpus rules so that both report the same way.
 */
import type { Span } from './types.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** stable rule / check id, e.g. "citation-date-mismatch", "date-invalid" */
  code: string;
  severity: Severity;
  message: string;
  file: string;
  span: Span | null;
  /** other places involved (the other citation of an inconsistent pair, the duplicate article) */
  related?: Array<{ file: string; span: Span | null; message?: string }>;
}
