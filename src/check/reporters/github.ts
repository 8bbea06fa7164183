/**
 * --format github: GitHub Actions workflow commands, one line per finding, so a
 * workflow run annotates the file and line:
 *   ::error file=corpus/a.txt,line=12,col=5,title=date-invalid::"31/02/2021" is not a valid date
 * The message escapes %, CR and LF; property values also escape ":" and ",".
 */
import type { Severity } from '../../findings.js';
import type { CheckReporter } from './reporter.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: CheckReporter = (r) => {
  let out = '';
  for (const { findings } of r.results) {
    for (const f of findings) {
      const props = [`file=${escapeProperty(f.file)}`];
      if (f.span) props.push(`line=${f.span.line}`, `col=${f.span.column}`);
      props.push(`title=${escapeProperty(f.code)}`);
      out += `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
    }
  }
  return out;
};
