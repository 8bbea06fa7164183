/**
 * --input-format jsonl: linkage extract as a mapper. Records in, facts out in
 * the same order, one error record per bad record. Split across processes
 * (GNU parallel) the output is byte for byte that of one process:
 * test/jsonl-mapper.slow.test.ts.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { runCli } from './helpers/run.mjs';

const BODY = (i: number) => `Sáng ${1 + (i % 27)}/3, Bộ trưởng Nguyễn Văn ${['Bình', 'Hòa', 'An', 'Minh'][i % 4]} chủ trì hội nghị triển khai Nghị quyết ${30 + (i % 9)}-NQ/TW ngày 01/7/2004 của Bộ Chính trị đến năm ${2025 + (i % 6)}.`;
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'linkage-jsonl-')); });

describe('--input-format jsonl', () => {
  it('facts out in the order of the records; a bad record is an error record in its place and one line on stderr', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: `Hội nghị A\n${BODY(0)}`, published: '2024-03-12', source: 'vi-du.vn' }),
      JSON.stringify({ file: 'b.html', html: `<html><body><h1>Hội nghị B</h1><p>${BODY(1)}</p></body></html>` }),
      '{not json',
      '',
      JSON.stringify({ id: 'c', text: 'x', markdown: 'y' }),
      JSON.stringify({ id: 'd', markdown: `---\ntitle: Hội nghị D\n---\n\n${BODY(2)}` }),
      JSON.stringify({ text: `Hội nghị E\n${BODY(3)}`, published: 'tháng ba' }),
      JSON.stringify({ text: `Hội nghị F\n${BODY(4)}` }),
    ];
    const p = join(dir, 'in.jsonl');
    writeFileSync(p, lines.join('\n') + '\n');
    const r = await runCli(['extract', '--input-format', 'jsonl', p]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.file)).toEqual(['a', 'b.html', `${p}:3`, 'c', 'd', `${p}:7`, `${p}:8`]);
    expect(out[0]).toMatchObject({ title: 'Hội nghị A', published: '2024-03-12', source: 'vi-du.vn' });
    // the record's publication date dates the yearless "Sáng 1/3"
    expect(out[0].dates.find((d: { role: string }) => d.role === 'event').value).toBe('2024-03-01');
    expect(out[1].title).toBe('Hội nghị B');
    expect(out[4].title).toBe('Hội nghị D');
    expect(out[2]).toEqual({ file: `${p}:3`, line: 3, error: 'not valid JSON' });
    expect(out[3].error).toMatch(/give one of text, html, markdown/);
    expect(out[5].error).toMatch(/"published" must be an ISO 8601 date/);
    expect(out[6].citations[0].id).toBe('34-NQ/TW');
    expect(r.stderr.trim().split('\n')).toEqual([
      `linkage: ${p}:3: not valid JSON`,
      expect.stringMatching(new RegExp(`^linkage: ${p}:5: has text and markdown`)),
      expect.stringMatching(new RegExp(`^linkage: ${p}:7: "published"`)),
    ]);
  });

  it('reads standard input, and an empty shard is a clean run with no output', async () => {
    const r = await runCli(['extract', '--input-format', 'jsonl', '--fields', 'citations'], { input: JSON.stringify({ id: 'x', text: `Tin\n${BODY(5)}` }) + '\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: 'x', citations: [{ id: '35-NQ/TW' }] });
    const e = await runCli(['extract', '--input-format', 'jsonl'], { input: '' });
    expect(e.code).toBe(0);
    expect(e.stdout).toBe('');
  });
});
