/**
 * Progress on standard error: on a terminal, a run that lasts more than a
 * second shows one line (files done/total, articles/s, time left) redrawn in
 * place at most ten times a second and cleared at the end, then one summary
 * line. Not while results are written to that same terminal (they show the
 * progress themselves, and a redrawn line would tear them); in a pipe or a
 * CI log nothing is shown unless --progress asks, and then as plain lines
 * every few seconds (no carriage returns in a log).
 * --no-progress turns it off everywhere. A dozen lines of arithmetic: a
 * progress-bar library would bring its own terminal handling for no gain.
 */
import type { Context } from './context.js';

/** A run shorter than this shows nothing on its own. */
export const PROGRESS_DELAY_MS = 1000;
const TTY_EVERY_MS = 100;
const LOG_EVERY_MS = 3000;
const CLEAR = '\r\x1b[K';

export interface Progress {
  /** one input (a file, or a JSONL record) done; `failed` when it could not be read */
  tick(failed?: boolean): void;
  /** clear the line; write the summary line when progress was shown */
  done(summary: string): void;
}

export interface ProgressOptions {
  /** files to do; undefined when not known in advance (records streamed from JSONL) */
  total?: number;
  /** --progress (true), --no-progress (false), or the default (undefined) */
  flag?: boolean;
  /** the results themselves go to the terminal: they show the progress, and a redrawn line would tear them */
  resultsOnTerminal?: boolean;
  now?: () => number;
}

const n = (x: number) => x.toLocaleString('en-US');
export const plural = (k: number, w: string) => `${n(k)} ${w}${k === 1 ? '' : 's'}`;
const clock = (s: number) => {
  const t = Math.max(0, Math.round(s));
  return t >= 3600 ? `${Math.floor(t / 3600)}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}` : `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
};

export function makeProgress(ctx: Context, o: ProgressOptions): Progress {
  const { stderr, env } = ctx.io;
  const tty = Boolean(stderr.isTTY) && env.TERM !== 'dumb';
  const on = o.flag ?? (tty && !env.CI && !o.resultsOnTerminal);
  const now = o.now ?? (() => performance.now());
  const start = now();
  let done = 0, failed = 0, last = -Infinity, shown = false, drawn = false;
  const line = (t: number) => {
    const secs = (t - start) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    if (o.total === undefined) return `linkage: ${plural(done, 'record')} · ${n(Math.round(rate))} articles/s`;
    const left = rate > 0 && o.total > done ? ` · ${clock((o.total - done) / rate)} left` : '';
    return `linkage: ${n(done)}/${n(o.total)} files · ${n(Math.round(rate))} articles/s${left}`;
  };
  return {
    tick(bad) {
      done++;
      if (bad) failed++;
      if (!on) return;
      const t = now();
      // asked for: from the start; by default only once the run has lasted a second
      if (o.flag !== true && t - start < PROGRESS_DELAY_MS) return;
      if (t - last < (tty ? TTY_EVERY_MS : LOG_EVERY_MS)) return;
      last = t;
      shown = true;
      if (tty) {
        const width = (stderr.columns ?? 80) - 1;
        stderr.write(CLEAR + line(t).slice(0, width));
        drawn = true;
      } else stderr.write(line(t) + '\n');
    },
    done(summary) {
      if (drawn) stderr.write(CLEAR);
      if (!on || !(shown || o.flag === true)) return;
      const secs = (now() - start) / 1000;
      const what = o.total === undefined ? 'bad record' : 'unreadable file';
      stderr.write(`linkage: ${summary}, ${failed ? `${n(failed)} ${what}${failed === 1 ? '' : 's'}` : `no ${what}`}, ${secs.toFixed(1)} s\n`);
    },
  };
}
