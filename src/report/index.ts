/** Reporters by name, loaded on demand so start-up pays only for the one used. */
import type { Reporter, ReporterOptions } from './reporter.js';

type Factory = (o: ReporterOptions) => Reporter;
const LOADERS = {
  table: async () => (await import('./table.js')).tableReporter,
  json: async () => (await import('./json.js')).jsonReporter,
  jsonl: async () => (await import('./jsonl.js')).jsonlReporter,
  csv: async () => (await import('./csv.js')).csvReporter,
} satisfies Record<string, () => Promise<Factory>>;

export type FormatName = keyof typeof LOADERS;
export const FORMATS = Object.keys(LOADERS) as FormatName[];

export function isFormat(s: string): s is FormatName {
  return s in LOADERS;
}
export function loadReporter(name: FormatName): Promise<Factory> {
  return LOADERS[name]();
}
