/**
 * The output contract: -o checked before any work and written whole, never
 * over an input; nothing on stdout when nothing was read; terminal text with
 * control characters made visible; CSV that spreadsheets and pandas read
 * right; each path read once. In-process through run(argv), spawned where the
 * file system or a signal is the point.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, chmodSync, existsSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
// @ts-expect-error plain ESM helper without types
import { runCli } from './helpers/run.mjs';
import { BIN, ROOT } from './helpers/cli.js';

const ARTICLE = 'Hội nghị bàn về hợp tác vùng\nNgày đăng: 12/3/2024\nSáng 11/3, Bộ trưởng Nguyễn Văn Bình chủ trì hội nghị triển khai Nghị quyết 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị.\n';
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'linkage-out-')); });
const put = (name: string, data: string | Buffer) => { const p = join(dir, name); mkdirSync(join(p, '..'), { recursive: true }); writeFileSync(p, data); return p; };
const oneLine = (stderr: string, re: RegExp) => {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^linkage: /);
  expect(stderr).toMatch(re);
};

describe('-o: checked before any work, exit 2 at once', () => {
  it('a missing folder, a directory, a read-only file: every command, one line, nothing written', async () => {
    const a = put('in/a.txt', ARTICLE);
    const ro = put('ro.json', 'previous');
    chmodSync(ro, 0o444);
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'missing', 'dir', 'r.out'), /cannot write: no such directory/],
      [dir, /cannot write: is a directory/],
      [ro, /cannot write: read-only file/],
    ];
    for (const [out, re] of cases) {
      for (const args of [['extract', a], ['cite', a], ['check', a, '--format', 'sarif'], ['report', a]]) {
        const r = await runCli([...args, '-o', out]);
        expect(r.code, `${args[0]} -o ${out}`).toBe(2);
        expect(r.stdout).toBe('');
        oneLine(r.stderr, re);
      }
    }
    expect(readFileSync(ro, 'utf8')).toBe('previous');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('a device that fails on write (/dev/full) exits 2, not 0', async () => {
    const a = put('full/a.txt', ARTICLE);
    for (const args of [['extract', a], ['check', a, '--format', 'sarif'], ['cite', a], ['report', a]]) {
      const r = await runCli([...args, '-o', '/dev/full']);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toMatch(/\/dev\/full: cannot write: no space left on device/);
    }
  });

  it('refuses to write over one of the inputs, and leaves it alone', async () => {
    const a = put('self/a.txt', ARTICLE);
    for (const args of [['extract', a], ['extract', join(dir, 'self')], ['cite', a], ['check', a], ['report', a]]) {
      const r = await runCli([...args, '-o', a]);
      expect(r.code, args.join(' ')).toBe(2);
      oneLine(r.stderr, /is one of the inputs/);
      expect(readFileSync(a, 'utf8')).toBe(ARTICLE);
    }
    expect(readdirSync(join(dir, 'self'))).toEqual(['a.txt']);
    // an input that is a link to the output file is the output file
    const link = join(dir, 'link-to-a.txt');
    symlinkSync(a, link);
    const r = await runCli(['extract', link, '-o', a]);
    expect(r.code).toBe(2);
    oneLine(r.stderr, /is one of the inputs/);
    expect(readFileSync(a, 'utf8')).toBe(ARTICLE);
  });

  it('-o - is standard output; no file named "-" is made', async () => {
    const a = put('dash/a.txt', ARTICLE);
    const r = await runCli(['extract', a, '-o', '-', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).file).toBe(a);
    expect(existsSync('-')).toBe(false);
    expect(existsSync(join(ROOT, '-'))).toBe(false);
  });

  it('writes the file whole, keeping the mode of the one it replaces', async () => {
    const a = put('whole/a.txt', ARTICLE);
    const out = put('whole/out.json', 'old');
    chmodSync(out, 0o640);
    const r = await runCli(['extract', a, '-o', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].file).toBe(a);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'whole')).sort()).toEqual(['a.txt', 'out.json']);
  });

  it('nothing read: nothing on stdout, and a previous -o file stays as it was', async () => {
    const r = await runCli(['extract', join(dir, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const c = await runCli(['cite', join(dir, 'nope.txt'), '--format', 'csv']);
    expect(c.code).toBe(2);
    expect(c.stdout).toBe('');
    const out = put('keep/out.json', 'previous run');
    const k = await runCli(['extract', join(dir, 'nope.txt'), '-o', out]);
    expect(k.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous run');
    expect(readdirSync(join(dir, 'keep'))).toEqual(['out.json']);
  });
});

describe('-o when the run is killed', () => {
  // enough articles that the run is still going when the temporary file appears
  const folder = () => {
    const d = join(dir, 'many');
    mkdirSync(d, { recursive: true });
    for (let i = 0; i < 400; i++) writeFileSync(join(d, `${String(i).padStart(3, '0')}.txt`), ARTICLE.repeat(20));
    return d;
  };
  const killMidway = async (signal: NodeJS.Signals) => {
    const d = folder();
    const outDir = mkdtempSync(join(tmpdir(), 'linkage-kill-'));
    const out = join(outDir, 'out.jsonl');
    const previous = '{"previous":true}\n'.repeat(1000);
    writeFileSync(out, previous);
    const child = spawn(process.execPath, [BIN, 'extract', d, '--format', 'jsonl', '-j', '1', '-o', out], { stdio: 'ignore' });
    const exited = new Promise<void>((res) => child.on('exit', () => res()));
    // wait for the temporary file: the run has begun writing
    for (let i = 0; i < 400 && !readdirSync(outDir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(outDir).some((f) => f.endsWith('.tmp'))).toBe(true);
    child.kill(signal);
    await exited;
    return { out, outDir, previous };
  };
  it('SIGKILL mid-run leaves the previous file whole', async () => {
    const { out, previous } = await killMidway('SIGKILL');
    expect(readFileSync(out, 'utf8')).toBe(previous);
  });
  it('SIGTERM mid-run leaves the previous file whole and no temporary file', async () => {
    const { out, outDir, previous } = await killMidway('SIGTERM');
    expect(readFileSync(out, 'utf8')).toBe(previous);
    expect(readdirSync(outDir), 'temporary file left').toEqual(['out.jsonl']);
  });
});

describe('terminal output neutralises control characters', () => {
  const hostile = `Tiêu đề \u001b[2J\u001b]0;pwned\u0007 \u202Eevil\nNgày đăng: 12/3/2024\nSáng 11/3, Bộ trưởng Nguyễn Văn Bình chủ trì hội nghị về Nghị quyết 99-NQ/TW \u001b[31mngày 05/3/2004.\n`;
  it('in table, stylish, cite and error lines, even with --no-color', async () => {
    const a = put('esc/a\u001b[31m.txt', hostile);
    for (const args of [['extract', a, '--format', 'table'], ['check', a], ['cite', a, '--format', 'table'], ['extract', join(dir, 'esc', 'x\u001b[2J.txt')]]) {
      const r = await runCli([...args, '--no-color']);
      const all = r.stdout + r.stderr;
      expect(all, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(all).toMatch(/\\x1B\[/);
    }
    const t = await runCli(['extract', a, '--format', 'table', '--no-color']);
    expect(t.stdout).toContain('\\x1B]0;pwned\\x07');
    expect(t.stdout).toContain('\\u202Eevil');
  });
  it('JSON keeps the text as it is (escaped by JSON itself)', async () => {
    const a = put('esc2/a.txt', hostile);
    const r = await runCli(['extract', a, '--format', 'json']);
    expect(JSON.parse(r.stdout)[0].title).toContain('\u001b[2J');
  });
});

describe('csv', () => {
  const parse = (csv: string) => csv.replace(/^\ufeff/, '').trimEnd().split('\r\n').map((l) => {
    const cells: string[] = [];
    for (const m of l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) { cells.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]); if (!m[2]) break; }
    return cells;
  });
  it('line and column are whole numbers on every row (0 for a row without a position)', async () => {
    const a = put('csv/a.txt', ARTICLE);
    const r = await runCli(['extract', a, '--format', 'csv']);
    const rows = parse(r.stdout);
    expect(rows[0]).toEqual(['file', 'type', 'value', 'detail', 'line', 'column', 'text']);
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows.slice(1)) {
      expect(row[4], row.join(',')).toMatch(/^\d+$/);
      expect(row[5]).toMatch(/^\d+$/);
    }
    expect(rows.find((x) => x[1] === 'title')!.slice(4, 6)).toEqual(['0', '0']);
    const c = parse((await runCli(['cite', a, '--format', 'csv'])).stdout);
    for (const row of c.slice(1)) expect(row[1]).toMatch(/^\d+$/);
  });
  it('an agreement row says what was signed, its term, its day and its parties\' kinds; past fields of cooperation have rows of their own', async () => {
    const a = put('csv/agr.txt', 'Hai tỉnh hợp tác\n\nNgày 12/3/2025, UBND tỉnh Lào Cai và UBND tỉnh Tuyên Quang đã ký kết biên bản ghi nhớ giai đoạn 2025-2030 trên các lĩnh vực du lịch, nông nghiệp. Trước đó, hai tỉnh đã hợp tác hiệu quả trong lĩnh vực giáo dục.\n');
    const rows = parse((await runCli(['extract', a, '--format', 'csv', '--fields', 'agreements'])).stdout);
    const agreement = rows.find((x) => x[1] === 'agreement')!;
    expect(agreement.slice(2, 4)).toEqual(['UBND tỉnh Lào Cai – UBND tỉnh Tuyên Quang', 'biên bản ghi nhớ; 2025-2030; signed 2025-03-12; parties: organization, organization']);
    expect(rows.filter((x) => x[1] === 'sector').map((x) => x[2])).toEqual(['tourism', 'agriculture']);
    expect(rows.filter((x) => x[1] === 'cooperation field').map((x) => [x[2], x[6]])).toEqual([['education-training', 'giáo dục']]);
  });
  it('--bom: a byte-order mark, and formula cells neutralised; without it, cells as extracted', async () => {
    const a = put('csv/f.txt', '=HYPERLINK("http://x.invalid","bấm")\nNgày đăng: 12/3/2024\n@SUM(1+1) và -2+3 theo Nghị quyết 37-NQ/TW ngày 01/7/2004.\n');
    const plain = await runCli(['extract', a, '--format', 'csv']);
    expect(plain.stdout.startsWith('file,')).toBe(true);
    expect(parse(plain.stdout).find((x) => x[1] === 'title')![2]).toBe('=HYPERLINK("http://x.invalid","bấm")');
    const sheet = await runCli(['extract', a, '--format', 'csv', '--bom']);
    expect(sheet.stdout.startsWith('\ufefffile,')).toBe(true);
    const rows = parse(sheet.stdout);
    expect(rows.find((x) => x[1] === 'title')![2]).toBe('\'=HYPERLINK("http://x.invalid","bấm")');
    for (const row of rows) for (const cell of row) expect(cell, row.join(',')).not.toMatch(/^[=+\-@\t\r]/);
    const cite = await runCli(['cite', a, '--format', 'csv', '--bom']);
    expect(cite.stdout.startsWith('\ufefffile,')).toBe(true);
    expect((await runCli(['extract', a, '--bom'])).code).toBe(2);
  });
});

describe('paths are read once', () => {
  it('a file named twice, or a folder and a file in it, in every command', async () => {
    const a = put('dup/a.txt', ARTICLE);
    put('dup/b.txt', ARTICLE.replace('Bình', 'Hòa'));
    const d = join(dir, 'dup');
    const one = await runCli(['extract', a, a, '--format', 'jsonl']);
    expect(one.stdout.trim().split('\n')).toHaveLength(1);
    const two = await runCli(['extract', d, a, '--format', 'jsonl']);
    expect(two.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual([a, join(d, 'b.txt')]);
    const cite = JSON.parse((await runCli(['cite', d, a, '--format', 'json'])).stdout);
    expect(cite.summary.articles).toBe(2);
    const check = JSON.parse((await runCli(['check', d, a, '--format', 'json'])).stdout);
    expect(check.summary.files).toBe(2);
  });
});
