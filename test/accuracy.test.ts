/** `npm run accuracy`: the scorer's matching rules, its figures on a hand-scored set, and the floors gate. */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers/cli.js';
// @ts-expect-error plain JS shared with scripts/accuracy.mjs
import { score } from '../scripts/accuracy/score.mjs';
// @ts-expect-error plain JS shared with scripts/accuracy.mjs
import { belowFloors, raiseFloors, floor2 } from '../scripts/accuracy/floors.mjs';
// @ts-expect-error plain JS shared with scripts/accuracy.mjs
import { replaceBlock } from '../scripts/accuracy/report.mjs';

const FX = join(ROOT, 'fixtures/accuracy');
const SCRIPT = join(ROOT, 'scripts/accuracy.mjs');
const accuracy = (args: string[]) => {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
/** One article scored alone: gold and output fields given inline. */
const one = (gold: object, out: object) => score([{ file: 'x.txt', ...out }], [{ file: 'x.txt', ...gold }]).figures;
const counts = (f: { tp: number; fp: number; fn: number }) => [f.tp, f.fp, f.fn];

describe('accuracy: matching rules, one case a line', () => {
  // [gold id, output id, tp/fp/fn]
  it.each([
    ['13/2020/NĐ-CP', '13/2020/nđ-cp ', [1, 0, 0]],     // case and spaces folded
    ['13/2020/NĐ-CP', '13/2020/NÐ-CP', [1, 0, 0]],      // Icelandic eth read as Đ
    ['37-NQ/TW', '37 - NQ/TW', [1, 0, 0]],
    ['13/2020/NĐ-CP', '13/2020/ND-CP', [0, 1, 1]],      // D is not Đ
    ['37-NQ/TW', '37/NQ-TW', [0, 1, 1]],
  ])('citation %s vs %s', (g, o, want) => {
    expect(counts(one({ citations: [g] }, { citations: [{ id: o }] }).citations)).toEqual(want);
  });

  it.each([
    ['Thành phố Hồ Chí Minh', 'TP.HCM', [1, 0, 0]],
    ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', [1, 0, 0]],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh', [1, 0, 0]],
    ['Lào Cai', 'Tỉnh Lào Cai', [1, 0, 0]],
    ['Thừa Thiên Huế', 'TT-Huế', [1, 0, 0]],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu', [1, 0, 0]],
    ['Đắk Lắk', 'Đăk Lăk', [1, 0, 0]],
    ['Hà Nội', 'Thủ đô Hà Nội', [1, 0, 0]],
    ['Hà Nội', 'Hải Phòng', [0, 1, 1]],
  ])('province %s vs %s', (g, o, want) => {
    expect(counts(one({ provinces: [g] }, { places: [{ name: o, kind: 'province' }] }).provinces)).toEqual(want);
  });

  it('a place whose kind is a region, district or foreign country is not scored as a province', () => {
    const places = [{ name: 'Tây Bắc', kind: 'region' }, { name: 'Lào', kind: 'country' }, { name: 'Sa Pa', kind: 'district' }, { name: 'Lào Cai' }];
    expect(counts(one({ provinces: ['Lào Cai'] }, { places }).provinces)).toEqual([1, 0, 0]);
  });

  it.each([
    ['Nguyễn Văn Hòa', 'Nguyễn Văn Hoà', [1, 0, 0]],    // old tone placement
    ['Trần Thị Thủy', 'Trần Thị Thuỷ', [1, 0, 0]],
    ['Lê Thị Thúy', 'LÊ THỊ THUÝ', [1, 0, 0]],
    ['Lê Văn Khoa', 'Lê  Văn Khoa', [1, 0, 0]],          // spacing
    ['Lê Văn Khoa', 'Lê Văn', [0, 1, 1]],
  ])('participant %s vs %s', (g, o, want) => {
    expect(counts(one({ participants: [g] }, { participants: [{ name: o }] }).participants)).toEqual(want);
  });

  it('names compare in NFC: a decomposed output name matches', () => {
    expect(counts(one({ participants: ['Nguyễn Văn Hòa'] }, { participants: [{ name: 'Nguyễn Văn Hòa'.normalize('NFD') }] }).participants)).toEqual([1, 0, 0]);
  });

  it('repeats count once in set fields', () => {
    expect(counts(one({ citations: ['37-NQ/TW', '37-NQ/TW'] }, { citations: [{ id: '37-NQ/TW' }, { id: '37-nq/tw' }] }).citations)).toEqual([1, 0, 0]);
  });

  it.each([
    [['khoa học và công nghệ'], ['phát triển khoa học và công nghệ'], [1, 0, 0]], // output contains gold
    [['giáo dục và đào tạo'], ['giáo dục'], [1, 0, 0]],                          // gold contains output
    [['du lịch', 'văn hóa'], ['du lịch, văn hoá'], [2, 0, 0]],                   // one output item may answer two
    [['y tế'], ['du lịch'], [0, 1, 1]],
    [['y tế'], [], [0, 0, 1]],
  ])('sectors %j vs %j', (g, o, want) => {
    const f = one({ agreements: [{ until: null, sectors: g }] }, { agreements: [{ until: null, sectors: o.map((text) => ({ text })) }] });
    expect(counts(f.sectors)).toEqual(want);
  });

  it('an output sector is read from text, else label, else key', () => {
    const f = one({ agreements: [{ sectors: ['du lịch', 'y tế', 'thương mại'] }] },
      { agreements: [{ sectors: [{ text: 'du lịch', label: 'x' }, { label: 'y tế', key: 'x' }, { key: 'thương mại' }] }] });
    expect(counts(f.sectors)).toEqual([3, 0, 0]);
  });

  it.each([
    [[2025, 2025], [2025], [1, 0, 1]],          // two signings until 2025, one found
    [[2025], [2025, 2025], [1, 1, 0]],
    [[2025], [2025, 2030], [1, 1, 0]],
    [[2025, null], [null, 2025], [1, 0, 0]],    // a signing without horizon has no year to match
    [[2030], [2025], [0, 1, 1]],
  ])('until %j vs %j', (g, o, want) => {
    const f = one({ agreements: g.map((until) => ({ until, sectors: [] })) }, { agreements: o.map((until) => ({ until, sectors: [] })) });
    expect(counts(f.until)).toEqual(want);
    expect(f.agreements.tp).toBe(Math.min(g.length, o.length));
  });

  const run3 = { markers: ['Thứ nhất', 'Thứ hai', 'Thứ ba'], first_words: 'hoàn thiện hạ tầng số' };
  const list = (...texts: string[]) => ({ items: texts.map((text) => ({ text })) });
  it.each([
    ['same count, same first words', [run3], [list('hoàn thiện hạ tầng số ở xã', 'b', 'c')], [1, 1]],
    ['a leading "là" and punctuation are skipped', [run3], [list(', là Hoàn thiện hạ tầng số', 'b', 'c')], [1, 1]],
    ['only the first ten characters are compared', [run3], [list('hoàn thiện thể chế', 'b', 'c')], [1, 1]],
    ['other first words', [run3], [list('đào tạo kỹ năng', 'b', 'c')], [0, 0]],
    ['another item count', [run3], [list('hoàn thiện hạ tầng số', 'b')], [0, 0]],
    ['gold without first words matches on count', [{ markers: ['a)', 'b)'] }], [list('x', 'y')], [1, 1]],
    ['a one-marker gold run and a one-item list are not scored', [{ markers: ['Thứ nhất'], first_words: 'x' }], [list('x')], [1, 1]],
    ['one list answers one run', [run3, run3], [list('hoàn thiện hạ tầng số', 'b', 'c')], [0.5, 1]],
  ])('enumerations: %s', (_name, g, o, [recall, precision]) => {
    const e = one({ enumerations: g }, { priorities: o }).enumerations;
    expect([e.recall, e.precision]).toEqual([recall, precision]);
  });

  it.each([
    ['2024-03', '2024-03-15', 1],
    ['2024', '2024-12-01T08:00:00+07:00', 1],
    ['2024-03-15', '2024-03-15', 1],
    ['2024-03-15', '2024-03', 0],
    ['2024-03-15', '2024-3-15', 0],
    ['2024-03-15', null, 0],
  ])('published: gold %s, output %s', (g, o, ok) => {
    expect(one({ published: g }, { published: o }).published).toMatchObject({ ok, n: 1 });
  });

  it('an article whose gold states no date is not counted', () => {
    expect(one({ published: null }, { published: '2024-01-01' }).published).toEqual({ ok: 0, n: 0, acc: 1 });
  });

  it.each([
    ['Lào Cai ký kết hợp tác', '  Lào Cai  ký kết hợp tác ', 1],
    ['Lào Cai ký kết hợp tác 2024-2028', 'LÀO CAI KÝ KẾT HỢP TÁC 2024 - 2028', 1],
    ['Tỉnh ủy Hòa Bình họp', 'Tỉnh ủy Hoà Bình họp', 1],
    ['Lào Cai ký kết hợp tác', 'Trang chủ', 0],
    ['Lào Cai ký kết hợp tác', null, 0],
    [null, null, 1],
    [null, 'Trang chủ', 0],
  ])('title: gold %j, output %j', (g, o, ok) => {
    expect(one({ title: g }, { title: o }).title).toMatchObject({ ok, n: 1 });
  });

  it('title is n/a when no gold file has a title key', () => {
    expect(one({ citations: [] }, { title: 'x' }).title).toBeNull();
  });

  it('an article missing from the output counts as missing, its gold as missed', () => {
    const { figures, misses } = score([], [{ file: 'x.txt', citations: ['37-NQ/TW'] }]);
    expect(figures.articles).toEqual({ gold: 1, missing: 1 });
    expect(counts(figures.citations)).toEqual([0, 0, 1]);
    expect(misses).toContain('x.txt: not in output');
  });
});

describe('accuracy: the fixture set, scored by hand', () => {
  // fixtures/accuracy/output.json is a hand-written output for the three invented articles with known faults
  const golds = readdirSync(join(FX, 'gold')).sort().map((f) => JSON.parse(readFileSync(join(FX, 'gold', f), 'utf8')));
  const out = JSON.parse(readFileSync(join(FX, 'output.json'), 'utf8'));

  it('gives the hand-computed figures', () => {
    const { figures: f } = score(out, golds);
    // a1: one extra citation and person, a region not counted, a 4th sector extra, a date written 2024-3-15;
    // a2: an extra province, an extra signing until 2025, an extra list, the title a menu line;
    // a3: one name missed, one of two sectors missed, one extra signing until 2030.
    expect(f.citations).toEqual({ tp: 3, fp: 1, fn: 0, p: 0.75, r: 1, f1: 0.857 });
    expect(f.participants).toEqual({ tp: 4, fp: 1, fn: 1, p: 0.8, r: 0.8, f1: 0.8 });
    expect(f.provinces).toEqual({ tp: 6, fp: 1, fn: 0, p: 0.857, r: 1, f1: 0.923 });
    expect(f.agreements).toEqual({ tp: 2, fp: 2, fn: 0, p: 0.5, r: 1, f1: 0.667 });
    expect(f.until).toEqual({ tp: 2, fp: 2, fn: 0, p: 0.5, r: 1, f1: 0.667 });
    expect(f.sectors).toEqual({ tp: 4, fp: 1, fn: 1, p: 0.8, r: 0.8, f1: 0.8 });
    expect(f.published).toEqual({ ok: 1, n: 2, acc: 0.5 });
    expect(f.enumerations).toEqual({ gold: 1, found: 1, out: 2, recall: 1, precision: 0.5 });
    expect(f.title).toEqual({ ok: 2, n: 3, acc: 0.667 });
    expect(f.articles).toEqual({ gold: 3, missing: 0 });
  });

  it('the command prints the same figures as JSON and names each miss with --verbose', () => {
    const r = accuracy([join(FX, 'articles'), join(FX, 'gold'), '--from', join(FX, 'output.json'), '--json', '--verbose']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(JSON.parse(lines.pop()!)).toEqual(score(out, golds).figures);
    expect(lines).toContain('a2-hoi-nghi-trien-khai.txt title: gold "Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2025" got "Trang chủ"');
    expect(lines).toContain('a1-ky-ket-hop-tac.txt published: gold 2024-03-15 got 2024-3-15');
  });

  it('runs extract itself on the articles, every gold article in its output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'linkage-accuracy-'));
    const saved = join(dir, 'out.json');
    const r = accuracy([join(FX, 'articles'), join(FX, 'gold'), '--json', '--output', saved]);
    expect(r.code).toBe(0);
    const figures = JSON.parse(r.stdout);
    expect(figures.articles).toEqual({ gold: 3, missing: 0 });
    expect(figures.title.n).toBe(3);
    expect(figures).toEqual(score(JSON.parse(readFileSync(saved, 'utf8')), golds).figures);
  });
});

describe('accuracy: floors', () => {
  const figures = {
    citations: { p: 0.968, r: 0.5 }, participants: { p: 0.8, r: 0.8 }, provinces: { p: 1, r: 1 },
    agreements: { p: 0.5, r: 1 }, until: { p: 0.5, r: 1 }, sectors: { p: 0.8, r: 0.29 },
    published: { ok: 1, n: 2, acc: 0.5 }, enumerations: { recall: 1, precision: 0.5 }, title: null,
  };

  it('rounds down to 0.01 without float error', () => {
    expect([0.968, 0.29, 0.5, 1, 0.999, 0.283, 0.57].map(floor2)).toEqual([0.96, 0.29, 0.5, 1, 0.99, 0.28, 0.57]);
  });

  it('names each figure below its floor; equal to the floor passes; a floor of an unmeasured field is skipped', () => {
    const floors = { citations: { p: 0.97, r: 0.5 }, sectors: { r: 0.3 }, title: { acc: 0.9 } };
    expect(belowFloors(figures, floors)).toEqual([
      { field: 'citations', measure: 'p', value: 0.968, floor: 0.97 },
      { field: 'sectors', measure: 'r', value: 0.29, floor: 0.3 },
    ]);
  });

  it('raising never lowers a floor and sets missing ones', () => {
    const { floors, raised } = raiseFloors({ citations: { p: 0.99, r: 0.4 } }, figures);
    expect(floors.citations).toEqual({ p: 0.99, r: 0.5 });
    expect(floors.sectors).toEqual({ p: 0.8, r: 0.29 });
    expect(floors.title).toBeUndefined();
    expect(raised).toContainEqual({ field: 'citations', measure: 'r', from: 0.4, to: 0.5 });
    expect(raised.some((x: { field: string; measure: string }) => x.field === 'citations' && x.measure === 'p')).toBe(false);
  });

  describe('through the command', () => {
    let dir: string;
    const args = (...more: string[]) => [join(FX, 'articles'), join(FX, 'gold'), '--from', join(FX, 'output.json'), ...more];
    beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'linkage-floors-')); });

    it('exits 1 naming each field below its floor', () => {
      const f = join(dir, 'high.json');
      writeFileSync(f, JSON.stringify({ citations: { p: 0.8, r: 1 }, title: { acc: 0.7 }, published: { acc: 0.5 } }));
      const r = accuracy(args('--floors', f));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('citations P 0.75 is below its floor 0.8');
      expect(r.stderr).toContain('title accuracy 0.667 is below its floor 0.7');
      expect(r.stderr).not.toContain('published');
    });

    it('exits 0 when every field is at or above its floor', () => {
      const f = join(dir, 'low.json');
      writeFileSync(f, JSON.stringify({ citations: { p: 0.75, r: 1 }, title: { acc: 0.66 } }));
      expect(accuracy(args('--floors', f)).code).toBe(0);
    });

    it('--update-floors raises in place, then the same figures pass', () => {
      const f = join(dir, 'update.json');
      writeFileSync(f, JSON.stringify({ citations: { p: 0.9, r: 0.1 } }));
      expect(accuracy(args('--floors', f, '--update-floors')).code).toBe(0);
      const floors = JSON.parse(readFileSync(f, 'utf8'));
      expect(floors.citations).toEqual({ p: 0.9, r: 1 });
      expect(floors.title).toEqual({ acc: 0.66 });
      expect(floors.sectors).toEqual({ p: 0.8, r: 0.8 });
      expect(accuracy(args('--floors', f)).code).toBe(1); // citations P 0.75 stays below the 0.9 it kept
    });

    it('--reference exits 1 naming each field where another scorer gives other figures, 0 when it agrees', () => {
      const golds = readdirSync(join(FX, 'gold')).sort().map((f) => JSON.parse(readFileSync(join(FX, 'gold', f), 'utf8')));
      const { title, ...theirs } = score(JSON.parse(readFileSync(join(FX, 'output.json'), 'utf8')), golds).figures;
      void title; // our own field: the reference has none
      const scorer = (name: string, figures: object) => {
        const f = join(dir, name);
        writeFileSync(f, `console.log(${JSON.stringify(JSON.stringify(figures))});\n`);
        return f;
      };
      expect(accuracy(args('--reference', scorer('same.mjs', theirs))).code).toBe(0);
      const other = { ...theirs, until: { ...theirs.until, tp: 3, r: 0.75 } };
      const r = accuracy(args('--reference', scorer('other.mjs', other)));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/reference disagrees on until: ours .*"tp":2.* reference .*"tp":3/);
      expect(r.stderr).not.toMatch(/disagrees on (citations|sectors|title)/);
    });

    it('a usage error exits 2 with one line', () => {
      const r = accuracy([join(FX, 'articles')]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(accuracy(args('--bogus')).code).toBe(2);
    });

    it('--readme rewrites only the text between the markers', () => {
      const readme = join(dir, 'README.md');
      writeFileSync(readme, '# x\n\nMethod stays.\n\n<!-- accuracy:begin -->\nold figures\n<!-- accuracy:end -->\n\nAfter stays.\n');
      expect(accuracy(args('--readme', readme)).code).toBe(0);
      const text = readFileSync(readme, 'utf8');
      expect(text.startsWith('# x\n\nMethod stays.\n\n<!-- accuracy:begin -->\n')).toBe(true);
      expect(text.endsWith('<!-- accuracy:end -->\n\nAfter stays.\n')).toBe(true);
      expect(text).not.toContain('old figures');
      expect(text).toContain('| citations | P 0.750 · R 1.000 · F1 0.857 | 3 right, 1 extra, 0 missed |');
      expect(text).toContain('| title | 0.667 | 2 of 3 articles with a gold title |');
      expect(() => replaceBlock('no markers', 'x')).toThrow();
    });
  });
});

