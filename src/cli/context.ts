/** What every command shares: how to report an error, and the exit code it leaves. */
export class UsageError extends Error {}

export interface Context {
  exitCode: number;
  error(msg: string): void;
}

export function makeContext(stderr: (s: string) => void = (s) => process.stderr.write(s)): Context {
  return {
    exitCode: 0,
    error(msg) { stderr(`linkage: ${msg}\n`); },
  };
}
