/** --format csv: one row per fact (RFC 4180), written as each article is done. */
import { factRows } from './rows.js';
import type { Reporter, ReporterOptions } from './reporter.js';

const HEADER = ['file', 'type', 'value', 'detail', 'line', 'column', 'text'];

export function csvCell(v: unknown): string {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvReporter(o: ReporterOptions): Reporter {
  o.write(HEADER.join(',') + '\r\n');
  return {
    article(f) {
      const meta = [['title', f.title], ['published', f.published], ['source', f.source]] as const;
      let out = '';
      for (const [type, value] of meta) if (value) out += [f.file, type, value, '', '', '', value].map(csvCell).join(',') + '\r\n';
      for (const r of factRows(f, o.fields)) {
        out += [f.file, r.type, r.value, r.detail, r.span?.line ?? '', r.span?.column ?? '', r.text].map(csvCell).join(',') + '\r\n';
      }
      o.write(out);
    },
    end() {},
  };
}
