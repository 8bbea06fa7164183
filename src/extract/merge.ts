import type { Span } from '../types.js';

/** Facts that are mentioned more than once: the first mention is the fact, later ones go to `mentions`. */
export function mergeMentions<T extends { span: Span; mentions: Span[] }>(facts: T[], key: (f: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const f of facts) {
    const k = key(f);
    const first = byKey.get(k);
    if (first) first.mentions.push(f.span);
    else byKey.set(k, f);
  }
  return [...byKey.values()];
}
