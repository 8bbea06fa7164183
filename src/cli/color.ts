/**
 * Colour is decided once, here: --color / --no-color win, then FORCE_COLOR
 * (0 = off), then NO_COLOR, then TERM=dumb (a terminal that cannot show it),
 * then whether the stream is a terminal. chalk ignores NO_COLOR by itself and
 * cli-table3 colours even when piped, so everything asks this module.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}

export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
