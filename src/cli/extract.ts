/** `linkage extract <paths...>`: facts of each article as a table, JSON, JSON Lines or CSV. */
import type { Command } from 'commander';
import { expandPaths, type InputRef, type PathProblem } from '../ingest/paths.js';
import { FACT_FIELDS, type FactField } from '../types.js';
import { colorEnabled } from './color.js';
import { openSink, type Sink } from './sink.js';
import { UsageError, parseJobs, JOBS_HELP, PATHS_HELP, type Context } from './context.js';
import { commonOptions, inputPaths, type CommonOptions } from './options.js';
import { makeProgress, plural } from './progress.js';
import { FORMATS, isFormat, type FormatName } from '../report/index.js';
import { FormatWriter, type FormatOptions } from '../report/reporter.js';

export interface ExtractCliOptions extends CommonOptions { format?: string; fields?: string; jobs?: string; inputFormat?: string; bom?: boolean }

export const INPUT_FORMATS = ['auto', 'jsonl'] as const;

export function parseFields(s: string | undefined): FactField[] {
  if (!s) return [...FACT_FIELDS];
  const out: FactField[] = [];
  for (const part of s.split(',').map((x) => x.trim()).filter(Boolean)) {
    if (!(FACT_FIELDS as readonly string[]).includes(part)) throw new UsageError(`unknown field "${part}" (fields: ${FACT_FIELDS.join(', ')})`);
    out.push(part as FactField);
  }
  return out;
}

export function register(program: Command, ctx: Context): void {
  const cmd = program.command('extract')
    .description('extract facts from articles (files, folders, globs, or - for stdin)')
    .argument('[paths...]', PATHS_HELP)
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, jsonl for --input-format jsonl, else json)`)
    .option('--fields <list>', `comma-separated fact types (default: all): ${FACT_FIELDS.join(',')}`)
    .option('--input-format <format>', 'auto (by file extension) or jsonl: one {"id", "text"|"html"|"markdown", "published"?, "source"?} record per line')
    .option('--bom', 'csv for spreadsheets: a UTF-8 byte-order mark, and cells starting with = + - @ prefixed with \' so they are not run as formulas')
    .option('-j, --jobs <n>', JOBS_HELP);
  commonOptions(cmd).action(async (paths: string[], opts: ExtractCliOptions) => {
    ctx.exitCode = await runExtract(paths, opts, ctx);
  });
}

export async function runExtract(paths: string[], opts: ExtractCliOptions, ctx: Context): Promise<number> {
  const fields = parseFields(opts.fields);
  const jobs = parseJobs(opts.jobs, ctx);
  const inputFormat = opts.inputFormat ?? 'auto';
  if (!(INPUT_FORMATS as readonly string[]).includes(inputFormat)) throw new UsageError(`unknown input format "${inputFormat}" (input formats: ${INPUT_FORMATS.join(', ')})`);
  paths = inputPaths(paths, ctx);
  const format = opts.format ?? (inputFormat === 'jsonl' ? 'jsonl' : (opts.output === undefined || opts.output === '-') && ctx.io.stdout.isTTY ? 'table' : 'json');
  if (!isFormat(format)) throw new UsageError(`unknown format "${opts.format}" (formats: ${FORMATS.join(', ')})`);
  if (opts.bom && format !== 'csv') throw new UsageError('--bom is for --format csv');
  const sink = openSink(opts.output, ctx.io);
  const options: FormatOptions = {
    fields, color: colorEnabled(sink, ctx.io.env, opts.color), width: sink.columns, spreadsheet: Boolean(opts.bom),
  };
  const { inputs, problems } = expandPaths(paths, { stdinName: opts.stdinFilename });
  sink.guard(inputs);
  const run = inputFormat === 'jsonl' ? extractJsonl : extractFiles;
  return run(inputs, problems, { format, options, jobs, flag: opts.progress }, sink, ctx);
}

interface Plan { format: FormatName; options: FormatOptions; jobs?: number; flag?: boolean }

async function extractFiles(inputs: InputRef[], problems: PathProblem[], plan: Plan, sink: Sink, ctx: Context): Promise<number> {
  const [{ loadFormat }, { runJob }, { extractJob }] = await Promise.all([
    import('../report/index.js'), import('../parallel/pool.js'), import('../commands/extract-job.js'),
  ]);
  const writer = new FormatWriter(await loadFormat(plan.format, plan.options), sink.write);
  const progress = makeProgress(ctx, { total: inputs.length, flag: plan.flag, resultsOnTerminal: sink.isTTY });
  let ok = 0, facts = 0;
  let failed = problems.length;
  for (const p of problems) ctx.error(`${p.path}: ${p.reason}`);
  const job = extractJob({ fields: plan.options.fields, render: { format: plan.format, options: plan.options } });
  for await (const r of runJob(inputs, job, plan.jobs)) {
    progress.tick(r.error !== undefined);
    if (r.error !== undefined) { failed++; ctx.error(`${r.file}: ${r.error}`); continue; }
    ok++;
    facts += r.value;
    writer.rendered(r.out!);
    await sink.drain();
    if (sink.closed) break;
  }
  progress.done(`${plural(ok, 'article')}, ${plural(facts, 'fact')}`);
  return finish(sink, ok > 0, () => writer.end(), failed);
}

/** Nothing read: nothing written (stdout stays empty, a previous -o file stays whole), exit 2. */
async function finish(sink: Sink, any: boolean, end: () => void, failed: number): Promise<number> {
  if (!any) { await sink.abort(); return 2; }
  end();
  await sink.close();
  if (sink.failed) return 2;
  return failed ? 1 : 0;
}

/**
 * --input-format jsonl: a mapper. Records come out in the order they came
 * in; a bad record is one line on stderr and, in json and jsonl, an error
 * record `{"file", "line", "error"}` in its place, so the output stays
 * aligned with the input.
 */
async function extractJsonl(inputs: InputRef[], problems: PathProblem[], plan: Plan, sink: Sink, ctx: Context): Promise<number> {
  // the extractors load their lexicons at import: only when there is work to do
  const [{ loadFormat }, { readArticles, errorLine }, { extractFacts }, { countFacts }] = await Promise.all([
    import('../report/index.js'), import('../ingest/articles.js'), import('../pipeline.js'), import('../report/reporter.js'),
  ]);
  const format = await loadFormat(plan.format, plan.options);
  const writer = new FormatWriter(format, sink.write);
  const structured = plan.format === 'json' || plan.format === 'jsonl';
  // records are counted as they stream: no total, no time left
  const progress = makeProgress(ctx, { flag: plan.flag, resultsOnTerminal: sink.isTTY });
  let records = 0, facts = 0;
  let failed = problems.length;
  // an input that broke as a whole (cannot be opened, not UTF-8 lines) was not read
  let broken = 0;
  for (const p of problems) ctx.error(`${p.path}: ${p.reason}`);
  for await (const it of readArticles(inputs, { jsonl: true })) {
    let out: string;
    if (it.error !== undefined && it.line === undefined) { failed++; broken++; ctx.error(errorLine(it)); continue; }
    progress.tick(it.error !== undefined);
    if (it.error === undefined) {
      const f = extractFacts(it.article, { fields: plan.options.fields });
      records++;
      facts += countFacts(f, plan.options.fields);
      out = format.item(f);
    } else {
      failed++;
      ctx.error(errorLine(it));
      if (!structured) continue;
      const rec = { file: it.file, line: it.line, error: it.error };
      out = plan.format === 'jsonl' ? JSON.stringify(rec) + '\n' : JSON.stringify(rec, null, 2).replace(/\n/g, '\n  ');
    }
    writer.rendered(out);
    await sink.drain();
    if (sink.closed) break;
  }
  progress.done(`${plural(records, 'article')}, ${plural(facts, 'fact')}`);
  // a stream with no records (an empty shard) is a clean run with no output
  return finish(sink, inputs.length - broken > 0, () => writer.end(), failed);
}
