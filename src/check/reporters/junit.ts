/**
 * --format junit: JUnit XML for CI test views. One <testsuite> per file; each
 * finding is a <testcase> named after its rule, and an error is its <failure>
 * (warnings and infos pass, with the message as output, since they do not fail
 * the build); a clean file is one passing testcase.
 */
import type { Message } from '../../findings.js';
import { position, type CheckReporter } from './reporter.js';

// XML 1.0 allows neither these characters nor, in attributes, raw line breaks
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const esc = (s: string) => s.replace(INVALID_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;')
  .replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const attr = (s: string) => esc(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

function testcase(f: Message): string {
  const { line, column } = position(f);
  const where = `${f.file}:${line}:${column}`;
  const head = `    <testcase classname="${attr(f.file)}" name="${attr(`${f.code} (${line}:${column})`)}" time="0">`;
  if (f.severity === 'error') {
    return `${head}\n      <failure message="${attr(f.message)}" type="${attr(f.code)}">${esc(`${where}: ${f.message}`)}</failure>\n    </testcase>`;
  }
  return `${head}\n      <system-out>${esc(`${f.severity} ${where}: ${f.message}`)}</system-out>\n    </testcase>`;
}

export const junit: CheckReporter = (r) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const { file, findings } of r.results) {
    const n = Math.max(1, findings.length);
    const failed = findings.filter((f) => f.severity === 'error').length;
    tests += n;
    failures += failed;
    const cases = findings.length
      ? findings.map(testcase).join('\n')
      : `    <testcase classname="${attr(file)}" name="linkage check" time="0"/>`;
    suites.push(`  <testsuite name="${attr(file)}" tests="${n}" failures="${failed}" errors="0" skipped="0" time="0">\n${cases}\n  </testsuite>`);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="linkage check" tests="${tests}" failures="${failures}" errors="0" time="0">\n` +
    (suites.length ? suites.join('\n') + '\n' : '') + '</testsuites>\n';
};
