/** `linkage cite`: golden findings per check, the engine API, and the command end to end. */
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { citeFindings } from './helpers/golden.mjs';
import { CITATION_RULES } from '../src/check/rules/index.js';
import { createCite } from '../src/cite/cite.js';
import { loadRegistry, resolve } from '../src/cite/registry.js';
import { parseArticle, extract } from '../src/index.js';
// @ts-expect-error plain ESM helper without types
import { runCli as linkage } from './helpers/run.mjs';

const root = new URL('../fixtures/cite/', import.meta.url).pathname;

describe('fixtures/cite: findings per case', () => {
  for (const d of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() || /\.(txt|md)$/.test(d.name))) {
    const name = d.name.replace(/\.(txt|md)$/, '');
    it(d.name, async () => {
      const expected = JSON.parse(readFileSync(join(root, `${name}.expected.json`), 'utf8'));
      expect(await citeFindings(`fixtures/cite/${d.name}`)).toEqual(expected);
    });
  }

  it('every check is covered by some fixture', () => {
    const seen = new Set<string>();
    for (const f of readdirSync(root).filter((f) => f.endsWith('.expected.json'))) {
      for (const x of JSON.parse(readFileSync(join(root, f), 'utf8')).findings) seen.add(x.code);
    }
    expect([...seen].sort()).toEqual(CITATION_RULES.map((r) => r.id).sort());
  });

  it('the clean article has no finding above info', () => {
    const exp = JSON.parse(readFileSync(join(root, 'clean.expected.json'), 'utf8'));
    expect(exp.findings.filter((f: any) => f.severity !== 'info')).toEqual([]);
  });
});

describe('registry', () => {
  const reg = loadRegistry();
  it('covers the regional resolutions and their successors', () => {
    for (const k of ['37-NQ/TW@2004', '11-NQ/TW@2022', '13-NQ/TW@2022', '23-NQ/TW@2022', '24-NQ/TW@2022', '26-NQ/TW@2022', '30-NQ/TW@2022',
      '21-NQ/TW@2003', '39-NQ/TW@2004', '53-NQ/TW@2005', '54-NQ/TW@2005', '10-NQ/TW@2002', '36-NQ/TW@2018', '202/2025/QH15@2025']) {
      expect(reg.byKey.has(k), k).toBe(true);
    }
    expect(reg.byKey.get('37-NQ/TW@2004')!.supersededByKey).toBe('11-NQ/TW@2022');
  });
  it('resolves an ambiguous id by date, by term, else the nearest before publication', () => {
    const c = { id: '11-NQ/TW', issuer: null };
    expect(resolve(reg, { ...c, date: '2012-01-06', term: null }, '2023-01-01')!.key).toBe('11-NQ/TW@2012');
    expect(resolve(reg, { ...c, date: null, term: 'XIII' }, '2023-01-01')!.key).toBe('11-NQ/TW@2022');
    expect(resolve(reg, { ...c, date: null, term: null }, '2016-01-01')!.key).toBe('11-NQ/TW@2012');
    expect(resolve(reg, { ...c, date: null, term: null }, '2024-01-01')!.key).toBe('11-NQ/TW@2022');
  });
  it('merges a user registry over the bundled one', () => {
    const d = mkdtempSync(join(tmpdir(), 'linkage-reg-'));
    const f = join(d, 'mine.json');
    writeFileSync(f, JSON.stringify({ documents: [{ id: '45/2019/NĐ-CP', kind: 'Nghị định', issuer: 'Chính phủ', date: '2019-03-12', status: 'in-force' }] }));
    const mine = loadRegistry([f]);
    expect(mine.byKey.get('45/2019/NĐ-CP@2019')!.date).toBe('2019-03-12');
    expect(mine.entries.length).toBe(reg.entries.length + 1);
  });
});

describe('engine API', () => {
  it('createCite reports each article with file and span, and the corpus after the last', async () => {
    const cite = createCite();
    const article = async (file: string, date: string) =>
      cite.article(await parseArticle(`Tiêu đề\n01/3/2021\n\nNghị định số 45/2019/NĐ-CP ngày ${date} của Chính phủ.\n`, { file }));
    const a = await article('a.txt', '12/3/2019');
    expect(a.findings.map((f) => [f.code, f.file, f.span?.line])).toEqual([['citation-unknown', 'a.txt', 4]]);
    expect(a.views.map((v) => [v.id, v.status, v.findings.length])).toEqual([['45/2019/NĐ-CP', 'unknown', 1]]);
    await article('b.txt', '21/3/2019');
    await article('c.txt', '12/3/2019');
    const out = cite.corpus();
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code: 'citation-inconsistent', severity: 'error', file: 'b.txt' });
    expect(out[0].related![0].file).toBe('a.txt');
  });

  it('short references count as mentions in extract; an unresolved one is not a citation', async () => {
    const f = await extract(readFileSync(join(root, 'short-refs.txt'), 'utf8'), { file: 'x.txt' });
    expect(f.citations.map((c) => c.id)).toEqual(['10-NQ/TW']);
    expect(f.citations[0].mentions).toHaveLength(3); // Nghị quyết 10, Nghị quyết này, Nghị quyết số 10
  });
});

describe('linkage cite', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'linkage-cite-')); });

  it('on the bundled corpus: 37-NQ/TW known and correct, no error, exit 0', async () => {
    const r = await linkage(['cite', 'corpus', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const c = out.articles[0].citations.find((x: any) => x.id === '37-NQ/TW');
    expect(c.status).toBe('correct');
    expect(c.registry.key).toBe('37-NQ/TW@2004');
    expect(out.findings.filter((f: any) => f.severity === 'error')).toEqual([]);
    expect(out.summary).toMatchObject({ articles: 2, errors: 0 });
  });

  it('exits 1 on an error-level finding, reporting file, line and column', async () => {
    const r = await linkage(['cite', 'fixtures/cite/malformed.txt', '--format', 'jsonl', '--only', 'problems']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((l) => l.type === 'finding' || l.type === 'summary')).toBe(true);
    expect(lines[0]).toMatchObject({ code: 'citation-malformed', file: 'fixtures/cite/malformed.txt', span: { line: 4, column: 27 } });
  });

  it('--format csv has a header and one row per citation and finding', async () => {
    const r = await linkage(['cite', 'fixtures/cite/kind-mismatch.txt', '--format', 'csv']);
    const rows = r.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('file,line,column,type,code,severity,id,message,text');
    expect(rows.some((x) => x.includes(',finding,citation-kind-mismatch,error,'))).toBe(true);
  });

  it('the table shows each citation in context, without colour when piped', async () => {
    const r = await linkage(['cite', 'corpus/000_bbd62cd082e50f3f.txt', '--format', 'table']);
    expect(r.stdout).toContain('[nghị quyết 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị (khóa IX)]');
    expect(r.stdout).toContain('✓ known');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect((await linkage(['cite', 'corpus/000_bbd62cd082e50f3f.txt', '--format', 'table'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
  });

  it('--registry adds documents; a bad registry or option is a usage error (exit 2)', async () => {
    const f = join(dir, 'reg.json');
    writeFileSync(f, JSON.stringify([{ id: '99-NQ/TW', kind: 'Nghị quyết', issuer: 'Bộ Chính trị', date: '2019-05-05', term: 'XII', status: 'in-force' }]));
    const r = await linkage(['cite', 'fixtures/cite/inconsistent.txt', '--registry', f, '--format', 'json']);
    const c = JSON.parse(r.stdout).articles[0].citations.find((x: any) => x.id === '99-NQ/TW');
    expect(c.registry.date).toBe('2019-05-05');
    writeFileSync(join(dir, 'bad.json'), '{"documents": [{"id": "1-NQ/TW", "date": "5/5/2019"}]}');
    const bad = await linkage(['cite', 'corpus', '--registry', join(dir, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^linkage: registry .*bad\.json: documents\[0\]\.date/);
    writeFileSync(join(dir, 'badid.json'), '[{"id": "37/NQ-TW"}]');
    expect((await linkage(['cite', 'corpus', '--registry', join(dir, 'badid.json')])).stderr).toMatch(/"37\/NQ-TW" is not a canonical number/);
    expect((await linkage(['cite', 'corpus', '--only', 'everything'])).code).toBe(2);
    expect((await linkage(['cite', 'corpus', '--format', 'xml'])).code).toBe(2);
  });

  it('unreadable inputs are named on stderr: exit 1 when others were read, 2 when none', async () => {
    const some = await linkage(['cite', 'corpus', join(dir, 'missing.txt'), '--format', 'json']);
    expect(some.code).toBe(1);
    expect(some.stderr).toContain('missing.txt: no such file or directory');
    expect(() => JSON.parse(some.stdout)).not.toThrow();
    expect((await linkage(['cite', join(dir, 'missing.txt')])).code).toBe(2);
  });
});
