// Preloaded into a benchmarked process (NODE_OPTIONS=--require): at exit, its
// CPU time (all threads) and peak RSS go to the file BENCH_REPORT names.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const u = process.resourceUsage();
  try {
    writeFileSync(process.env.BENCH_REPORT, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRSSMB: u.maxRSS / 1024 }));
  } catch { /* nowhere to report */ }
});
