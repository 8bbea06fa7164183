/** --format stylish: findings grouped by file, aligned, then one summary line (ESLint's default look). */
import { visible } from '../../text/visible.js';
import type { Severity } from '../../findings.js';
import type { CheckReporter } from './reporter.js';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export const stylish: CheckReporter = (r) => {
  const c = r.chalk;
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const { file, findings } of r.results) {
    if (!findings.length) continue;
    const rows = findings.map((f) => ({
      // a finding about the whole file (no title, a duplicate) is at 0:0, as in ESLint
      pos: f.span ? `${f.span.line}:${f.span.column}` : '0:0',
      sev: f.severity,
      msg: visible(f.message.replace(/\s+/g, ' ')),
      code: f.code,
    }));
    const wPos = Math.max(...rows.map((x) => x.pos.length));
    const wMsg = Math.min(100, Math.max(...rows.map((x) => x.msg.length)));
    out.push(c.underline(visible(file)));
    for (const x of rows) {
      out.push(`  ${c.dim(x.pos.padEnd(wPos))}  ${paint[x.sev](LABEL[x.sev].padEnd(7))}  ${x.msg.padEnd(wMsg)}  ${c.dim(x.code)}`);
    }
    out.push('');
  }
  const { files, errors, warnings, infos } = r.counts;
  const total = errors + warnings + infos;
  if (total === 0) out.push(c.green(`✔ ${plural(files, 'file')} checked, no problems`));
  // infos alone do not fail a run: no ✖ for them
  else if (errors + warnings === 0) out.push(c.green(`✔ ${plural(files, 'file')} checked, no errors or warnings (${plural(infos, 'info')})`));
  else {
    const line = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
      `${infos ? `, ${plural(infos, 'info')}` : ''}) in ${plural(files, 'file')} checked`;
    out.push(errors ? c.red.bold(line) : c.yellow.bold(line));
  }
  return out.join('\n') + '\n';
};
