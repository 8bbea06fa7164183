/**
 * `linkage report`: files and folders → the facts of each article (on all
 * cores, as `extract` does) → the figures (aggregated here, in input order)
 * → one HTML file. The text of each article is read again, on this thread,
 * only for the article views, and only while their budget lasts.
 */
import { expandPaths, type InputRef } from '../ingest/paths.js';
import { readInput } from '../ingest/read.js';
import { ReportAggregator } from './aggregate.js';
import { TextStore } from './texts.js';
import { renderHtml } from './html.js';

export interface ReportOptions {
  title?: string;
  jobs?: number;
  version: string;
  /** called for each input that could not be read, with the reason */
  onError?: (file: string, reason: string) => void;
  /** the name standard input is reported as (its extension says how it is read) */
  stdinName?: string;
  /** the inputs, once known (before any is read) */
  onInputs?: (inputs: InputRef[]) => void;
  /** each input done */
  onFile?: (r: { file: string; error?: string }) => void;
}

export interface BuiltReport { html: string; articles: number; failed: number; embedded: number }

export async function buildReport(paths: string[], opts: ReportOptions): Promise<BuiltReport> {
  const [{ runJob }, { extractJob }] = await Promise.all([import('../parallel/pool.js'), import('../commands/extract-job.js')]);
  const agg = new ReportAggregator(opts.title ?? 'linkage report');
  const texts = new TextStore();
  const { inputs, problems } = expandPaths(paths, { stdinName: opts.stdinName });
  opts.onInputs?.(inputs);
  const fail = (file: string, reason: string) => { agg.fail(file, reason); opts.onError?.(file, reason); };
  for (const p of problems) fail(p.path, p.reason);
  const stdin = new Set(inputs.filter((r) => r.stdin).map((r) => r.path));
  for await (const r of runJob(inputs, extractJob({}), opts.jobs)) {
    opts.onFile?.(r);
    if (r.error !== undefined) { fail(r.file, r.error); continue; }
    const facts = r.value;
    const a = agg.add(facts);
    if (!texts.open) continue;
    let raw: string;
    try {
      if (stdin.has(r.file)) throw new Error('standard input is read once');
      raw = await readInput({ path: r.file });
    } catch {
      texts.skip(a); // the view goes without its text, and says why
      continue;
    }
    texts.add(a, raw, facts);
  }
  const data = agg.result();
  const t = texts.result();
  return { html: renderHtml(data, t, opts.version), articles: data.articles.length, failed: data.failed.length, embedded: t.embedded };
}
