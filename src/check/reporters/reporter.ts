import type { ChalkInstance } from 'chalk';
import type { Message } from '../../findings.js';
import type { FileResult } from '../engine.js';
import type { RuleMeta } from '../rule.js';

/** Everything a check reporter may show; it knows nothing of articles or rules' logic. */
export interface CheckReport {
  results: FileResult[];
  /** the rules that ran (for SARIF's rule list and descriptions) */
  rules: RuleMeta[];
  counts: { files: number; errors: number; warnings: number; infos: number };
  version: string;
  /** colours of the terminal (a chalk of level 0 when there are none): the CLI decides */
  chalk: ChalkInstance;
}

/** A reporter turns the whole report into the text written to stdout. */
export type CheckReporter = (r: CheckReport) => string;

/** Line and column of a message; a message about the whole file points at its start. */
export function position(f: Message): { line: number; column: number } {
  return f.span ? { line: f.span.line, column: f.span.column } : { line: 1, column: 1 };
}
