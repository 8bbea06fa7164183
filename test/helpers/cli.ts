/** Run the compiled CLI as a user would (build first: `npm test` does). */
import { spawnSync } from 'node:child_process';

export const BIN = new URL('../../bin/linkage.js', import.meta.url).pathname;
export const ROOT = new URL('../../', import.meta.url).pathname;

export function linkage(args: string[], opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, input: opts.input ?? '', env: env as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
