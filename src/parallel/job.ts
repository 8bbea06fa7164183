/**
 * What the worker pool runs: a job module, named by its URL, whose default
 * export turns serialisable options into a function from one input to one
 * outcome. The pool knows no command: `extract` renders facts, `check` runs
 * rules, and each says so in a job module of its own, beside the command.
 *
 *   // src/check/job.ts
 *   export const checkJob = (o: CheckJobOptions): JobSpec<CheckJobOptions, ArticleResult> => ({ module: import.meta.url, options: o });
 *   export default async function (o: CheckJobOptions): Promise<Job<ArticleResult>> { … return async (ref) => …; }
 *
 * A job module keeps its heavy imports inside the factory, so the main
 * thread of a parallel run never loads what only the workers use.
 */
import type { InputRef } from '../ingest/paths.js';

/**
 * One input done: a value, and optionally text to write (`out`); or the reason
 * the input could not be done. `out` crosses from a worker as UTF-8 bytes,
 * one transferred buffer per batch, so the main thread only writes.
 */
export type Outcome<R> =
  | { file: string; value: R; out?: string | Uint8Array; error?: undefined }
  | { file: string; error: string; value?: undefined; out?: undefined };

export type Job<R> = (ref: InputRef) => Promise<Outcome<R>>;

/** A job module's URL and the options its factory is given (structured-cloneable: they cross to every worker). */
export interface JobSpec<O, R> {
  module: string;
  options: O;
  /** the outcome's value type, for the caller's sake only */
  readonly value?: R;
}

interface JobModule<O, R> {
  default(options: O): Promise<Job<R>>;
  /** compile what every input needs before the first one, so its time is not counted against that file */
  warmUp?(): Promise<void>;
}

/** Load a job module and make its job; an input the job throws on is reported as an internal error, and the run goes on. */
export async function loadJob<O, R>(spec: JobSpec<O, R>, warm = false): Promise<Job<R>> {
  const mod = await import(spec.module) as JobModule<O, R>;
  if (warm) await mod.warmUp?.();
  const job = await mod.default(spec.options);
  return async (ref) => {
    try {
      return await job(ref);
    } catch (e) {
      return { file: ref.path, error: `internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
    }
  };
}
