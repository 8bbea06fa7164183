/** --format csv: one row per fact (RFC 4180), written as each article is done. */
import { factRows } from './rows.js';
import type { Format, FormatOptions } from './reporter.js';

const HEADER = ['file', 'type', 'value', 'detail', 'line', 'column', 'text'];

export function csvCell(v: unknown): string {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvFormat(o: FormatOptions): Format {
  const header = HEADER.join(',') + '\r\n';
  return {
    head: header, sep: '', tail: '', empty: header,
    item(f) {
      const meta = [['title', f.title], ['published', f.published], ['source', f.source]] as const;
      let out = '';
      for (const [type, value] of meta) if (value) out += [f.file, type, value, '', '', '', value].map(csvCell).join(',') + '\r\n';
      for (const r of factRows(f, o.fields)) {
        out += [f.file, r.type, r.value, r.detail, r.span?.line ?? '', r.span?.column ?? '', r.text].map(csvCell).join(',') + '\r\n';
      }
      return out;
    },
  };
}
