/** What every command shares: where it writes, how it reports an error, and the exit code it leaves. */
import { availableParallelism } from 'node:os';
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

/** More threads than cores only adds heaps: asked for more, the run uses one per core and says so. */
export function parseJobs(s: string | undefined, ctx: Pick<Context, 'error'>): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of at least 1, not "${s}"`);
  const cores = availableParallelism();
  if (n <= cores) return n;
  ctx.error(`--jobs ${n} is more than the ${cores} cores: using ${cores}`);
  return cores;
}

/** The paths argument's help, the same in every command. */
export const PATHS_HELP = 'files, folders (searched recursively for .txt, .md, .markdown, .html, .htm), quoted globs (\'corpus/**/*.md\') or - for stdin';
