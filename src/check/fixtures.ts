/**
 * Rule fixtures: fixtures/check/<rule-id>/ holds a failing and a passing case,
 * each a file (fail.txt, pass.md) or, for corpus rules, a folder of articles
 * (fail/, pass/), beside <case>.expected.json, the findings the rule must give.
 * An optional facts.json maps a file to stand-in fact fields that replace the
 * extracted ones, for rules whose extractor is built on another branch.
 * Used by the tests and by scripts/update-golden.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../findings.js';
import type { ArticleFacts } from '../types.js';
import { resolveConfig } from './config.js';
import { checkPaths } from './index.js';
import { RULES } from './rules/index.js';

export const FIXTURE_CASES = ['fail', 'pass'] as const;

/** The file or folder of a case, relative to `root` (the repository). */
export function casePath(root: string, ruleId: string, kase: string): string | null {
  for (const c of [`${kase}.txt`, `${kase}.md`, kase]) {
    const rel = `fixtures/check/${ruleId}/${c}`;
    if (existsSync(join(root, rel))) return rel;
  }
  return null;
}

/** Run one rule alone, at its default level, on a fixture case. Paths are reported relative to `root`. */
export async function runFixture(root: string, ruleId: string, kase: string): Promise<Message[]> {
  const path = casePath(root, ruleId, kase);
  if (!path) throw new Error(`fixtures/check/${ruleId}: no ${kase}.txt, ${kase}.md or ${kase}/`);
  const rules = RULES;
  const only = Object.fromEntries(rules.filter((r) => r.id !== ruleId).map((r) => [r.id, 'off']));
  const config = resolveConfig(rules, { rules: only }, null, root);
  const factsFile = join(root, `fixtures/check/${ruleId}/facts.json`);
  const standIn: Record<string, Partial<ArticleFacts>> = existsSync(factsFile) ? JSON.parse(readFileSync(factsFile, 'utf8')) : {};
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const { results } = await checkPaths([path], { config, mapFacts: (f) => ({ ...f, ...standIn[f.file] }) });
    return results.flatMap((r) => r.findings);
  } finally {
    process.chdir(cwd);
  }
}
