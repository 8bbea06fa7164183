/** Reporters of `linkage cite` by name, loaded on demand. */
import type { CiteReporter, CiteReporterOptions, MakeCiteReporter } from './reporter.js';

const LOADERS = {
  table: async () => (await import('./table.js')).table,
  json: async () => (await import('./json.js')).json,
  jsonl: async () => (await import('./jsonl.js')).jsonl,
  csv: async () => (await import('./csv.js')).csv,
} satisfies Record<string, () => Promise<MakeCiteReporter>>;

export type CiteFormat = keyof typeof LOADERS;
export const CITE_FORMATS = Object.keys(LOADERS) as CiteFormat[];

export function isCiteFormat(s: string): s is CiteFormat {
  return s in LOADERS;
}
export async function makeCiteReporter(format: CiteFormat, o: CiteReporterOptions): Promise<CiteReporter> {
  return (await LOADERS[format]())(o);
}
