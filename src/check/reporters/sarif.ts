/**
 * --format sarif: SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: the
 * rules that ran in tool.driver.rules, one result per finding with its rule,
 * level and location. Columns count Unicode code points, as linkage's do.
 */
import type { Message, Severity } from '../../findings.js';
import type { Span } from '../../types.js';
import type { CheckReporter } from './reporter.js';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', warning: 'warning', info: 'note' };

/** A path as a relative URI reference (or a file: URI when absolute). */
export function fileUri(path: string): string {
  const p = path.split('\\').join('/').replace(/^\.\//, '');
  const enc = p.split('/').map(encodeURIComponent).join('/');
  return p.startsWith('/') ? `file://${enc}` : enc;
}

function location(file: string, span: Span | null, message?: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(file) },
      region: span ? { startLine: span.line, startColumn: span.column } : { startLine: 1, startColumn: 1 },
    },
    ...(message ? { message: { text: message } } : {}),
  };
}

const firstSentence = (s: string) => /^.*?[.!?](?=\s|$)/.exec(s)?.[0] ?? s;

export const sarif: CheckReporter = (r) => {
  const index = new Map(r.rules.map((x, i) => [x.id, i]));
  const result = (f: Message) => ({
    ruleId: f.code,
    ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
    level: LEVEL[f.severity as Severity],
    message: { text: f.message },
    locations: [location(f.file, f.span)],
    ...(f.related?.length ? { relatedLocations: f.related.map((x, i) => ({ id: i + 1, ...location(x.file, x.span, x.message) })) } : {}),
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'linkage',
          version: r.version,
          rules: r.rules.map((x) => ({
            id: x.id,
            shortDescription: { text: firstSentence(x.description) },
            fullDescription: { text: x.description },
            help: { text: x.description },
            defaultConfiguration: { level: LEVEL[x.level] },
          })),
        },
      },
      columnKind: 'unicodeCodePoints',
      results: r.results.flatMap((x) => x.findings.map(result)),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
