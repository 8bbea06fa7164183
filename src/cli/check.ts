/**
 * `linkage check <paths...>`: the corpus rules, like a linter in CI.
 * Exit 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage error.
 */
import type { Command } from 'commander';
import { colorEnabled } from './color.js';
import { openSink } from './sink.js';
import { UsageError, parseJobs, JOBS_HELP, type Context } from './context.js';
import { CHECK_FORMATS, isCheckFormat, loadCheckReporter } from '../check/reporters/index.js';
import type { RuleMeta } from '../check/rule.js';
import { VERSION } from './version.js';

export interface CheckCliOptions {
  format?: string; config?: string; printConfig?: boolean; listRules?: boolean;
  maxWarnings?: string; quiet?: boolean; output?: string; color?: boolean; jobs?: string;
}

export function register(program: Command, ctx: Context): void {
  program.command('check')
    .description('check articles against consistency rules, like a linter (exit 1 on errors)')
    .argument('[paths...]', 'files, folders (searched recursively for .txt, .md, .markdown) or - for stdin')
    .option('-f, --format <format>', `output format: ${CHECK_FORMATS.join(', ')} (default: stylish)`)
    .option('-c, --config <file>', 'config file (default: the nearest linkage.config.json upward)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--quiet', 'report errors only')
    .option('--print-config', 'print the effective config as JSON and exit')
    .option('--list-rules', 'list the rules with their levels and descriptions, and exit')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-j, --jobs <n>', JOBS_HELP)
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], opts: CheckCliOptions) => {
      ctx.exitCode = await runCheck(paths, opts, ctx);
    });
}

export async function runCheck(paths: string[], opts: CheckCliOptions, ctx: Context): Promise<number> {
  const format = opts.format ?? 'stylish';
  if (!isCheckFormat(format)) throw new UsageError(`unknown format "${format}" (formats: ${CHECK_FORMATS.join(', ')})`);
  let maxWarnings: number | null = null;
  if (opts.maxWarnings !== undefined) {
    if (!/^\d+$/.test(opts.maxWarnings)) throw new UsageError(`--max-warnings takes a whole number, not "${opts.maxWarnings}"`);
    maxWarnings = Number(opts.maxWarnings);
  }
  // rules load their lexicons at import: only when checking
  const { loadConfig, printable } = await import('../check/config.js');
  const { allRules, READ_ERROR, tally } = await import('../check/engine.js');
  const { RULE_GROUPS } = await import('../check/rules/index.js');
  const rules = allRules(RULE_GROUPS);
  const config = loadConfig(rules, { file: opts.config });
  const sink = openSink(opts.output);

  if (opts.printConfig || opts.listRules) {
    sink.write(opts.printConfig
      ? JSON.stringify(printable(config), null, 2) + '\n'
      : rules.map((r) => `${r.id}  ${config.rules[r.id].level}\n  ${r.description}\n`).join('\n'));
    await sink.close();
    return 0;
  }
  if (paths.length === 0) throw new UsageError('no input: give the files or folders to check, or - for standard input');

  const { checkPaths } = await import('../check/index.js');
  const { results, problems } = await checkPaths(paths, { config, jobs: parseJobs(opts.jobs) });
  if (problems.length) {
    for (const p of problems) ctx.error(`${p.path}: ${p.reason}`);
    return 2;
  }
  const counts = tally(results);
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
    color: opts.color !== false && colorEnabled(sink),
  }));
  await sink.close();
  if (counts.errors) return 1;
  if (maxWarnings !== null && counts.warnings > maxWarnings) {
    ctx.error(`too many warnings: ${counts.warnings} (--max-warnings ${maxWarnings})`);
    return 1;
  }
  return 0;
}
