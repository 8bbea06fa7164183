/** Rules whose finding an extractor already made: a warning of the same code in facts.warnings. */
import type { ArticleRule } from './rule.js';

export function forwardWarnings(code: string): ArticleRule['check'] {
  return ({ facts }, report) => {
    for (const w of facts.warnings) if (w.code === code) report({ message: w.message, span: w.span });
  };
}
