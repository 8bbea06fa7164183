/**
 * `linkage cite <paths...>`: every citation of each article in its context,
 * checked against the registry of known documents and across the articles.
 * Exit 0 when no error-level finding, 1 when there is one (or some input
 * could not be read), 2 for usage errors or when nothing could be read.
 */
import type { Command } from 'commander';
import { expandPaths } from '../ingest/paths.js';
import { colorEnabled } from './color.js';
import { openSink } from './sink.js';
import { UsageError, type Context } from './context.js';
import type { Finding } from '../findings.js';
import { CITE_FORMATS, type CiteFormat, type CiteSummary } from '../cite/report.js';

export interface CiteCliOptions { format?: string; only?: string; registry?: string[]; output?: string; color?: boolean }

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function register(program: Command, ctx: Context): void {
  program.command('cite')
    .description('check the citations of articles against the registry of known documents (files, folders, or - for stdin)')
    .argument('[paths...]', 'files, folders (searched recursively for .txt, .md, .markdown) or - for stdin')
    .option('-f, --format <format>', `output format: ${CITE_FORMATS.join(', ')} (default: table on a terminal, else json)`)
    .option('--only <what>', 'show only "problems": citations with findings, and the findings')
    .option('--registry <file>', 'a registry of documents (JSON, same format as data/registry.json) merged over the bundled one; repeatable', collect)
    .option('-o, --output <file>', 'write results to a file instead of stdout')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], opts: CiteCliOptions) => {
      ctx.exitCode = await runCite(paths, opts, ctx);
    });
}

export async function runCite(paths: string[], opts: CiteCliOptions, ctx: Context): Promise<number> {
  if (opts.only !== undefined && opts.only !== 'problems') throw new UsageError(`unknown value for --only "${opts.only}" (only: problems)`);
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files, folders, or - to read standard input');
    paths = ['-'];
  }
  const format = opts.format ?? (!opts.output && process.stdout.isTTY ? 'table' : 'json');
  if (!(CITE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${opts.format}" (formats: ${CITE_FORMATS.join(', ')})`);
  // the engine loads its lexicons at import: only when there is work to do
  const { loadRegistry, RegistryError } = await import('../cite/registry.js');
  const { analyzeArticleCitations, checkCorpusCitations } = await import('../cite/check.js');
  const { makeCiteReporter } = await import('../cite/report.js');
  const { readArticle } = await import('../index.js');
  let reg;
  try {
    reg = loadRegistry(opts.registry ?? []);
  } catch (e) {
    if (e instanceof RegistryError) throw new UsageError(`registry ${e.message}`);
    throw e;
  }

  const sink = openSink(opts.output);
  const reporter = makeCiteReporter(format as CiteFormat, { write: sink.write, color: opts.color !== false && colorEnabled(sink), onlyProblems: opts.only === 'problems' });
  const summary: CiteSummary = { articles: 0, citations: 0, errors: 0, warnings: 0, info: 0 };
  const count = (fs: Finding[]) => {
    for (const f of fs) summary[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'info']++;
  };
  const items: Parameters<typeof checkCorpusCitations>[0] = [];

  const { inputs, problems } = expandPaths(paths);
  let failed = problems.length;
  for (const p of problems) ctx.error(`${p.path}: ${p.reason}`);
  for (const ref of inputs) {
    const { article: a, error } = await readArticle(ref);
    if (error !== undefined) { failed++; ctx.error(`${ref.path}: ${error}`); continue; }
    const r = analyzeArticleCitations(a, { published: a.published }, reg);
    summary.articles++;
    summary.citations += r.views.filter((v) => !v.short).length;
    count(r.findings);
    items.push({ file: a.file, citations: r.summaries });
    reporter.article(a, r);
    await sink.drain();
    if (sink.closed) break;
  }
  const across = checkCorpusCitations(items, reg);
  count(across);
  reporter.corpus(across);
  reporter.end(summary);
  await sink.close();
  if (summary.articles === 0) return 2;
  return summary.errors || failed ? 1 : 0;
}
