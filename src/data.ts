/** Data files (lexicons, gazetteers, taxonomies) live in ../data as JSON, outside the code. */
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

/** Read data/<name>.json once per process. */
export function loadData<T>(name: string): T {
  let v = cache.get(name);
  if (v === undefined) {
    v = JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8'));
    cache.set(name, v);
  }
  return v as T;
}
