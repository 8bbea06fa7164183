/** --format json: { version, summary, findings } with the shared Message objects, for scripts and jq. */
import type { CheckReporter } from './reporter.js';

export const json: CheckReporter = (r) => JSON.stringify({
  tool: 'linkage', version: r.version,
  summary: r.counts,
  findings: r.results.flatMap((x) => x.findings),
}, null, 2) + '\n';
