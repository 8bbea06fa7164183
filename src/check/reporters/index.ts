/** Check reporters by name, loaded on demand. */
import type { CheckReporter } from './reporter.js';

const LOADERS = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
} satisfies Record<string, () => Promise<CheckReporter>>;

export type CheckFormat = keyof typeof LOADERS;
export const CHECK_FORMATS = Object.keys(LOADERS) as CheckFormat[];

export function isCheckFormat(s: string): s is CheckFormat {
  return s in LOADERS;
}
export function loadCheckReporter(name: CheckFormat): Promise<CheckReporter> {
  return LOADERS[name]();
}
