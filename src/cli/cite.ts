/**
 * `linkage cite <paths...>`: every citation of each article in its context,
 * checked against the registry of known documents and across the articles.
 * Exit 0 when no error-level finding, 1 when there is one (or some input
 * could not be read), 2 for usage errors or when nothing could be read.
 */
import type { Command } from 'commander';
import { expandPaths } from '../ingest/paths.js';
import { colorEnabled, makeChalk } from './color.js';
import { openSink } from './sink.js';
import { UsageError, PATHS_HELP, type Context } from './context.js';
import { commonOptions, inputPaths, type CommonOptions } from './options.js';
import { makeProgress, plural } from './progress.js';
import type { Message } from '../findings.js';
import { CITE_FORMATS, isCiteFormat } from '../cite/reporters/index.js';
import type { CiteSummary } from '../cite/reporters/reporter.js';

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
  if (!isCiteFormat(format)) throw new UsageError(`unknown format "${opts.format}" (formats: ${CITE_FORMATS.join(', ')})`);
  if (opts.bom && format !== 'csv') throw new UsageError('--bom is for --format csv');
  // the rules load their lexicons at import: only when there is work to do
  const { createCite } = await import('../cite/cite.js');
  const { makeCiteReporter } = await import('../cite/reporters/index.js');
  const { readArticle } = await import('../ingest/articles.js');
  // a registry file that cannot be used is a ConfigError: exit 2 before anything is read
  const cite = createCite(opts.registry ?? []);

  const sink = openSink(opts.output, ctx.io);
  const reporter = await makeCiteReporter(format, {
    write: sink.write, chalk: makeChalk(colorEnabled(sink, ctx.io.env, opts.color)), onlyProblems: opts.only === 'problems',
    width: sink.columns, spreadsheet: Boolean(opts.bom),
  });
  const summary: CiteSummary = { articles: 0, citations: 0, errors: 0, warnings: 0, info: 0 };
  const count = (fs: Message[]) => {
    for (const f of fs) summary[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'info']++;
  };

  const { inputs, problems } = expandPaths(paths, { stdinName: opts.stdinFilename });
  sink.guard(inputs);
  const progress = makeProgress(ctx, { total: inputs.length, flag: opts.progress, resultsOnTerminal: sink.isTTY });
  let failed = problems.length;
  for (const p of problems) ctx.error(`${p.path}: ${p.reason}`);
  for (const ref of inputs) {
    const { article: a, error } = await readArticle(ref);
    progress.tick(error !== undefined);
    if (error !== undefined) { failed++; ctx.error(`${ref.path}: ${error}`); continue; }
    const r = cite.article(a);
    summary.articles++;
    summary.citations += r.views.filter((v) => !v.short).length;
    count(r.findings);
    reporter.article(a, r);
    await sink.drain();
    if (sink.closed) break;
  }
  progress.done(`${plural(summary.articles, 'article')}, ${plural(summary.citations, 'citation')}`);
  // nothing read: nothing written (stdout stays empty, a previous -o file stays whole)
  if (summary.articles === 0) { await sink.abort(); return 2; }
  const across = cite.corpus();
  count(across);
  reporter.corpus(across);
  reporter.end(summary);
  await sink.close();
  if (sink.failed) return 2;
  return summary.errors || failed ? 1 : 0;
}
