/** --format json: one JSON array of article objects, written as articles are done. */
import { selectFields, type Reporter, type ReporterOptions } from './reporter.js';

export function jsonReporter(o: ReporterOptions): Reporter {
  let n = 0;
  return {
    article(f) {
      const body = JSON.stringify(selectFields(f, o.fields), null, 2).replace(/\n/g, '\n  ');
      o.write((n++ === 0 ? '[\n  ' : ',\n  ') + body);
    },
    end() { o.write(n === 0 ? '[]\n' : '\n]\n'); },
  };
}
