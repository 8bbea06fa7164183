import type { Article } from '../article/article.js';
import type { Organization } from '../types.js';

/** Organizations named in the body, with a kind (issue 3: not built yet). */
export function organizations(_a: Article): Organization[] {
  return [];
}
