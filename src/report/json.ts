/** --format json: one JSON array of article objects, written as articles are done. */
import { selectFields, type Format, type FormatOptions } from './reporter.js';

export function jsonFormat(o: FormatOptions): Format {
  return {
    head: '[\n  ', sep: ',\n  ', tail: '\n]\n', empty: '[]\n',
    item: (f) => JSON.stringify(selectFields(f, o.fields), null, 2).replace(/\n/g, '\n  '),
  };
}
