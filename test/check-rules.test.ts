/**
 * Every rule fires on its failing fixture and stays quiet on its passing one,
 * with exactly the findings of the golden files (fixtures/check/<rule-id>/),
 * run through `linkage check` with that rule alone. The fail/pass pair is the
 * rule's specification; the golden file is a regression test of its messages
 * and spans (scripts/update-golden.mjs writes it).
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/check/rules/index.js';
// @ts-expect-error plain ESM helper without types
import { ruleFindings } from './helpers/golden.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const expected = (id: string, c: string) => JSON.parse(readFileSync(join(ROOT, `fixtures/check/${id}/${c}.expected.json`), 'utf8'));

describe('rules', () => {
  it('have unique ids, a default level and a description with a failing and a passing example', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(r.level);
      expect(r.description, r.id).toMatch(/Fails: .+Passes: /s);
    }
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    it('has fixtures', () => {
      expect(existsSync(join(ROOT, 'fixtures/check', rule.id))).toBe(true);
    });
    it('fires on its failing example', async () => {
      const got: any[] = await ruleFindings(rule.id, 'fail');
      expect(got.length).toBeGreaterThan(0);
      expect(got.every((f) => f.code === rule.id)).toBe(true);
      expect(got).toEqual(expected(rule.id, 'fail'));
    });
    it('stays quiet on its passing example', async () => {
      const got = await ruleFindings(rule.id, 'pass');
      expect(got).toEqual([]);
      expect(expected(rule.id, 'pass')).toEqual([]);
    });
  });
}
