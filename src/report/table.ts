/**
 * --format table (default on a terminal): per article, a heading with title,
 * date and source, then one table of facts with wrapped text, as wide as the
 * terminal (80 columns and up). The fact, value and position columns are as
 * wide as their longest word, so stable keys (`information-communications`,
 * `37-NQ/TW`) are never cut; the text takes what is left. Below 120 columns
 * the detail goes under the value instead of in a column of its own. Colour
 * only when enabled (cli-table3's own colours are switched off); control
 * characters of the article are made visible.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { visible } from '../text/visible.js';
import { factRows } from './rows.js';
import { visibleWidth, wrapWords } from './wrap.js';
import type { Format, FormatOptions } from './reporter.js';

const MIN_WIDTH = 80;
const WIDE = 120;
const MIN_TEXT = 20;

/** The longest word of some cells: a column narrower than it would cut it. */
const longestWord = (cells: string[]) => cells.reduce((m, s) => Math.max(m, ...s.split(/\s+/).map(visibleWidth)), 0);

export function tableFormat(o: FormatOptions): Format {
  // the CLI decided colour (cli/color.ts) and passed it in as a flag a worker thread can receive
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, o.width ?? (Number(process.env.COLUMNS) || WIDE));
  const wide = width >= WIDE;
  return {
    head: '', sep: '\n', tail: '', empty: '',
    item(f) {
      const head = [
        c.bold(visible(f.file)),
        f.title ? c.cyan(wrapWords(visible(f.title), width, '')) : c.dim('(no title)'),
        [f.published, f.source && visible(f.source)].filter(Boolean).join(' · '),
      ].filter(Boolean).join('\n');
      const rows = factRows(f, o.fields).map((r) => ({
        type: r.type, value: visible(r.value), detail: visible(r.detail),
        pos: r.span ? `${r.span.line}:${r.span.column}` : '', text: r.text === r.value ? '' : visible(r.text),
      }));
      if (!rows.length) return head + '\n' + c.dim('no facts found') + '\n';
      // cli-table3 widths include one space of padding either side
      // the fact column as wide as its longest word: "cooperation field" takes two lines
      const typeW = Math.max(4, longestWord(rows.map((r) => r.type))) + 2;
      const posW = Math.max(8, ...rows.map((r) => r.pos.length)) + 2;
      const valueCells = wide ? rows.map((r) => r.value) : rows.flatMap((r) => [r.value, r.detail]);
      const cols = wide ? 5 : 4;
      const spare = width - (cols + 1) - typeW - posW;
      // the value column: two fifths of the room (a third when detail has its own), never narrower than its longest word
      const valueMin = longestWord(valueCells) + 2;
      const valueW = Math.max(valueMin, Math.min(Math.floor(spare * (wide ? 0.3 : 0.4)), spare - MIN_TEXT));
      const detailW = wide ? Math.max(longestWord(rows.map((r) => r.detail)) + 2, Math.min(Math.floor(spare * 0.3), spare - valueW - MIN_TEXT)) : 0;
      const widths = wide ? [typeW, valueW, detailW, posW] : [typeW, valueW, posW];
      const textW = Math.max(MIN_TEXT, width - (cols + 1) - widths.reduce((a, b) => a + b, 0));
      const t = new Table({
        head: (wide ? ['fact', 'value', 'detail', 'line:col', 'text'] : ['fact', 'value', 'line:col', 'text']).map((h) => c.bold(h)),
        colWidths: [...widths, textW],
        wordWrap: true,
        wrapOnWordBoundary: true,
        style: { head: [], border: [] },
      });
      for (const r of rows) {
        const type = r.type === 'warning' ? c.yellow(r.type) : r.type;
        t.push(wide
          ? [type, r.value, r.detail, r.pos, r.text]
          : [type, r.detail ? `${r.value}\n${c.dim(r.detail)}` : r.value, r.pos, r.text]);
      }
      return head + '\n' + t.toString() + '\n';
    },
  };
}
