/**
 * linkage.config.json: which rules run and how severe they are (ESLint-like
 * "off" | "info" | "warning" (or "warn") | "error", or [level, { options }]),
 * registry files for the citation checks, and globs of files to leave out.
 * Found from the working directory upward, up to the repository root, unless
 * --config names one. A config that does not parse, names an unknown key,
 * rule or option, or sets a bad value is a ConfigError with one line naming
 * the line:column and, for a typo, the likely intended name (the CLI makes it
 * exit 2).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { LEVELS, type Level, type RuleMeta, type RuleOptions } from './rule.js';
import { nearest } from '../text/nearest.js';
import { ignoreMatcher } from '../ingest/glob.js';

export const CONFIG_NAME = 'linkage.config.json';

/** A config or registry that cannot be used: one line for the user, no stack. */
export class ConfigError extends Error {}

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

/**
 * The nearest linkage.config.json from `dir` upward, or null. The search
 * stops at the repository root (the folder holding `.git`), so a config left
 * in a shared parent folder never turns rules off for the projects below it.
 */
export function findConfig(dir: string): string | null {
  let d = resolve(dir);
  for (;;) {
    const p = join(d, CONFIG_NAME);
    if (existsSync(p)) return p;
    const up = dirname(d);
    if (up === d || existsSync(join(d, '.git'))) return null;
    d = up;
  }
}

const KEYS = ['$schema', 'rules', 'registry', 'ignore'];
/** Levels are the report's words (error, warning, info); ESLint's "warn" is taken for "warning". */
const LEVEL_ALIASES: Record<string, Level> = { warn: 'warning' };
const LEVEL_WORDS = [...LEVELS, ...Object.keys(LEVEL_ALIASES)];

/** Where a config error is: the key path it is about, found in the text. */
type Fail = (msg: string, path?: string[]) => never;

export function loadConfig(rules: RuleMeta[], opts: { file?: string; cwd?: string } = {}): CheckConfig {
  const cwd = opts.cwd ?? process.cwd();
  const file = opts.file ? resolve(cwd, opts.file) : findConfig(cwd);
  if (!file) return resolveConfig(rules, {}, null, cwd);
  const shown = relative(cwd, file) || file;
  let text = '';
  const fail: Fail = (msg, path) => {
    const at = path ? locate(text, path) : null;
    throw new ConfigError(`config ${shown}${at ? `:${at.line}:${at.column}` : ''}: ${msg}`);
  };
  try { text = readFileSync(file, 'utf8'); } catch (e) {
    return fail((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
  }
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) {
    const msg = (e as Error).message;
    const pos = /at position (\d+)/.exec(msg);
    const at = pos ? lineColumn(text, Number(pos[1])) : null;
    throw new ConfigError(`config ${shown}${at ? `:${at.line}:${at.column}` : ''}: not valid JSON (${msg.replace(/ in JSON at position \d+.*$/, '')})`);
  }
  return resolveConfig(rules, json, file, dirname(file), fail);
}

/** A value in an error message: short, whatever it holds (a 100,000-deep array too). */
function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

const didYouMean = (s: string, known: string[]) => {
  const near = nearest(s, known);
  return near ? ` (did you mean "${near}"?)` : '';
};

/** Defaults overlaid with a parsed config object; every value is checked. */
export function resolveConfig(
  rules: RuleMeta[], json: unknown, file: string | null, root: string,
  fail: Fail = (m) => { throw new ConfigError(`config: ${m}`); },
): CheckConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('must be a JSON object');
  const obj = json as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!KEYS.includes(k)) fail(`unknown key "${k}"${didYouMean(k, KEYS)} (keys: ${KEYS.slice(1).join(', ')})`, [k]);

  const byId = new Map(rules.map((r) => [r.id, r]));
  const settings: Record<string, RuleSetting> = Object.create(null);
  for (const r of rules) settings[r.id] = { level: r.level, options: { ...r.options } };
  const given = Object.hasOwn(obj, 'rules') ? obj.rules : {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) fail('"rules" must be an object of rule ids to levels', ['rules']);
  for (const [id, v] of Object.entries(given as Record<string, unknown>)) {
    const meta = byId.get(id);
    if (!meta) fail(`unknown rule "${id}"${didYouMean(id, [...byId.keys()])}`, ['rules', id]);
    if (Array.isArray(v) && (v.length < 1 || v.length > 2)) fail(`rule "${id}": give a level, or [level, { options }]`, ['rules', id]);
    const [word, options] = Array.isArray(v) ? v : [v, undefined];
    const level = typeof word === 'string' ? (LEVEL_ALIASES[word] ?? word) : word;
    if (!LEVELS.includes(level as Level)) {
      fail(`rule "${id}": level must be one of ${LEVEL_WORDS.join(', ')}, not ${describe(word)}${typeof word === 'string' ? didYouMean(word, LEVEL_WORDS) : ''}`, ['rules', id]);
    }
    const s = settings[id];
    s.level = level as Level;
    if (options === undefined) continue;
    if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(`rule "${id}": options must be an object`, ['rules', id]);
    const defaults = meta!.options ?? {};
    const names = Object.keys(defaults);
    for (const [k, ov] of Object.entries(options as Record<string, unknown>)) {
      // own options only: "__proto__" or "constructor" are not options
      if (!Object.hasOwn(defaults, k)) {
        fail(`rule "${id}": unknown option "${k}"${names.length ? `${didYouMean(k, names)} (options: ${names.join(', ')})` : ' (it has none)'}`, ['rules', id, k]);
      }
      const def = defaults[k];
      if (typeof ov !== typeof def) fail(`rule "${id}": option "${k}" must be a ${typeof def}, not ${describe(ov)}`, ['rules', id, k]);
      if (typeof ov === 'number') {
        const lim = meta!.limits?.[k];
        const bad = !Number.isFinite(ov) ? 'a finite number'
          : lim?.integer && !Number.isInteger(ov) ? 'a whole number'
            : lim && (ov < lim.min || (lim.max !== undefined && ov > lim.max)) ? (lim.max === undefined ? `at least ${lim.min}` : `between ${lim.min} and ${lim.max}`)
              : null;
        if (bad) fail(`rule "${id}": option "${k}" must be ${bad}, not ${describe(ov)}`, ['rules', id, k]);
      }
      s.options[k] = ov as number | string | boolean;
    }
  }
  const strings = (key: string): string[] => {
    if (!Object.hasOwn(obj, key)) return [];
    const v = obj[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) fail(`"${key}" must be an array of non-empty strings`, [key]);
    return v as string[];
  };
  const ignore = strings('ignore');
  try { ignoreMatcher(ignore); } catch (e) { fail(`"ignore": ${(e as Error).message}`, ['ignore']); }
  return {
    file,
    rules: { ...settings },
    registry: strings('registry').map((p) => resolve(root, p)),
    ignore,
    root,
  };
}

/** 1-based line and column (in code points) of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: [...before.slice(nl + 1)].length + 1 };
}

/** Where the key path stands in the config text: each key searched after the one before it. */
function locate(text: string, path: string[]): { line: number; column: number } | null {
  let at = 0;
  for (const key of path) {
    const i = text.indexOf(JSON.stringify(key), at);
    if (i < 0) return at ? lineColumn(text, at) : null;
    at = i;
  }
  return lineColumn(text, at);
}

/** The effective config as --print-config shows it: levels alone, or [level, options]. */
export function printable(c: CheckConfig, cwd = process.cwd()): Record<string, unknown> {
  const rel = (p: string) => relative(cwd, p) || '.';
  const rules: Record<string, unknown> = {};
  for (const [id, s] of Object.entries(c.rules)) rules[id] = Object.keys(s.options).length ? [s.level, s.options] : s.level;
  return { configFile: c.file ? rel(c.file) : null, rules, registry: c.registry.map(rel), ignore: c.ignore };
}
