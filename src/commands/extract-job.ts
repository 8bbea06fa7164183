/**
 * `extract`'s work on one input, as the worker pool runs it: read the
 * article (ingest), extract its facts, and either render them in the output
 * format (`out`, with the number of facts as the value) or hand the facts
 * back (`linkage report` aggregates them on the main thread).
 */
import type { InputRef } from '../ingest/paths.js';
import type { FactField, ArticleFacts } from '../types.js';
import type { FormatName } from '../report/index.js';
import type { FormatOptions } from '../report/reporter.js';
import type { Job, JobSpec } from '../parallel/job.js';

export interface ExtractJobOptions {
  fields?: readonly FactField[];
  /** render each article in this format: the outcome carries `out` and the count of facts */
  render?: { format: FormatName; options: FormatOptions };
}

export function extractJob(options: ExtractJobOptions & { render: NonNullable<ExtractJobOptions['render']> }): JobSpec<ExtractJobOptions, number>;
export function extractJob(options: ExtractJobOptions & { render?: undefined }): JobSpec<ExtractJobOptions, ArticleFacts>;
export function extractJob(options: ExtractJobOptions): JobSpec<ExtractJobOptions, number | ArticleFacts> {
  return { module: import.meta.url, options };
}

export async function warmUp(): Promise<void> {
  await (await import('../warm-up.js')).warmUp();
}

// the extractors load their lexicons at import: in the thread that runs the job, not in a parallel run's main thread
export default async function createExtractJob(o: ExtractJobOptions): Promise<Job<number | ArticleFacts>> {
  const [{ extractInput }, { loadFormat }, { countFacts }] = await Promise.all([
    import('./extract.js'), import('../report/index.js'), import('../report/reporter.js'),
  ]);
  const format = o.render && await loadFormat(o.render.format, o.render.options);
  return async (ref: InputRef) => {
    // only the facts outlive extractInput: the article (its raw and normalised text, a copy of the
    // file each) can go before the output is rendered, which for a 50 MB file is as large again
    const r = await extractInput(ref, { fields: o.fields });
    if (r.error !== undefined) return r;
    const { facts } = r;
    return format ? { file: r.file, value: countFacts(facts, o.fields), out: format.item(facts) } : { file: r.file, value: facts };
  };
}
