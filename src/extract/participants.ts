import type { Article } from '../article/article.js';
import type { Participant } from '../types.js';

/** People named in the body, with titles and roles (issue 3: not built yet). */
export function participants(_a: Article): Participant[] {
  return [];
}
