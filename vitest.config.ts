import { defineConfig } from 'vitest/config';

/**
 * `npm test`: every suite but the slow ones, in well under 25 s on two cores.
 * `npm run test:slow` (vitest.slow.config.ts): the suites named *.slow.test.ts,
 * which time growth on megabytes of adversarial input, spawn worker pools and
 * processes, or drive a real browser. CI (.ci/run) runs both.
 */
export const SLOW = 'test/**/*.slow.test.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [SLOW, '**/node_modules/**'],
    testTimeout: 30000,
    pool: 'forks',
    // the files of a worker share one module cache: the lexicons and the CLI are loaded once per worker,
    // not once per file (half the suite's time). Tests therefore leave no state behind: runCli restores
    // the working directory and standard input it changes, and registries are read from fresh paths.
    isolate: false,
  },
});
