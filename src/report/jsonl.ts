/** --format jsonl: one article object per line, each written as soon as it is done. */
import { selectFields, type Format, type FormatOptions } from './reporter.js';

export function jsonlFormat(o: FormatOptions): Format {
  return { head: '', sep: '', tail: '', empty: '', item: (f) => JSON.stringify(selectFields(f, o.fields)) + '\n' };
}
