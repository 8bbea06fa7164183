/**
 * --format csv: one row per fact (RFC 4180, CRLF), written as each article is
 * done. `line` and `column` are whole numbers on every row, 0 where a row has
 * no position (title, published, source, a warning about the whole file), so
 * pandas and spreadsheets read both columns as integers.
 *
 * --bom is for spreadsheets (Excel, LibreOffice): a UTF-8 byte-order mark so
 * Vietnamese is not shown as mojibake, and, as the OWASP guidance on CSV
 * injection says, a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'` (and is quoted), so a title such as
 * `=HYPERLINK(...)` is shown as text, never run as a formula. Nothing else is
 * changed; without --bom cells are written exactly as extracted.
 */
import { factRows } from './rows.js';
import type { Format, FormatOptions } from './reporter.js';

const HEADER = ['file', 'type', 'value', 'detail', 'line', 'column', 'text'];
const BOM = '\ufeff';
const FORMULA_RE = /^[=+\-@\t\r]/;

export function csvCell(v: unknown, spreadsheet = false): string {
  const s = v == null ? '' : String(v);
  if (spreadsheet && FORMULA_RE.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: unknown[], spreadsheet = false): string {
  return cells.map((c) => csvCell(c, spreadsheet)).join(',') + '\r\n';
}

export function csvFormat(o: FormatOptions): Format {
  const sheet = Boolean(o.spreadsheet);
  const header = (sheet ? BOM : '') + csvRow(HEADER);
  return {
    head: header, sep: '', tail: '', empty: header,
    item(f) {
      const meta = [['title', f.title], ['published', f.published], ['source', f.source]] as const;
      let out = '';
      for (const [type, value] of meta) if (value) out += csvRow([f.file, type, value, '', 0, 0, value], sheet);
      for (const r of factRows(f, o.fields)) out += csvRow([f.file, r.type, r.value, r.detail, r.span?.line ?? 0, r.span?.column ?? 0, r.text], sheet);
      return out;
    },
  };
}
