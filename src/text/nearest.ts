/**
 * The nearest of some known strings to one that is not among them, for "did
 * you mean" (a config key, a rule id, a registry number). Jaro-Winkler from
 * `natural`, imported by module: the package root would load every corpus and
 * classifier it has, and start-up would pay for them.
 */
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';

/** The most similar candidate at or above `min` (0..1), or null. */
export function nearest(s: string, candidates: Iterable<string>, min = 0.8): string | null {
  let best: string | null = null;
  let bestScore = min;
  for (const c of candidates) {
    const score = jaroWinkler(s, c);
    if (score >= bestScore && c !== s) { bestScore = score; best = c; }
  }
  return best;
}
