/** `linkage extract <paths...>`: facts of each article as a table, JSON, JSON Lines or CSV. */
import type { Command } from 'commander';
import { expandPaths } from '../ingest/paths.js';
import { FACT_FIELDS, type FactField } from '../types.js';
import { colorEnabled } from './color.js';
import { openSink } from './sink.js';
import { UsageError, type Context } from './context.js';
import { FORMATS, isFormat, loadReporter } from '../report/index.js';

export interface ExtractCliOptions { format?: string; fields?: string; output?: string; color?: boolean }

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
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], opts: ExtractCliOptions) => {
      ctx.exitCode = await runExtract(paths, opts, ctx);
    });
}

export async function runExtract(paths: string[], opts: ExtractCliOptions, ctx: Context): Promise<number> {
  const fields = parseFields(opts.fields);
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files, folders, or - to read standard input');
    paths = ['-'];
  }
  const format = opts.format ?? (!opts.output && process.stdout.isTTY ? 'table' : 'json');
  if (!isFormat(format)) throw new UsageError(`unknown format "${opts.format}" (formats: ${FORMATS.join(', ')})`);
  const sink = openSink(opts.output);
  const color = opts.color !== false && colorEnabled(sink);
  const reporter = (await loadReporter(format))({ write: sink.write, fields, color, width: sink.columns });
  // the extractors load their lexicons at import: only when there is work to do
  const { extractInput } = await import('../index.js');

  const { inputs, problems } = expandPaths(paths);
  let ok = 0;
  let failed = problems.length;
  for (const p of problems) ctx.error(`${p.path}: ${p.reason}`);
  for (const ref of inputs) {
    const r = await extractInput(ref, { fields });
    if (r.error !== undefined) { failed++; ctx.error(`${r.file}: ${r.error}`); continue; }
    ok++;
    reporter.article(r.facts);
    await sink.drain();
    if (sink.closed) break;
  }
  reporter.end();
  await sink.close();
  if (ok === 0) return 2;
  return failed ? 1 : 0;
}
