/** What every command shares: how to report an error, and the exit code it leaves. */
export class UsageError extends Error {}

export interface Context {
  exitCode: number;
  error(msg: string): void;
}

export function makeContext(stderr: (s: string) => void = (s) => process.stderr.write(s)): Context {
  return {
    exitCode: 0,
    error(msg) { stderr(`linkage: ${msg}\n`); },
  };
}

/** --jobs N: worker threads for large inputs. */
export const JOBS_HELP = 'worker threads for large inputs (default: one per core; 1 = single-threaded)';

export function parseJobs(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of at least 1, not "${s}"`);
  return n;
}
