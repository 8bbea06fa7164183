/**
 * `linkage cite` is a preset of `linkage check`'s citation rules: every
 * fixtures/cite case gives the same messages through both commands, and every
 * rule of the preset is a rule of `linkage check` at the same default.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { citeGolden } from '../src/cite/golden.js';
import { checkPaths } from '../src/check/index.js';
import { resolveConfig } from '../src/check/config.js';
import { CITATION_RULES, RULES } from '../src/check/rules/index.js';
import { citeConfig } from '../src/cite/cite.js';

const ROOT = new URL('../', import.meta.url).pathname;
const rules = RULES;
const citation = new Set(CITATION_RULES.map((r) => r.id));
const config = resolveConfig(rules, { rules: Object.fromEntries(rules.filter((r) => !citation.has(r.id)).map((r) => [r.id, 'off'])) }, null, ROOT);
const key = (f: { file?: string; code: string; line: number | null; column: number | null; message: string }) => `${f.file ?? ''}|${f.line}:${f.column}|${f.code}|${f.message}`;

describe('citation checks in linkage check', () => {
  it('linkage cite runs every citation rule, each at its default level, and nothing else', () => {
    const preset = citeConfig();
    expect(Object.keys(preset.rules).sort()).toEqual([...citation].sort());
    for (const r of CITATION_RULES) expect(preset.rules[r.id].level, r.id).toBe(r.level);
    expect(rules.filter((r) => r.id.startsWith('citation-')).map((r) => r.id)).toEqual(CITATION_RULES.map((r) => r.id));
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
