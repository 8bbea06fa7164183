/** What every command shares: where it writes, how it reports an error, and the exit code it leaves. */
import { visible } from '../text/visible.js';

export class UsageError extends Error {}

/** The streams and environment a run sees: the process's, or a test's. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export interface Context {
  exitCode: number;
  io: Io;
  /** one line on standard error, `linkage: msg`; control characters from file names are made visible */
  error(msg: string): void;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

export function makeContext(io: Io = processIo()): Context {
  return {
    exitCode: 0,
    io,
    error(msg) { io.stderr.write(`linkage: ${visible(msg)}\n`); },
  };
}

/** --jobs N: worker threads for large inputs. */
export const JOBS_HELP = 'worker threads for large inputs (default: one per core; 1 = single-threaded)';

export function parseJobs(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of at least 1, not "${s}"`);
  return n;
}

/** The paths argument's help, the same in every command. */
export const PATHS_HELP = 'files, folders (searched recursively for .txt, .md, .markdown, .html, .htm), quoted globs (\'corpus/**/*.md\') or - for stdin';
