import type { Article } from '../article/article.js';
import type { Enumeration, Participant, Warning } from '../types.js';

/** Enumerated priorities (issue 4: not built yet). */
export function priorities(_a: Article, _people: Participant[] = []): { priorities: Enumeration[]; warnings: Warning[] } {
  return { priorities: [], warnings: [] };
}
