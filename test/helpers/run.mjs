/**
 * Run the CLI in-process through run(argv, io), as a user would see it:
 * captured stdout and stderr, a chosen terminal and environment, and the exit
 * code. Shared by the tests and scripts/update-golden.mjs; it runs the build
 * (dist/), so build first: `npm test` does.
 */
import { Readable, Writable } from 'node:stream';
import { run } from '../../dist/cli/index.js';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** A stream that keeps what is written to it; a terminal of `columns` columns when given. */
function capture(columns) {
  const chunks = [];
  const w = new Writable({ write(chunk, _enc, cb) { chunks.push(Buffer.from(chunk)); cb(); } });
  Object.defineProperty(w, 'text', { get: () => Buffer.concat(chunks).toString('utf8') });
  if (columns) { w.isTTY = true; w.columns = columns; }
  return w;
}

// runs in one directory at a time: a test file's runs are sequential, and vitest's forks each have their own process
let chdirLock = Promise.resolve();

/**
 * `linkage ARGS`, in-process.
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, tty?: number, stderrTTY?: boolean, cwd?: string, input?: string | Buffer }} [o]
 *   tty: stdout is a terminal of this many columns; cwd: the directory the run sees (default: the repository);
 *   input: what standard input holds, piped (else it is a terminal)
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export async function runCli(args, o = {}) {
  const stdout = capture(o.tty);
  const stderr = capture(o.stderrTTY ? 80 : undefined);
  const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, CI: undefined, ...o.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const turn = chdirLock.then(async () => {
    const cwd = process.cwd();
    process.chdir(o.cwd ?? ROOT);
    // piped input: the commands read process.stdin, so it stands in for the run's length
    const stdinProperty = Object.getOwnPropertyDescriptor(process, 'stdin');
    let stdin = { isTTY: true };
    if (o.input !== undefined) {
      stdin = Readable.from([Buffer.from(o.input)]);
      Object.defineProperty(process, 'stdin', { value: stdin, configurable: true, enumerable: true, writable: true });
    }
    try {
      return await run(['node', 'linkage', ...args], { stdout, stderr, stdin, env });
    } finally {
      if (o.input !== undefined) Object.defineProperty(process, 'stdin', stdinProperty);
      process.chdir(cwd);
    }
  });
  chdirLock = turn.catch(() => undefined);
  const code = await turn;
  return { code, stdout: stdout.text, stderr: stderr.text };
}
