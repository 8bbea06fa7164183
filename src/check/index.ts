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
import type { SummaryRecord } from './summaries.js';

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
  /**
   * A shard of a corpus checked on its own (the map step): the corpus rules do not run here but their
   * summaries are returned, for `reduceSummaries` to run them over every shard's (see summaries.ts).
   */
  shard?: boolean;
}

export async function checkPaths(paths: string[], opts: CheckOptions): Promise<{ results: FileResult[]; problems: PathProblem[]; summaries?: SummaryRecord[] }> {
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
  if (opts.shard) return { results: engine.finish({ corpus: false }), problems, summaries: engine.summaryRecords() };
  return { results: engine.finish(), problems };
}

/**
 * The reduce step: the corpus rules over the summaries of every shard (records read by readSummaries).
 * The files reported are those the summaries name; `skipped` counts records of rules not enabled here.
 */
export function reduceSummaries(records: SummaryRecord[], opts: { config: CheckConfig; rules?: Rule[] }): { results: FileResult[]; skipped: number } {
  const engine = createEngine((opts.rules ?? RULES).filter((r) => r.scope === 'corpus'), opts.config);
  const skipped = engine.addRecords(records);
  // every article summarized is reported, with or without findings, in the order the records name them
  const found = new Map(engine.finish().map((r) => [r.file, r]));
  const results: FileResult[] = [];
  for (const file of new Set(records.map((r) => r.file))) results.push(found.get(file) ?? { file, findings: [] });
  return { results, skipped };
}
