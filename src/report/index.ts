/** Output formats by name, loaded on demand so start-up pays only for the one used. */
import type { Format, FormatOptions } from './reporter.js';

type Factory = (o: FormatOptions) => Format;
const LOADERS = {
  table: async () => (await import('./table.js')).tableFormat,
  json: async () => (await import('./json.js')).jsonFormat,
  jsonl: async () => (await import('./jsonl.js')).jsonlFormat,
  csv: async () => (await import('./csv.js')).csvFormat,
} satisfies Record<string, () => Promise<Factory>>;

export type FormatName = keyof typeof LOADERS;
export const FORMATS = Object.keys(LOADERS) as FormatName[];

export function isFormat(s: string): s is FormatName {
  return s in LOADERS;
}
export async function loadFormat(name: FormatName, o: FormatOptions): Promise<Format> {
  return (await LOADERS[name]())(o);
}
