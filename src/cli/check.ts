/**
 * `linkage check <paths...>`: the corpus rules, like a linter in CI.
 * Exit 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage error.
 */
import type { Command } from 'commander';
import { colorEnabled, makeChalk } from './color.js';
import { openSink } from './sink.js';
import { UsageError, parseJobs, JOBS_HELP, PATHS_HELP, type Context } from './context.js';
import { commonOptions, inputPaths, type CommonOptions } from './options.js';
import { makeProgress, plural, type Progress } from './progress.js';
import { CHECK_FORMATS, isCheckFormat, loadCheckReporter } from '../check/reporters/index.js';
import type { RuleMeta } from '../check/rule.js';
import { VERSION } from './version.js';
import type { CheckConfig } from '../check/config.js';
import type { FileResult } from '../check/engine.js';
import type { SummaryRecord } from '../check/summaries.js';

export interface CheckCliOptions extends CommonOptions {
  format?: string; config?: string; printConfig?: boolean; listRules?: boolean;
  maxWarnings?: string; quiet?: boolean; jobs?: string; summaries?: string; reduce?: boolean;
}

export function register(program: Command, ctx: Context): void {
  const cmd = program.command('check')
    .description('check articles against consistency rules, like a linter (exit 1 on errors)')
    .argument('[paths...]', PATHS_HELP)
    .option('-f, --format <format>', `output format: ${CHECK_FORMATS.join(', ')} (default: stylish)`)
    .option('-c, --config <file>', 'config file (default: the nearest linkage.config.json upward, up to the repository root)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--quiet', 'report errors only')
    .option('--print-config', 'print the effective config as JSON (naming the file read) and exit')
    .option('--list-rules', 'list the rules with their levels and descriptions, and exit')
    .option('-j, --jobs <n>', JOBS_HELP)
    .option('--summaries <file>', 'check a shard of a larger corpus: the article rules only, and the corpus rules\' per-article summaries written to file (JSONL) for --reduce')
    .option('--reduce', 'the paths are --summaries files of every shard: run the corpus rules over them all');
  commonOptions(cmd, 'the report').action(async (paths: string[], opts: CheckCliOptions) => {
    ctx.exitCode = await runCheck(paths, opts, ctx);
  });
}

export async function runCheck(paths: string[], opts: CheckCliOptions, ctx: Context): Promise<number> {
  const format = opts.format ?? 'stylish';
  if (!isCheckFormat(format)) throw new UsageError(`unknown format "${format}" (formats: ${CHECK_FORMATS.join(', ')})`);
  let maxWarnings: number | null = null;
  if (opts.maxWarnings !== undefined) {
    if (!/^\d+$/.test(opts.maxWarnings) || !Number.isSafeInteger(Number(opts.maxWarnings))) throw new UsageError(`--max-warnings takes a whole number, not "${opts.maxWarnings}"`);
    maxWarnings = Number(opts.maxWarnings);
  }
  const jobs = parseJobs(opts.jobs, ctx);
  // rules load their lexicons at import: only when checking
  const { loadConfig, printable } = await import('../check/config.js');
  const { READ_ERROR, tally } = await import('../check/engine.js');
  const { RULES: rules } = await import('../check/rules/index.js');
  const config = loadConfig(rules, { file: opts.config });
  if (!opts.printConfig && !opts.listRules) paths = inputPaths(paths, ctx);
  const sink = openSink(opts.output, ctx.io);

  if (opts.printConfig || opts.listRules) {
    sink.write(opts.printConfig
      ? JSON.stringify(printable(config), null, 2) + '\n'
      : rules.map((r) => `${r.id}  ${config.rules[r.id].level}\n  ${r.description}\n`).join('\n'));
    await sink.close();
    return sink.failed ? 2 : 0;
  }

  if (opts.reduce && opts.summaries) throw new UsageError('--reduce reads --summaries files; it does not write one');
  const { checkPaths } = await import('../check/index.js');
  let progress: Progress | null = null;
  let results: FileResult[];
  if (opts.reduce) {
    const reduced = await reduceFiles(paths, config, ctx);
    if (!reduced) { await sink.abort(); return 2; }
    results = reduced;
  } else {
    const checked = await checkPaths(paths, {
      config, jobs, stdinName: opts.stdinFilename, shard: opts.summaries !== undefined,
      onInputs: (inputs) => { sink.guard(inputs); progress = makeProgress(ctx, { total: inputs.length, flag: opts.progress }); },
      onFile: (r) => progress?.tick(r.error !== undefined),
    });
    results = checked.results;
    if (checked.problems.length) {
      (progress as Progress | null)?.done(`${plural(results.length, 'article')} checked`);
      for (const p of checked.problems) ctx.error(`${p.path}: ${p.reason}`);
      await sink.abort();
      return 2;
    }
    if (opts.summaries !== undefined && !(await writeSummaryFile(opts.summaries, checked.summaries ?? [], ctx))) { await sink.abort(); return 2; }
  }
  const counts = tally(results);
  (progress as Progress | null)?.done(`${plural(results.length, 'article')} checked, ${plural(counts.errors + counts.warnings + counts.infos, 'finding')}`);
  const shown = opts.quiet
    ? results.map((r) => ({ file: r.file, findings: r.findings.filter((f) => f.severity === 'error') }))
    : results;
  // the rules that ran, at their configured level, for SARIF's rule list
  const ran: RuleMeta[] = rules.filter((r) => config.rules[r.id].level !== 'off')
    .map((r) => ({ ...r, level: config.rules[r.id].level as RuleMeta['level'] }));
  if (counts.errors && results.some((r) => r.findings.some((f) => f.code === READ_ERROR.id))) ran.push(READ_ERROR);
  const report = await loadCheckReporter(format);
  sink.write(report({
    results: shown,
    rules: ran,
    counts: opts.quiet ? { ...counts, warnings: 0, infos: 0 } : counts,
    version: VERSION,
    chalk: makeChalk(colorEnabled(sink, ctx.io.env, opts.color)),
  }));
  await sink.close();
  if (sink.failed) return 2;
  if (counts.errors) return 1;
  if (maxWarnings !== null && counts.warnings > maxWarnings) {
    ctx.error(`too many warnings: ${counts.warnings} (--max-warnings ${maxWarnings})`);
    return 1;
  }
  return 0;
}

/** The --summaries file written whole (a failed write is reported and the run fails with exit 2). */
async function writeSummaryFile(file: string, records: SummaryRecord[], ctx: Context): Promise<boolean> {
  const { writeSummaries } = await import('../check/summaries.js');
  const { writeFile } = await import('node:fs/promises');
  try {
    await writeFile(file, writeSummaries(records));
    return true;
  } catch (e) {
    ctx.error(`${file}: cannot write the summaries: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return false;
  }
}

/** --reduce: every --summaries file read, then the corpus rules over them all; null when a file cannot be used. */
async function reduceFiles(files: string[], config: CheckConfig, ctx: Context): Promise<FileResult[] | null> {
  const [{ readSummaries, SummaryError }, { reduceSummaries }] = await Promise.all([import('../check/summaries.js'), import('../check/index.js')]);
  const { readFile } = await import('node:fs/promises');
  const records: SummaryRecord[] = [];
  for (const f of files) {
    try {
      records.push(...readSummaries(await readFile(f, 'utf8'), f));
    } catch (e) {
      ctx.error(e instanceof SummaryError ? e.message : `${f}: cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return null;
    }
  }
  const { results, skipped } = reduceSummaries(records, { config });
  if (skipped) ctx.error(`${skipped} ${skipped === 1 ? 'summary' : 'summaries'} of rules not enabled here left out`);
  return results;
}
