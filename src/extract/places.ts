import type { Article } from '../article/article.js';
import type { Place } from '../types.js';

/** Provinces, regions and countries named in the body (issue 3: not built yet). */
export function places(_a: Article): Place[] {
  return [];
}
