/**
 * The `linkage` command. run() returns the exit code and never calls
 * process.exit, so pending output on a pipe is never cut off:
 *   0 every input processed, 1 some could not be (or findings, for cite/check),
 *   2 usage error, or nothing could be read.
 */
import { Command, CommanderError } from 'commander';
import { makeContext, UsageError } from './context.js';
import { register as registerExtract } from './extract.js';
import { register as registerCite } from './cite.js';
import { register as registerCheck } from './check.js';
import { register as registerReport } from './report.js';
import { VERSION } from './version.js';

export async function run(argv: string[]): Promise<number> {
  const ctx = makeContext();
  const program = new Command('linkage')
    .description('Extract and check facts in Vietnamese policy articles: citations, dates, horizons, participants, places, priorities, agreements.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerExtract(program, ctx);
  registerCite(program, ctx);
  registerCheck(program, ctx);
  registerReport(program, ctx);
  for (const c of program.commands) c.exitOverride().showHelpAfterError('(run with --help for usage)');
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) { ctx.error(e.message); return 2; }
    ctx.error(`internal error: ${(e as Error)?.stack ?? e}`);
    return 2;
  }
  return ctx.exitCode;
}
