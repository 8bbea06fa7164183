/**
 * --format table (default on a terminal): per article, a heading with title,
 * date and source, then one table of facts with wrapped text. Colour only
 * when enabled (cli-table3's own colours are switched off).
 */
import Table from 'cli-table3';
import { makeChalk } from '../cli/color.js';
import { factRows } from './rows.js';
import type { Format, FormatOptions } from './reporter.js';

export function tableFormat(o: FormatOptions): Format {
  const c = makeChalk(o.color);
  const width = Math.max(80, Math.min(o.width ?? (Number(process.env.COLUMNS) || 120), 220));
  // type | value | detail | line:col | text — the text column takes what is left
  const fixed = [14, 22, 26, 10];
  const textW = Math.max(24, width - fixed.reduce((a, b) => a + b, 0) - 6);
  return {
    head: '', sep: '\n', tail: '', empty: '',
    item(f) {
      const head = [
        c.bold(f.file),
        f.title ? c.cyan(f.title) : c.dim('(no title)'),
        [f.published, f.source].filter(Boolean).join(' · '),
      ].filter(Boolean).join('\n');
      const t = new Table({
        head: ['fact', 'value', 'detail', 'line:col', 'text'].map((h) => c.bold(h)),
        colWidths: [...fixed, textW],
        wordWrap: true,
        wrapOnWordBoundary: true,
        style: { head: [], border: [] },
      });
      const rows = factRows(f, o.fields);
      for (const r of rows) {
        const type = r.type === 'warning' ? c.yellow(r.type) : r.type;
        t.push([type, r.value, r.detail, r.span ? `${r.span.line}:${r.span.column}` : '', r.text === r.value ? '' : r.text]);
      }
      return head + '\n' + (rows.length ? t.toString() : c.dim('no facts found')) + '\n';
    },
  };
}
