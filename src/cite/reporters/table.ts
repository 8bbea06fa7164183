/**
 * --format table, for a terminal: each citation in its context, highlighted,
 * with its status and messages; articles are written as they are checked, the
 * messages comparing articles and the summary at the end.
 */
import type { Article } from '../../article/article.js';
import type { Message, Severity } from '../../findings.js';
import { visible } from '../../text/visible.js';
import { wrapWords } from '../../report/wrap.js';
import type { CitationView } from '../cite.js';
import { shown, statusLine, type MakeCiteReporter } from './reporter.js';

const SNIPPET = 60;
/** The citation with up to SNIPPET characters of its paragraph either side, on one line. */
function context(a: Article, v: CitationView): { before: string; cite: string; after: string } {
  const para0 = a.text.lastIndexOf('\n', v.start) + 1;
  let para1 = a.text.indexOf('\n', v.end);
  if (para1 < 0) para1 = a.text.length;
  let s = Math.max(para0, v.start - SNIPPET), e = Math.min(para1, v.end + SNIPPET);
  // cut at word edges
  if (s > para0) s = a.text.indexOf(' ', s) + 1 || s;
  if (e < para1) { const k = a.text.lastIndexOf(' ', e); if (k > v.end) e = k; }
  const flat = (x: string) => x.replace(/\s+/g, ' ');
  return {
    before: (s > para0 ? '…' : '') + flat(a.text.slice(s, v.start)),
    cite: flat(a.text.slice(v.start, v.end)),
    after: flat(a.text.slice(v.end, e)) + (e < para1 ? '…' : ''),
  };
}

export const table: MakeCiteReporter = (o) => {
  const c = o.chalk;
  const sev = (s: Severity) => (s === 'error' ? c.red.bold('error') : s === 'warning' ? c.yellow('warning') : c.blue('info'));
  const badge = (v: CitationView) => {
    switch (v.status) {
      case 'correct': return c.green(v.short ? '✓ short' : '✓ known');
      case 'unknown': return c.dim('? unknown');
      case 'superseded': return c.yellow('⚠ superseded');
      default: return c.red('✗ problem');
    }
  };
  const messageLine = (f: Message, indent: string) =>
    wrapWords(`${sev(f.severity)} ${c.dim(f.code)} ${visible(f.message)}`, o.width, indent) +
    (f.related ?? []).map((r) => `\n${indent}  ${c.dim(`see ${visible(r.file)}${r.span ? `:${r.span.line}:${r.span.column}` : ''}`)}`).join('');
  let n = 0;
  return {
    article(a, r) {
      const views = shown(r, o.onlyProblems);
      // articles without citations are only counted in the summary: a folder may hold thousands
      if (!views.length) return;
      let out = (n++ ? '\n' : '') + c.bold(visible(a.file)) + (a.title ? ` ${c.cyan(visible(a.title))}` : '') + (a.published ? c.dim(` (${a.published})`) : '') + '\n';
      for (const v of views) {
        const ctx = context(a, v);
        const hl = v.findings.some((f) => f.severity === 'error') ? c.red.bold : v.status === 'correct' ? c.green.bold : c.yellow.bold;
        // coloured word by word, so a line break inside the citation leaves no colour open
        const cite = visible(ctx.cite);
        const marked = c.level > 0 ? cite.split(' ').map((w) => hl(w)).join(' ') : `[${cite}]`;
        out += wrapWords(`${c.dim(`${v.span.line}:${v.span.column}`)} ${badge(v)} ${c.bold(v.id)} ${c.dim(statusLine(v))}`, o.width, '  ') + '\n';
        out += wrapWords(`${visible(ctx.before)}${marked}${visible(ctx.after)}`, o.width, '    ') + '\n';
        for (const f of v.findings) out += messageLine(f, '    ') + '\n';
      }
      o.write(out);
    },
    corpus(ms) {
      if (!ms.length) return;
      o.write(`\n${c.bold('Across articles')}\n` + ms.map((f) => `  ${c.dim(`${visible(f.file)}${f.span ? `:${f.span.line}:${f.span.column}` : ''}`)}\n${messageLine(f, '    ')}\n`).join(''));
    },
    end(s) {
      const counts = [
        s.errors ? c.red(`${s.errors} error${s.errors > 1 ? 's' : ''}`) : '0 errors',
        `${s.warnings} warning${s.warnings === 1 ? '' : 's'}`, `${s.info} info`,
      ].join(', ');
      o.write(`\n${s.citations} citation${s.citations === 1 ? '' : 's'} in ${s.articles} article${s.articles === 1 ? '' : 's'}: ${counts}\n`);
    },
  };
};
