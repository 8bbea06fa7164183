/** Run the CLI in-process through run(argv), with captured streams and a chosen terminal (build first: `npm test` does). */
import { Writable } from 'node:stream';
import { run } from '../../dist/cli/index.js';

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** stdout is a terminal of this many columns */
  tty?: number;
  /** stderr is a terminal */
  stderrTTY?: boolean;
}

function capture(tty?: number): Writable & { text: string; isTTY?: boolean; columns?: number } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk, _enc, cb) { chunks.push(Buffer.from(chunk)); cb(); },
  }) as Writable & { text: string; isTTY?: boolean; columns?: number };
  Object.defineProperty(w, 'text', { get: () => Buffer.concat(chunks).toString('utf8') });
  if (tty) { w.isTTY = true; w.columns = tty; }
  return w;
}

export async function runCli(args: string[], o: RunOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture(o.tty);
  const stderr = capture(o.stderrTTY ? 80 : undefined);
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, CI: undefined, ...o.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const code = await run(['node', 'linkage', ...args], { stdout, stderr, stdin: { isTTY: true }, env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
