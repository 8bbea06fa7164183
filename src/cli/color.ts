/**
 * Colour is decided once, here: FORCE_COLOR wins (0 = off), then NO_COLOR,
 * then whether the stream is a terminal. chalk ignores NO_COLOR by itself and
 * cli-table3 colours even when piped, so everything asks this module.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY);
}

export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
