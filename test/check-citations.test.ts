/**
 * `linkage cite` is a preset of `linkage check`'s citation rules: every
 * fixtures/cite case gives the same codes, severities and messages through
 * both commands, and the preset is every citation rule at its default level.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { citeFindings } from './helpers/golden.mjs';
// @ts-expect-error plain ESM helper without types
import { runCli, ROOT } from './helpers/run.mjs';
import { CITATION_RULES } from '../src/check/rules/index.js';
import { citeConfig } from '../src/cite/cite.js';

type Golden = { file?: string; code: string; severity: string; line: number | null; column: number | null; message: string };
const key = (f: Golden) => `${f.file ?? ''}|${f.line}:${f.column}|${f.code}|${f.message}`;

let citationRules: string[];
let config: string;
beforeAll(async () => {
  const rules: Record<string, { level: string }> = JSON.parse((await runCli(['check', '--print-config'])).stdout).rules;
  citationRules = Object.keys(rules).filter((id) => id.startsWith('citation-'));
  config = join(mkdtempSync(join(tmpdir(), 'linkage-cc-')), 'citations-only.json');
  writeFileSync(config, JSON.stringify({ rules: Object.fromEntries(Object.keys(rules).filter((id) => !citationRules.includes(id)).map((id) => [id, 'off'])) }));
});

describe('citation checks in linkage check', () => {
  it('linkage cite runs every citation rule of linkage check, each at its default level, and nothing else', () => {
    const preset = citeConfig();
    expect(Object.keys(preset.rules).sort()).toEqual([...citationRules].sort());
    for (const r of CITATION_RULES) expect(preset.rules[r.id].level, r.id).toBe(r.level);
  });
  it('every code linkage cite reports on its fixtures is a rule of linkage check', async () => {
    const codes = new Set<string>();
    for (const name of readdirSync(join(ROOT, 'fixtures/cite')).filter((f: string) => !f.endsWith('.json'))) {
      for (const f of (await citeFindings(`fixtures/cite/${name}`)).findings as Golden[]) codes.add(f.code);
    }
    expect([...codes].sort()).toEqual([...citationRules].sort());
  });
  for (const name of readdirSync(join(ROOT, 'fixtures/cite')).filter((f: string) => !f.endsWith('.json'))) {
    it(`fixtures/cite/${name}: same findings as linkage cite`, async () => {
      const rel = `fixtures/cite/${name}`;
      const want: Golden[] = (await citeFindings(rel)).findings;
      const r = await runCli(['check', rel, '--format', 'json', '-c', config]);
      expect(r.stderr).toBe('');
      const corpus = !/\.(txt|md)$/.test(name);
      const got: Golden[] = JSON.parse(r.stdout).findings.map((f: any) => ({
        ...(corpus ? { file: f.file } : {}), code: f.code, severity: f.severity, line: f.span?.line ?? null, column: f.span?.column ?? null, message: f.message,
      }));
      expect(got.map(key).sort()).toEqual(want.map(key).sort());
      // a severity word in cite's vocabulary is the level of the rule in check's: error, warning, info
      expect(Object.fromEntries(got.map((f) => [key(f), f.severity]))).toEqual(Object.fromEntries(want.map((f) => [key(f), f.severity])));
    });
  }
});
