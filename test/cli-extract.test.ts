/**
 * `linkage extract` end to end: formats, fields, exit codes, bad input, run
 * in-process through run(argv, io); standard input, a closed pipe and
 * --version through the real bin.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, chmodSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { linkage as spawned, BIN, ROOT } from './helpers/cli.js';
// @ts-expect-error plain ESM helper without types
import { runCli as linkage } from './helpers/run.mjs';

const SAMPLE = readFileSync(new URL('../corpus/003_83aa85feff82265a.txt', import.meta.url), 'utf8');
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'linkage-cli-')); });
const put = (name: string, data: string | Buffer) => { const p = join(dir, name); writeFileSync(p, data); return p; };

describe('linkage extract: output', () => {
  it('--format json on the bundled corpus is pure JSON with both articles', async () => {
    const r = await linkage(['extract', 'corpus', '--format', 'json']);
    expect(r.code).toBe(0);
    const arts = JSON.parse(r.stdout);
    expect(arts.map((a: any) => a.file)).toEqual(['corpus/000_bbd62cd082e50f3f.txt', 'corpus/003_83aa85feff82265a.txt']);
    expect(arts[0].citations[0].id).toBe('37-NQ/TW');
    expect(r.stderr).toBe('');
  });

  it('stdout is JSON even with a .env in the working directory', async () => {
    const d = mkdtempSync(join(tmpdir(), 'linkage-env-'));
    writeFileSync(join(d, '.env'), 'LINKAGE_TEST=1\n');
    writeFileSync(join(d, 'a.txt'), SAMPLE);
    const r = await linkage(['extract', 'a.txt', '--format', 'json'], { cwd: d });
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('defaults to JSON when piped', async () => {
    const r = await linkage(['extract', 'corpus/003_83aa85feff82265a.txt']);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('--format jsonl prints one article object per line', async () => {
    const r = await linkage(['extract', 'corpus', '--format', 'jsonl']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).file)).toEqual(['corpus/000_bbd62cd082e50f3f.txt', 'corpus/003_83aa85feff82265a.txt']);
  });

  it('--format csv prints one row per fact with file, type, value, line, column and text', async () => {
    const r = await linkage(['extract', 'corpus/000_bbd62cd082e50f3f.txt', '--format', 'csv', '--fields', 'citations']);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('file,type,value,detail,line,column,text');
    const cite = lines.find((l) => l.includes(',citation,'))!;
    expect(cite).toMatch(/^corpus\/000_bbd62cd082e50f3f\.txt,citation,37-NQ\/TW,.*,5,\d+,/);
  });

  it('--format table prints readable tables without colour when piped', async () => {
    const r = await linkage(['extract', 'corpus/000_bbd62cd082e50f3f.txt', '--format', 'table', '--fields', 'citations,horizons']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('37-NQ/TW');
    expect(r.stdout).toContain('Tạo động lực và liên kết phát triển vùng Trung du');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours a table with FORCE_COLOR and not with NO_COLOR', async () => {
    const args = ['extract', 'corpus/000_bbd62cd082e50f3f.txt', '--format', 'table', '--fields', 'citations'];
    expect((await linkage(args, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await linkage(args, { env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('--fields limits the fact types', async () => {
    const [a] = JSON.parse((await linkage(['extract', 'corpus/000_bbd62cd082e50f3f.txt', '--fields', 'horizons'])).stdout);
    expect(a.horizons.length).toBeGreaterThan(0);
    expect(a.citations).toBeUndefined();
    expect(a.title).toBeTruthy();
  });

  it('-o writes to a file and nothing to stdout', async () => {
    const out = join(dir, 'out.json');
    const r = await linkage(['extract', 'corpus', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(2);
  });

  it('reads standard input with -', () => {
    const r = spawned(['extract', '-', '--format', 'json'], { input: SAMPLE });
    expect(r.code).toBe(0);
    const [a] = JSON.parse(r.stdout);
    expect(a.file).toBe('-');
    expect(a.title).toContain('TP.HCM hợp tác');
  });

  it('reads UTF-8 with a BOM and UTF-16 with a BOM', async () => {
    const bom = put('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]));
    const le = put('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]));
    const beBody = Buffer.from(SAMPLE, 'utf16le'); beBody.swap16();
    const be = put('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
    const r = await linkage(['extract', bom, le, be, '--format', 'json']);
    expect(r.code).toBe(0);
    const arts = JSON.parse(r.stdout);
    expect(arts.map((a: any) => a.title)).toEqual(Array(3).fill(arts[0].title));
    expect(arts[0].title.startsWith('TP.HCM')).toBe(true);
  });
});

describe('linkage extract: bad input', () => {
  const oneLineError = (stderr: string, file: string, reason: RegExp) => {
    const lines = stderr.trim().split('\n');
    const line = lines.find((l) => l.includes(file));
    expect(line, stderr).toBeDefined();
    expect(line).toMatch(reason);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  };

  it('a path that does not exist: error naming it, other files still processed, exit 1', async () => {
    const r = await linkage(['extract', 'nope/missing.txt', 'corpus/003_83aa85feff82265a.txt']);
    expect(r.code).toBe(1);
    oneLineError(r.stderr, 'nope/missing.txt', /no such file or directory/);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('a binary file', async () => {
    const p = put('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = await linkage(['extract', p, 'corpus/003_83aa85feff82265a.txt']);
    expect(r.code).toBe(1);
    oneLineError(r.stderr, p, /binary/);
  });

  it('invalid UTF-8, with the byte offset', async () => {
    const p = put('latin1.txt', Buffer.concat([Buffer.from('Tiêu đề\n'), Buffer.from([0xe9, 0x20, 0x41])]));
    const r = await linkage(['extract', p, 'corpus/003_83aa85feff82265a.txt']);
    expect(r.code).toBe(1);
    oneLineError(r.stderr, p, /invalid UTF-8 at byte 12/);
  });

  it('an empty file', async () => {
    const p = put('empty.txt', '');
    const r = await linkage(['extract', p, 'corpus/003_83aa85feff82265a.txt']);
    expect(r.code).toBe(1);
    oneLineError(r.stderr, p, /empty file/);
  });

  it('an unreadable file', async () => {
    const p = put('secret.txt', SAMPLE);
    chmodSync(p, 0o000);
    const r = await linkage(['extract', p, 'corpus/003_83aa85feff82265a.txt']);
    chmodSync(p, 0o644);
    if (process.getuid?.() === 0) {
      // root reads it anyway: then it must simply be processed
      expect(r.code).toBe(0);
    } else {
      expect(r.code).toBe(1);
      oneLineError(r.stderr, p, /permission denied/);
    }
  });

  it('a dangling symbolic link', async () => {
    const p = join(dir, 'dangling.txt');
    symlinkSync(join(dir, 'gone.txt'), p);
    const r = await linkage(['extract', p, 'corpus/003_83aa85feff82265a.txt']);
    expect(r.code).toBe(1);
    oneLineError(r.stderr, p, /no such file or directory/);
  });

  it('a folder with no articles: exit 2 when nothing could be read', async () => {
    const d = join(dir, 'nothing'); mkdirSync(d); writeFileSync(join(d, 'notes.pdf'), 'x');
    const r = await linkage(['extract', d]);
    expect(r.code).toBe(2);
    oneLineError(r.stderr, d, /no articles/);
    // nothing read, nothing printed: not even an empty array that a job would take for a result
    expect(r.stdout).toBe('');
  });

  it('one bad file in a folder is reported and the rest are processed', async () => {
    const d = join(dir, 'mixed'); mkdirSync(d);
    writeFileSync(join(d, 'a.txt'), SAMPLE);
    writeFileSync(join(d, 'b.txt'), Buffer.from([0xff, 0xff, 0x41]));
    writeFileSync(join(d, 'c.md'), SAMPLE);
    const r = await linkage(['extract', d, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    oneLineError(r.stderr, 'b.txt', /invalid UTF-8/);
  });

  it('usage errors exit 2: unknown option, unknown format, unknown field, unknown command, a bad --jobs', async () => {
    expect((await linkage(['extract', '--bogus', 'corpus'])).code).toBe(2);
    const f = await linkage(['extract', 'corpus', '--format', 'xml']);
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/unknown format "xml"/);
    const g = await linkage(['extract', 'corpus', '--fields', 'citations,people']);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/unknown field "people"/);
    expect((await linkage(['frobnicate'])).code).toBe(2);
    const j = await linkage(['extract', 'corpus', '--jobs', 'many']);
    expect(j.code).toBe(2);
    expect(j.stderr).toMatch(/^linkage: --jobs takes a whole number/);
  });

  it('an output file that cannot be written: one line, exit 2', async () => {
    const r = await linkage(['extract', 'corpus', '-o', join(dir, 'no-such-dir', 'out.json')]);
    expect(r.code).toBe(2);
    oneLineError(r.stderr, 'out.json', /cannot write: no such directory/);
  });

  it('a closed pipe ends the run quietly', () => {
    const r = spawnSync('bash', ['-c', `node ${BIN} extract corpus --format jsonl | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`], { encoding: 'utf8', cwd: ROOT });
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr).toBe('');
  });

  it('--help and --version exit 0', async () => {
    const h = await linkage(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/extract/);
    expect((await linkage(['extract', '--help'])).stdout).toMatch(/--format/);
    expect((await linkage(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('the bin: --version exits 0; a usage error exits 2 with one line and no stack', () => {
    const v = spawned(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const u = spawned(['extract', 'corpus', '--format', 'xml']);
    expect(u.code).toBe(2);
    expect(u.stdout).toBe('');
    expect(u.stderr).toMatch(/^linkage: unknown format "xml"[^\n]*\n$/);
  });
});
