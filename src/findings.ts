/**
 * What a user is told about an article, by `linkage check` and `linkage cite`
 * alike: a stable code, a severity, what is wrong and what is right, and where.
 * One type and one severity vocabulary for every rule.
 */
import type { Span } from './types.js';

export type Severity = 'error' | 'warning' | 'info';

/** Another place a message involves (the other citation of an inconsistent pair, the duplicate article). */
export interface Related { file: string; span: Span | null; message?: string }

export interface Message {
  /** stable rule id, e.g. "citation-date-mismatch", "date-invalid" */
  code: string;
  severity: Severity;
  message: string;
  file: string;
  span: Span | null;
  related?: Related[];
}
