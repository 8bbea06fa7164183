/** `linkage extract <paths...>`: facts of each article as a table, JSON, JSON Lines or CSV. */
import type { Command } from 'commander';
import { expandPaths } from '../ingest/paths.js';
import { FACT_FIELDS, type FactField } from '../types.js';
import { colorEnabled } from './color.js';
import { openSink } from './sink.js';
import { UsageError, parseJobs, JOBS_HELP, type Context } from './context.js';
import { FORMATS, isFormat } from '../report/index.js';
import { FormatWriter } from '../report/reporter.js';

export interface ExtractCliOptions { format?: string; fields?: string; output?: string; color?: boolean; jobs?: string }


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
  program.command('extract')
    .description('extract facts from articles (files, folders, or - for stdin)')
    .argument('[paths...]', 'files, folders (searched recursively for .txt, .md, .markdown) or - for stdin')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, else json)`)
    .option('--fields <list>', `comma-separated fact types (default: all): ${FACT_FIELDS.join(',')}`)
    .option('-o, --output <file>', 'write results to a file instead of stdout')
    .option('-j, --jobs <n>', JOBS_HELP)
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], opts: ExtractCliOptions) => {
      ctx.exitCode = await runExtract(paths, opts, ctx);
    });
}

export async function runExtract(paths: string[], opts: ExtractCliOptions, ctx: Context): Promise<number> {
  const fields = parseFields(opts.fields);
  const jobs = parseJobs(opts.jobs);
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files, folders, or - to read standard input');
    paths = ['-'];
  }
  const format = opts.format ?? (!opts.output && process.stdout.isTTY ? 'table' : 'json');
  if (!isFormat(format)) throw new UsageError(`unknown format "${opts.format}" (formats: ${FORMATS.join(', ')})`);
  const sink = openSink(opts.output);
  const color = opts.color !== false && colorEnabled(sink);
  const options = { fields, color, width: sink.columns };
  const { loadFormat } = await import('../report/index.js');
  const writer = new FormatWriter(await loadFormat(format, options), sink.write);
  // the extractors load their lexicons at import: only when there is work to do
  const { processAll } = await import('../parallel/pool.js');

  const { inputs, problems } = expandPaths(paths);
  let ok = 0;
  let failed = problems.length;
  for (const p of problems) ctx.error(`${p.path}: ${p.reason}`);
  for await (const r of processAll(inputs, { fields, jobs, render: { format, options } })) {
    if (r.error !== undefined) { failed++; ctx.error(`${r.file}: ${r.error}`); continue; }
    ok++;
    writer.rendered(r.out!);
    await sink.drain();
    if (sink.closed) break;
  }
  writer.end();
  await sink.close();
  if (ok === 0 || sink.failed) return 2;
  return failed ? 1 : 0;
}
