/** --format csv: one row per citation and per message (RFC 4180, CRLF). */
import type { Message } from '../../findings.js';
import { csvRow } from '../../report/csv.js';
import { statusLine, type MakeCiteReporter } from './reporter.js';

export const csv: MakeCiteReporter = (o) => {
  // the header with the first row: a run that reads nothing writes nothing
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    o.write((o.spreadsheet ? '\ufeff' : '') + csvRow(['file', 'line', 'column', 'type', 'code', 'severity', 'id', 'message', 'text']));
  };
  const row = (cells: unknown[]) => { start(); o.write(csvRow(cells, o.spreadsheet)); };
  // line and column are whole numbers on every row: 0 for a message about the whole file
  const message = (f: Message) => row([f.file, f.span?.line ?? 0, f.span?.column ?? 0, 'finding', f.code, f.severity, '', f.message, '']);
  return {
    article(a, r) {
      if (!o.onlyProblems) for (const v of r.views) row([a.file, v.span.line, v.span.column, 'citation', v.status, '', v.id, statusLine(v), v.text]);
      for (const f of r.findings) message(f);
    },
    corpus(ms) { for (const f of ms) message(f); },
    end: start,
  };
};
