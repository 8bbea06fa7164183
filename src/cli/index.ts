/**
 * The `linkage` command. run() returns the exit code and never calls
 * process.exit, so pending output on a pipe is never cut off:
 *   0 every input processed, 1 some could not be (or findings, for cite/check),
 *   2 usage error, or nothing could be read.
 * Every error is one line, `linkage: …`, on standard error; never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { makeContext, processIo, UsageError, type Io } from './context.js';
import { ConfigError } from '../check/config.js';
import { register as registerExtract } from './extract.js';
import { register as registerCite } from './cite.js';
import { register as registerCheck } from './check.js';
import { register as registerReport } from './report.js';
import { VERSION } from './version.js';

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const ctx = makeContext(io);
  const program = new Command('linkage')
    .description('Extract and check facts in Vietnamese policy articles: citations, dates, horizons, participants, places, priorities, agreements.')
    .version(VERSION, '-V, --version');
  registerExtract(program, ctx);
  registerCite(program, ctx);
  registerCheck(program, ctx);
  registerReport(program, ctx);
  for (const c of [program, ...program.commands]) {
    const name = c === program ? 'linkage' : `linkage ${c.name()}`;
    c.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander's "error: unknown option '--x'" as one line of ours
      outputError: (s, write) => write(`linkage: ${s.trim().replace(/^error: /, '')} (see ${name} --help)\n`),
    });
  }
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // a bad option, config or registry: one line, exit 2
    if (e instanceof UsageError || e instanceof ConfigError) { ctx.error(e.message); return 2; }
    // one line: a message such as a module-not-found one carries a require stack after it
    ctx.error(`internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
    return 2;
  }
  return ctx.exitCode;
}
