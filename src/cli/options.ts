/** Options every command shares, declared once so their names and help read the same. */
import type { Command } from 'commander';
import { UsageError, type Context } from './context.js';

export interface CommonOptions {
  output?: string; color?: boolean; progress?: boolean; stdinFilename?: string;
}

export function commonOptions(cmd: Command, what = 'results'): Command {
  return cmd
    .option('-o, --output <file>', `write ${what} to a file, put in place when the run ends (- for stdout)`)
    .option('--stdin-filename <name>', 'the name standard input is reported as; its extension (.html, .md) says how it is read')
    .option('--progress', 'show progress and a summary on stderr, even when it is not a terminal')
    .option('--no-progress', 'never show progress')
    .option('--color', 'always colour the output')
    .option('--no-color', 'never colour the output');
}

/** No path: standard input when it is piped, else a usage error. */
export function inputPaths(paths: string[], ctx: Context): string[] {
  if (paths.length) return paths;
  if (ctx.io.stdin.isTTY) throw new UsageError('no input: give files, folders, globs, or - to read standard input');
  return ['-'];
}
