#!/usr/bin/env node
// `linkage --version` answers before the CLI and its modules load (a start-up
// of ~40 ms instead of several times that).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  const { run } = await import('../dist/cli/index.js');
  process.exitCode = await run(process.argv);
}
