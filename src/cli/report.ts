/** `linkage report <paths...> -o report.html`: one self-contained HTML file of the corpus's facts. */
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { reasonOf } from '../ingest/paths.js';
import { UsageError, parseJobs, JOBS_HELP, type Context } from './context.js';
import { VERSION } from './version.js';

interface ReportCliOptions { output?: string; title?: string; jobs?: string }

export function register(program: Command, ctx: Context): void {
  program.command('report')
    .description('build one self-contained HTML report of the facts of many articles')
    .argument('[paths...]', 'files, folders (searched recursively for .txt, .md, .markdown, .html, .htm) or - for stdin')
    .option('-o, --output <file>', 'write the report to this file (default: standard output, when it is not a terminal)')
    .option('--title <text>', 'the report\'s title', 'linkage report')
    .option('-j, --jobs <n>', JOBS_HELP)
    .action(async (paths: string[], opts: ReportCliOptions) => {
      const jobs = parseJobs(opts.jobs);
      if (paths.length === 0) {
        if (process.stdin.isTTY) throw new UsageError('no input: give files, folders, or - to read standard input');
        paths = ['-'];
      }
      if (!opts.output && process.stdout.isTTY) throw new UsageError('the report is an HTML file: give -o report.html (or redirect standard output)');
      const { buildReport } = await import('../report-html/build.js');
      const r = await buildReport(paths, { title: opts.title, jobs, version: VERSION, onError: (f, reason) => ctx.error(`${f}: ${reason}`) });
      if (r.articles === 0) { ctx.exitCode = 2; return; }
      try {
        if (opts.output) writeFileSync(opts.output, r.html);
        else process.stdout.write(r.html);
      } catch (e) {
        ctx.error(`${opts.output}: cannot write: ${reasonOf(e)}`);
        ctx.exitCode = 2;
        return;
      }
      if (opts.output) process.stderr.write(`linkage: report of ${r.articles} articles (${r.embedded} with their text) written to ${opts.output}\n`);
      ctx.exitCode = r.failed ? 1 : 0;
    });
}
