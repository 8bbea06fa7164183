/** --format jsonl: one article object per line, each written as soon as it is done. */
import { selectFields, type Reporter, type ReporterOptions } from './reporter.js';

export function jsonlReporter(o: ReporterOptions): Reporter {
  return {
    article(f) { o.write(JSON.stringify(selectFields(f, o.fields)) + '\n'); },
    end() {},
  };
}
