/**
 * The citation checks of `linkage cite` run inside `linkage check` with the
 * same codes, severities and messages: every fixtures/cite case gives the same
 * findings through both commands' engines.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { citeGolden } from '../src/cite/golden.js';
import { CITATION_CHECKS } from '../src/cite/check.js';
import { checkPaths } from '../src/check/index.js';
import { resolveConfig } from '../src/check/config.js';
import { allRules } from '../src/check/engine.js';
import { RULE_GROUPS } from '../src/check/rules/index.js';

const ROOT = new URL('../', import.meta.url).pathname;
const rules = allRules(RULE_GROUPS);
const citation = new Set(CITATION_CHECKS.map((c) => c.code));
const config = resolveConfig(rules, { rules: Object.fromEntries(rules.filter((r) => !citation.has(r.id)).map((r) => [r.id, 'off'])) }, null, ROOT);
const key = (f: { file?: string; code: string; line: number | null; column: number | null; message: string }) => `${f.file ?? ''}|${f.line}:${f.column}|${f.code}|${f.message}`;

describe('citation checks in linkage check', () => {
  it('every check of linkage cite is a rule with its code and default level', () => {
    for (const c of CITATION_CHECKS) {
      const r = rules.find((x) => x.id === c.code);
      expect(r, c.code).toBeDefined();
      expect(r!.level).toBe(c.severity === 'warning' ? 'warn' : c.severity);
    }
  });
  for (const name of readdirSync(join(ROOT, 'fixtures/cite')).filter((f) => !f.endsWith('.json'))) {
    it(`fixtures/cite/${name}: same findings as linkage cite`, async () => {
      const rel = `fixtures/cite/${name}`;
      const want = (await citeGolden(join(ROOT, rel), rel)).findings;
      const cwd = process.cwd();
      process.chdir(ROOT);
      const { results } = await checkPaths([rel], { config }).finally(() => process.chdir(cwd));
      const corpus = !/\.(txt|md)$/.test(name);
      const got = results.flatMap((r) => r.findings).map((f) => ({
        ...(corpus ? { file: f.file } : {}), code: f.code, severity: f.severity, line: f.span?.line ?? null, column: f.span?.column ?? null, message: f.message,
      }));
      expect(got.map(key).sort()).toEqual(want.map(key).sort());
      expect(Object.fromEntries(got.map((f) => [key(f), f.severity]))).toEqual(Object.fromEntries(want.map((f) => [key(f), f.severity])));
    });
  }
});
