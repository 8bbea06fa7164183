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
import { UsageError, PATHS_HELP, type Context } from './context.js';
import { commonOptions, inputPaths, type CommonOptions } from './options.js';
import { makeProgress, plural } from './progress.js';
import type { Finding } from '../findings.js';
import { CITE_FORMATS, type CiteFormat, type CiteSummary } from '../cite/report.js';

export interface CiteCliOptions extends CommonOptions { format?: string; only?: string; registry?: string[]; bom?: boolean }

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function register(program: Command, ctx: Context): void {
  const cmd = program.command('cite')
    .description('check the citations of articles against the registry of known documents (files, folders, globs, or - for stdin)')
    .argument('[paths...]', PATHS_HELP)
    .option('-f, --format <format>', `output format: ${CITE_FORMATS.join(', ')} (default: table on a terminal, else json)`)
    .option('--only <what>', 'show only "problems": citations with findings, and the findings')
    .option('--registry <file>', 'a registry of documents (JSON, same format as data/registry.json) merged over the bundled one; repeatable', collect)
    .option('--bom', 'csv for spreadsheets: a UTF-8 byte-order mark, and cells starting with = + - @ prefixed with \' so they are not run as formulas');
  commonOptions(cmd).action(async (paths: string[], opts: CiteCliOptions) => {
    ctx.exitCode = await runCite(paths, opts, ctx);
  });
}

export async function runCite(paths: string[], opts: CiteCliOptions, ctx: Context): Promise<number> {
  if (opts.only !== undefined && opts.only !== 'problems') throw new UsageError(`unknown value for --only "${opts.only}" (only: problems)`);
  paths = inputPaths(paths, ctx);
  const format = opts.format ?? ((opts.output === undefined || opts.output === '-') && ctx.io.stdout.isTTY ? 'table' : 'json');
  if (!(CITE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${opts.format}" (formats: ${CITE_FORMATS.join(', ')})`);
  if (opts.bom && format !== 'csv') throw new UsageError('--bom is for --format csv');
  // the engine loads its lexicons at import: only when there is work to do
  const { loadRegistry, RegistryError } = await import('../cite/registry.js');
  const { analyzeArticleCitations, checkCorpusCitations } = await import('../cite/check.js');
  const { makeCiteReporter } = await import('../cite/report.js');
  const { readArticle } = await import('../ingest/articles.js');
  let reg;
  try {
    reg = loadRegistry(opts.registry ?? []);
  } catch (e) {
    if (e instanceof RegistryError) throw new UsageError(`registry ${e.message}`);
    throw e;
  }

  const sink = openSink(opts.output, ctx.io);
  const reporter = makeCiteReporter(format as CiteFormat, {
    write: sink.write, color: colorEnabled(sink, ctx.io.env, opts.color), onlyProblems: opts.only === 'problems',
    width: sink.columns, spreadsheet: Boolean(opts.bom),
  });
  const summary: CiteSummary = { articles: 0, citations: 0, errors: 0, warnings: 0, info: 0 };
  const count = (fs: Finding[]) => {
    for (const f of fs) summary[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'info']++;
  };
  const items: Parameters<typeof checkCorpusCitations>[0] = [];

  const { inputs, problems } = expandPaths(paths, { stdinName: opts.stdinFilename });
  sink.guard(inputs);
  const progress = makeProgress(ctx, { total: inputs.length, flag: opts.progress, resultsOnTerminal: sink.isTTY });
  let failed = problems.length;
  for (const p of problems) ctx.error(`${p.path}: ${p.reason}`);
  for (const ref of inputs) {
    const { article: a, error } = await readArticle(ref);
    progress.tick(error !== undefined);
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
  progress.done(`${plural(summary.articles, 'article')}, ${plural(summary.citations, 'citation')}`);
  // nothing read: nothing written (stdout stays empty, a previous -o file stays whole)
  if (summary.articles === 0) { await sink.abort(); return 2; }
  const across = checkCorpusCitations(items, reg);
  count(across);
  reporter.corpus(across);
  reporter.end(summary);
  await sink.close();
  if (sink.failed) return 2;
  return summary.errors || failed ? 1 : 0;
}
