/** --format jsonl: one object per line as articles are checked, { type: "citation" | "finding", ... }, then { type: "summary", ... }. */
import { citationRecord, type MakeCiteReporter } from './reporter.js';

export const jsonl: MakeCiteReporter = (o) => {
  const line = (x: unknown) => o.write(JSON.stringify(x) + '\n');
  return {
    article(a, r) {
      if (!o.onlyProblems) for (const v of r.views) line({ type: 'citation', ...citationRecord(a.file, v) });
      for (const f of r.findings) line({ type: 'finding', ...f });
    },
    corpus(ms) { for (const f of ms) line({ type: 'finding', ...f }); },
    end(summary) { line({ type: 'summary', ...summary }); },
  };
};
