/** The province gazetteer follows Nghị quyết 202/2025/QH15: 63 units before 1/7/2025, 34 after. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';

const { provinces } = JSON.parse(readFileSync(new URL('../data/provinces.json', import.meta.url), 'utf8'));
const byId = new Map<string, any>(provinces.map((p: any) => [p.id, p]));

describe('data/provinces.json', () => {
  it('has 63 units before 2025 and 34 after', () => {
    expect(provinces.filter((p: any) => p.before2025).length).toBe(63);
    expect(provinces.filter((p: any) => p.after2025).length).toBe(34);
  });
  it('maps every unit to a unit that exists after 1/7/2025, and back through mergedFrom', () => {
    for (const p of provinces) {
      expect(byId.get(p.current)?.after2025, p.id).toBe(true);
      if (p.current !== p.id) expect(byId.get(p.current).mergedFrom, p.id).toContain(p.id);
    }
  });
  it('never lists one surface form for two units', () => {
    const seen = new Map<string, string>();
    for (const p of provinces) for (const v of p.variants) {
      expect(seen.get(v) ?? p.id, v).toBe(p.id);
      seen.set(v, p.id);
    }
  });
});
