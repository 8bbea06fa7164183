/**
 * The golden files' answers, computed through the CLI as a user runs it, so
 * they hold whatever the code behind the commands looks like. Shared by the
 * tests and scripts/update-golden.mjs (build first: `npm test` does).
 *   fixtures/check/<rule-id>/<case>: `linkage check` with that rule alone, at its default level
 *   fixtures/cite/<case>: `linkage cite`, a file alone or a folder as a corpus
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from './run.mjs';

export const FIXTURE_CASES = ['fail', 'pass'];

/** The file or folder of a rule's case, relative to the repository. */
export function casePath(ruleId, kase) {
  for (const c of [`${kase}.txt`, `${kase}.md`, kase]) {
    const rel = `fixtures/check/${ruleId}/${c}`;
    if (existsSync(join(ROOT, rel))) return rel;
  }
  return null;
}

async function json(args) {
  const r = await runCli(args);
  if (r.code === 2) throw new Error(`linkage ${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

let configDir;
/** A config file that turns every rule but `ruleId` off. */
async function onlyRule(ruleId) {
  const ids = Object.keys((await json(['check', '--print-config'])).rules);
  if (!ids.includes(ruleId)) throw new Error(`no rule ${ruleId} (rules: ${ids.join(', ')})`);
  configDir ??= mkdtempSync(join(tmpdir(), 'linkage-golden-'));
  const file = join(configDir, `${ruleId}.json`);
  writeFileSync(file, JSON.stringify({ rules: Object.fromEntries(ids.filter((id) => id !== ruleId).map((id) => [id, 'off'])) }));
  return file;
}

/** The findings of one rule alone on a fixture case (files named relative to the repository). */
export async function ruleFindings(ruleId, kase) {
  const path = casePath(ruleId, kase);
  if (!path) throw new Error(`fixtures/check/${ruleId}: no ${kase}.txt, ${kase}.md or ${kase}/`);
  return (await json(['check', path, '--format', 'json', '-c', await onlyRule(ruleId)])).findings;
}

/** `linkage cite` findings of a case in their golden form; a corpus's name their file. */
export async function citeFindings(rel) {
  const corpus = statSync(join(ROOT, rel)).isDirectory();
  const { findings } = await json(['cite', rel, '--format', 'json']);
  return {
    findings: findings.map((f) => ({
      ...(corpus ? { file: f.file } : {}), code: f.code, severity: f.severity,
      line: f.span?.line ?? null, column: f.span?.column ?? null, message: f.message,
    })),
  };
}
