/**
 * `check`'s work on one input, as the worker pool runs it: read the article
 * (ingest), extract the facts the enabled rules need and run the article
 * rules; the corpus rules run on the main thread over the small summaries
 * each article leaves (engine.ts).
 */
import type { InputRef } from '../ingest/paths.js';
import type { Job, JobSpec } from '../parallel/job.js';
import type { CheckConfig } from './config.js';
import type { ArticleResult } from './engine.js';
import type { SharedRegistryData } from '../cite/shared-registry.js';

export interface CheckJobOptions {
  config: CheckConfig;
  /** the registry of the citation checks, laid out once in shared memory by the main thread */
  registry?: SharedRegistryData;
}

export function checkJob(options: CheckJobOptions): JobSpec<CheckJobOptions, ArticleResult> {
  return { module: import.meta.url, options };
}

export async function warmUp(): Promise<void> {
  await (await import('../warm-up.js')).warmUp();
}

// the rules load their lexicons at import: in the thread that runs the job
export default async function createCheckJob(o: CheckJobOptions): Promise<Job<ArticleResult>> {
  const [{ readArticle }, { ArticleWork, extractFacts }, { createEngine }, { RULES }, { useSharedRegistry }] = await Promise.all([
    import('../ingest/articles.js'), import('../pipeline.js'), import('./engine.js'), import('./rules/index.js'), import('../cite/registry.js'),
  ]);
  if (o.registry) useSharedRegistry(o.registry);
  const engine = createEngine(RULES, o.config);
  return async (ref: InputRef) => {
    const r = await readArticle(ref);
    if (r.error !== undefined) return r;
    // the rules read the work the extraction did (the date and list readings), not their own
    const work = new ArticleWork(r.article);
    return { file: r.file, value: engine.articleResult(r.article, extractFacts(r.article, { fields: engine.fields }, work), work) };
  };
}
