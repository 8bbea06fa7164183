/** `linkage report <paths...> -o report.html`: one self-contained HTML file of the corpus's facts. */
import type { Command } from 'commander';
import { UsageError, parseJobs, JOBS_HELP, PATHS_HELP, type Context } from './context.js';
import { openSink } from './sink.js';
import { inputPaths } from './options.js';
import { makeProgress, plural, type Progress } from './progress.js';
import { VERSION } from './version.js';

interface ReportCliOptions { output?: string; title?: string; jobs?: string; stdinFilename?: string; progress?: boolean }

export function register(program: Command, ctx: Context): void {
  program.command('report')
    .description('build one self-contained HTML report of the facts of many articles')
    .argument('[paths...]', PATHS_HELP)
    .option('-o, --output <file>', 'write the report to this file, put in place when the run ends (default: standard output, when it is not a terminal)')
    .option('--title <text>', 'the report\'s title', 'linkage report')
    .option('-j, --jobs <n>', JOBS_HELP)
    .option('--stdin-filename <name>', 'the name standard input is reported as; its extension (.html, .md) says how it is read')
    .option('--progress', 'show progress and a summary on stderr, even when it is not a terminal')
    .option('--no-progress', 'never show progress')
    .action(async (paths: string[], opts: ReportCliOptions) => {
      const jobs = parseJobs(opts.jobs, ctx);
      paths = inputPaths(paths, ctx);
      if ((opts.output === undefined || opts.output === '-') && ctx.io.stdout.isTTY) throw new UsageError('the report is an HTML file: give -o report.html (or redirect standard output)');
      // the output is checked before any work, and written whole or not at all
      const sink = openSink(opts.output, ctx.io);
      const { buildReport } = await import('../report-html/build.js');
      let progress: Progress | null = null;
      const r = await buildReport(paths, {
        title: opts.title, jobs, version: VERSION, stdinName: opts.stdinFilename,
        onError: (f, reason) => ctx.error(`${f}: ${reason}`),
        onInputs: (inputs) => { sink.guard(inputs); progress = makeProgress(ctx, { total: inputs.length, flag: opts.progress }); },
        onFile: (f) => progress?.tick(f.error !== undefined),
      });
      (progress as Progress | null)?.done(`${plural(r.articles, 'article')} in the report`);
      if (r.articles === 0) { await sink.abort(); ctx.exitCode = 2; return; }
      sink.write(r.html);
      await sink.close();
      if (sink.failed) { ctx.exitCode = 2; return; }
      if (opts.output !== undefined && opts.output !== '-') ctx.io.stderr.write(`linkage: report of ${r.articles} articles (${r.embedded} with their text) written to ${opts.output}\n`);
      ctx.exitCode = r.failed ? 1 : 0;
    });
}
