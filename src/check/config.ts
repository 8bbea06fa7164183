/**
 * linkage.config.json: which rules run and how severe they are (ESLint-like
 * "off" | "info" | "warn" | "error", or [level, { options }]), registry files
 * for the citation checks, and globs of files to leave out. Found from the
 * working directory upward unless --config names one. A config that does not
 * parse, names an unknown rule or sets a bad value is a UsageError with one
 * clear line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../cli/context.js';
import { LEVELS, type Level, type RuleMeta, type RuleOptions } from './rule.js';

export const CONFIG_NAME = 'linkage.config.json';

export interface RuleSetting { level: Level; options: RuleOptions }

export interface CheckConfig {
  /** the config file read, or null for the defaults */
  file: string | null;
  rules: Record<string, RuleSetting>;
  /** registry files, resolved against the config's folder */
  registry: string[];
  /** globs, matched against paths relative to `root` */
  ignore: string[];
  /** the config's folder (the working directory without one) */
  root: string;
}

/** The nearest linkage.config.json from `dir` upward, or null. */
export function findConfig(dir: string): string | null {
  let d = resolve(dir);
  for (;;) {
    const p = join(d, CONFIG_NAME);
    if (existsSync(p)) return p;
    const up = dirname(d);
    if (up === d) return null;
    d = up;
  }
}

const KEYS = ['$schema', 'rules', 'registry', 'ignore'];

export function loadConfig(rules: RuleMeta[], opts: { file?: string; cwd?: string } = {}): CheckConfig {
  const cwd = opts.cwd ?? process.cwd();
  const file = opts.file ? resolve(cwd, opts.file) : findConfig(cwd);
  if (!file) return resolveConfig(rules, {}, null, cwd);
  const shown = relative(cwd, file) || file;
  const fail = (msg: string): never => { throw new UsageError(`config ${shown}: ${msg}`); };
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) {
    return fail((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
  }
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) { return fail(`not valid JSON (${(e as Error).message})`); }
  return resolveConfig(rules, json, file, dirname(file), fail);
}

/** Defaults overlaid with a parsed config object; every value is checked. */
export function resolveConfig(
  rules: RuleMeta[], json: unknown, file: string | null, root: string,
  fail: (msg: string) => never = (m) => { throw new UsageError(`config: ${m}`); },
): CheckConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('must be a JSON object');
  const obj = json as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!KEYS.includes(k)) fail(`unknown key "${k}" (keys: ${KEYS.slice(1).join(', ')})`);

  const byId = new Map(rules.map((r) => [r.id, r]));
  const settings: Record<string, RuleSetting> = {};
  for (const r of rules) settings[r.id] = { level: r.level, options: { ...r.options } };
  const given = obj.rules ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) fail('"rules" must be an object of rule ids to levels');
  for (const [id, v] of Object.entries(given as Record<string, unknown>)) {
    const meta = byId.get(id);
    if (!meta) {
      const near = closest(id, [...byId.keys()]);
      fail(`unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}`);
    }
    const [level, options] = Array.isArray(v) ? v : [v, undefined];
    if (!LEVELS.includes(level as Level)) fail(`rule "${id}": level must be one of ${LEVELS.join(', ')}, not ${JSON.stringify(level)}`);
    const s = settings[id];
    s.level = level as Level;
    if (options !== undefined) {
      if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(`rule "${id}": options must be an object`);
      for (const [k, ov] of Object.entries(options as Record<string, unknown>)) {
        const def = meta!.options?.[k];
        if (def === undefined) fail(`rule "${id}": unknown option "${k}"${meta!.options ? ` (options: ${Object.keys(meta!.options).join(', ')})` : ' (it has none)'}`);
        if (typeof ov !== typeof def) fail(`rule "${id}": option "${k}" must be a ${typeof def}`);
        s.options[k] = ov as number | string | boolean;
      }
    }
  }
  const strings = (key: string): string[] => {
    const v = obj[key] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`"${key}" must be an array of strings`);
    return v as string[];
  };
  return {
    file,
    rules: settings,
    registry: strings('registry').map((p) => resolve(root, p)),
    ignore: strings('ignore'),
    root,
  };
}

/** The effective config as --print-config shows it: levels alone, or [level, options]. */
export function printable(c: CheckConfig, cwd = process.cwd()): Record<string, unknown> {
  const rel = (p: string) => relative(cwd, p) || '.';
  const rules: Record<string, unknown> = {};
  for (const [id, s] of Object.entries(c.rules)) rules[id] = Object.keys(s.options).length ? [s.level, s.options] : s.level;
  return { configFile: c.file ? rel(c.file) : null, rules, registry: c.registry.map(rel), ignore: c.ignore };
}

/** A likely intended rule id for a typo (edit distance ≤ 3). */
function closest(s: string, ids: string[]): string | null {
  let best: string | null = null;
  let bestD = 4;
  for (const id of ids) {
    const d = editDistance(s, id);
    if (d < bestD) { bestD = d; best = id; }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
