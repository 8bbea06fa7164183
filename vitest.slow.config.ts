import { defineConfig } from 'vitest/config';
import { SLOW } from './vitest.config.js';

/** `npm run test:slow`: the suites that take minutes or need processes and a browser (see vitest.config.ts). */
export default defineConfig({
  test: {
    include: [SLOW],
    testTimeout: 180_000,
    pool: 'forks',
    // one file at a time: these suites time themselves (growth ratios, per-file time limits in worker
    // pools), and two of them side by side on two cores would measure each other
    fileParallelism: false,
  },
});
