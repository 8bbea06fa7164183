/**
 * `linkage check` as a library: files and folders → findings of every file,
 * under a config. Articles are read one at a time; only the corpus rules'
 * small summaries outlive each one.
 */
import { relative, resolve } from 'node:path';
import { expandPaths, type InputRef, type PathProblem } from '../ingest/paths.js';
import type { CheckConfig } from './config.js';
import { createEngine, type FileResult } from './engine.js';
import { ignoreMatcher } from '../ingest/glob.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';
import { threadsFor } from '../parallel/pool.js';
import { RegistryError, sharedRegistry } from '../cite/registry.js';
import { checkJob } from './job.js';
import type { SharedRegistryData } from '../cite/shared-registry.js';

export type { FileResult } from './engine.js';
export type { CheckConfig } from './config.js';

export interface CheckOptions {
  config: CheckConfig;
  /** the rules to run (default: all of linkage's) */
  rules?: Rule[];
  /** worker threads for large inputs (default: one per core) */
  jobs?: number;
  /** the name standard input is reported as (its extension says how it is read) */
  stdinName?: string;
  /** the inputs, once known (before any is read) */
  onInputs?: (inputs: InputRef[]) => void;
  /** each input done */
  onFile?: (r: { file: string; error?: string }) => void;
}

export async function checkPaths(paths: string[], opts: CheckOptions): Promise<{ results: FileResult[]; problems: PathProblem[] }> {
  const { config } = opts;
  const ignored = ignoreMatcher(config.ignore);
  const ignore = config.ignore.length
    ? (p: string) => ignored(relative(config.root, resolve(p)).split('\\').join('/'))
    : undefined;
  // a file named twice (a folder and a file in it) is checked once, not reported as its own duplicate
  const { inputs: unique, problems } = expandPaths(paths, { ignore, stdinName: opts.stdinName });
  opts.onInputs?.(unique);
  // for worker threads the registry is read once, here, and shared with them (each parsing its own would not fit their heaps)
  let registry: SharedRegistryData | undefined;
  if (threadsFor(unique, opts.jobs) > 1) {
    try { registry = sharedRegistry(config.registry); } catch (e) { if (!(e instanceof RegistryError)) throw e; }
  }
  const engine = createEngine(opts.rules ?? RULES, config);
  // the article rules run where the article is read, on all cores; the corpus rules here
  const { runJob } = await import('../parallel/pool.js');
  for await (const r of runJob(unique, checkJob({ config, registry }), opts.jobs)) {
    if (r.error !== undefined) engine.unreadable(r.file, r.error);
    else engine.add(r.file, r.value);
    opts.onFile?.(r);
  }
  return { results: engine.finish(), problems };
}
