import type { Article } from '../article/article.js';
import type { Agreement, Sector, Warning } from '../types.js';

/** Agreements signed and cooperation fields (issue 4: not built yet). */
export function agreements(_a: Article): { agreements: Agreement[]; cooperationFields: Sector[]; warnings: Warning[] } {
  return { agreements: [], cooperationFields: [], warnings: [] };
}
