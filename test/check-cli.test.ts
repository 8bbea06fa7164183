/** `linkage check` end to end, in-process: formats (SARIF schema, JUnit XML, GitHub commands, JSON), config, exit codes. */
import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
// @ts-expect-error plain ESM helper without types
import { runCli as linkage, ROOT } from './helpers/run.mjs';
import { escapeData, escapeProperty } from '../src/check/reporters/github.js';

const FX = join(ROOT, 'fixtures/check');
let dir: string;
/** a small corpus with an error, a warning and a duplicate, copied from the rule fixtures */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'linkage-check-'));
  mkdirSync(join(dir, 'corpus'));
  cpSync(join(FX, 'date-invalid/fail.txt'), join(dir, 'corpus/bad, date.txt'));
  cpSync(join(FX, 'encoding-mojibake/fail.txt'), join(dir, 'corpus/mojibake.txt'));
  cpSync(join(FX, 'tone-placement-mixed/fail.txt'), join(dir, 'corpus/tones.txt'));
  cpSync(join(FX, 'duplicate-article/fail'), join(dir, 'corpus/dup'), { recursive: true });
  mkdirSync(join(dir, 'clean'));
  cpSync(join(FX, 'date-invalid/pass.txt'), join(dir, 'clean/a.txt'));
});
const check = (args: string[], cwd = dir) => linkage(['check', ...args], { cwd });

describe('linkage check: exit codes', () => {
  it('exits 0 on the bundled corpus (warnings and infos do not fail the build)', async () => {
    const r = await linkage(['check', 'corpus']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/in 2 files checked/);
  });
  it('checks a file named twice once (not as its own duplicate)', async () => {
    const out = JSON.parse((await linkage(['check', 'corpus', 'corpus/000_bbd62cd082e50f3f.txt', '--format', 'json'])).stdout);
    expect(out.summary.files).toBe(2);
    expect(out.findings.filter((f: any) => f.code === 'duplicate-article')).toEqual([]);
  });
  it('exits 0 and says so on a clean folder', async () => {
    const r = await check(['clean']);
    expect(r.code).toBe(0);
    expect((await check(['clean', '--format', 'junit'])).stdout).toContain('<testcase classname="clean/a.txt" name="linkage check" time="0"/>');
    expect(r.stdout).toContain('✔ 1 file checked, no problems');
  });
  it('exits 1 when there are errors', async () => {
    expect((await check(['corpus'])).code).toBe(1);
  });
  it('exits 1 when warnings exceed --max-warnings, 0 when they do not', async () => {
    const tones = join(FX, 'tone-placement-mixed/fail.txt');
    const over = await check([tones, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings: 1 (--max-warnings 0)');
    expect((await check([tones, '--max-warnings', '1'])).code).toBe(0);
  });
  it('exits 1 on a file that cannot be read, reported as a read-error finding', async () => {
    const d = mkdtempSync(join(tmpdir(), 'linkage-unreadable-'));
    writeFileSync(join(d, 'bad.txt'), Buffer.from('Tiêu đề\n\xc3\x28\n', 'latin1'));
    const r = await linkage(['check', '.', '--format', 'json'], { cwd: d });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toEqual([expect.objectContaining({ code: 'read-error', severity: 'error', file: 'bad.txt' })]);
  });
  it('exits 2 on usage errors, with one line on stderr', async () => {
    for (const args of [['corpus', '--format', 'xml'], ['nope'], ['corpus', '--max-warnings', 'x']]) {
      const r = await check(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^linkage: /);
    }
  });
});

describe('linkage check: formats', () => {
  it('stylish groups findings by file and ends with a summary line', async () => {
    const r = await check(['corpus']);
    expect(r.stdout).toContain('corpus/bad, date.txt\n  4:1');
    expect(r.stdout).toMatch(/date-invalid/);
    expect(r.stdout.trim().split('\n').pop()).toBe('✖ 7 problems (3 errors, 1 warning, 3 infos) in 6 files checked');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
  it('--quiet reports errors only', async () => {
    const r = await check(['corpus', '--quiet', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.findings.length).toBeGreaterThan(0);
    expect(out.findings.every((f: any) => f.severity === 'error')).toBe(true);
  });
  it('json: stdout parses as JSON with the shared Finding objects and a summary', async () => {
    const r = await check(['corpus', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ files: 6, errors: 3, warnings: 1, infos: 3 });
    const dup = out.findings.find((f: any) => f.code === 'duplicate-article');
    expect(dup.file).toBe('corpus/dup/b.txt');
    expect(dup.related[0].file).toBe('corpus/dup/a.txt');
    expect(r.stderr).toBe('');
  });
  it('sarif validates against the SARIF 2.1.0 schema and names rules, levels and locations', async () => {
    const r = await check(['corpus', '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8'));
    // the schema's "language" pattern is not valid under the u flag; formats checked here rather than by another package
    const validate = new Ajv({
      allErrors: true, strict: false, unicodeRegExp: false,
      formats: {
        uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
        'uri-reference': /^[^\s]*$/,
        'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
      },
    }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // the schema does bite: a wrong level is refused
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'fatal' }] }] })).toBe(false);
    const run = log.runs[0];
    const ids = run.tool.driver.rules.map((x: any) => x.id);
    expect(ids).toContain('date-invalid');
    expect(run.tool.driver.rules[0].shortDescription.text).toBeTruthy();
    const res = run.results.find((x: any) => x.ruleId === 'date-invalid');
    expect(res.level).toBe('error');
    expect(ids[res.ruleIndex]).toBe('date-invalid');
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('corpus/bad%2C%20date.txt');
    expect(res.locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 1 });
    expect(run.results.find((x: any) => x.ruleId === 'tone-placement-mixed').level).toBe('warning');
  });
  it('junit is well-formed XML with testsuite, testcase and failure elements', async () => {
    const r = await check(['corpus', '--format', 'junit']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testsuite', 'testcase'].includes(n) }).parse(r.stdout);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: any) => s.name)).toEqual(['corpus/bad, date.txt', 'corpus/dup/a.txt', 'corpus/dup/b.txt', 'corpus/dup/c.txt', 'corpus/mojibake.txt', 'corpus/tones.txt']);
    const bad = suites.find((s: any) => s.name === 'corpus/bad, date.txt');
    expect(bad.failures).toBe('1');
    expect(bad.testcase[0].failure.type).toBe('date-invalid');
    expect(bad.testcase[0].failure['#text']).toContain('corpus/bad, date.txt:4:1: "Ngày 31/02/2023" is not a valid date');
    const info = suites.find((s: any) => s.name === 'corpus/dup/a.txt');
    expect(info.failures).toBe('0');
    expect(info.testcase[0].failure).toBeUndefined();
    expect(info.testcase[0]['system-out']).toContain('no source line');
    expect(doc.testsuites.failures).toBe('3');
  });
  it('github prints one workflow command per finding, with properties escaped', async () => {
    const r = await check(['corpus', '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(7);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+,col=\d+)?,title=[a-z-]+::[^\r\n]+$/);
    expect(lines).toContain('::error file=corpus/bad%2C date.txt,line=4,col=1,title=date-invalid::"Ngày 31/02/2023" is not a valid date');
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });
});

describe('linkage check: config', () => {
  const withConfig = (config: string) => {
    const d = mkdtempSync(join(tmpdir(), 'linkage-config-'));
    writeFileSync(join(d, 'linkage.config.json'), config);
    mkdirSync(join(d, 'sub', 'drafts'), { recursive: true });
    cpSync(join(FX, 'date-invalid/fail.txt'), join(d, 'sub/a.txt'));
    cpSync(join(FX, 'encoding-mojibake/fail.txt'), join(d, 'sub/drafts/b.txt'));
    return d;
  };
  it('is found from the working directory upward and changes levels; ignore globs leave files out', async () => {
    const d = withConfig(JSON.stringify({ rules: { 'date-invalid': 'warn', 'source-missing': 'off' }, ignore: ['drafts/'] }));
    const r = await linkage(['check', '.', '--format', 'json'], { cwd: join(d, 'sub') });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary.files).toBe(1);
    expect(out.findings.map((f: any) => [f.code, f.severity])).toEqual([['date-invalid', 'warning']]);
  });
  it('reads registry files named by the config, relative to it', async () => {
    // each registry in a folder of its own: a process reads a registry file once
    const unknown = async (registry: string) => {
      const d = withConfig(JSON.stringify({ registry: ['local.json'] }));
      cpSync(join(ROOT, 'fixtures/cite/unknown-superseded.txt'), join(d, 'sub/a.txt'));
      writeFileSync(join(d, 'local.json'), registry);
      const r = await linkage(['check', 'sub/a.txt', '--format', 'json'], { cwd: d });
      return r.code === 2 ? r : JSON.parse(r.stdout).findings.filter((f: any) => f.code === 'citation-unknown').length;
    };
    expect(await unknown(JSON.stringify({ documents: [] }))).toBe(1);
    expect(await unknown(JSON.stringify({ documents: [{
      key: '1456/QĐ-UBND@2024', id: '1456/QĐ-UBND', kind: 'Quyết định', issuer: 'Ủy ban nhân dân tỉnh', date: '2024-01-05', status: 'in-force',
    }] }))).toBe(0);
    const bad = await unknown('{ "documents": 5 }');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^linkage: registry .*local\.json: /);
  });
  it('--print-config shows the effective config', async () => {
    const d = withConfig(JSON.stringify({ rules: { 'duplicate-article': ['warn', { threshold: 0.9 }] } }));
    const r = await linkage(['check', '--print-config'], { cwd: join(d, 'sub') });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.configFile).toBe('../linkage.config.json');
    // "warn" is taken for "warning", the one word the config, the listing and the reports use
    expect(c.rules['duplicate-article']).toEqual(['warning', { threshold: 0.9, minWords: 40 }]);
    expect(c.rules['title-missing']).toBe('error');
  });
  it('--config names a file; a bad config is a usage error with one clear line', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{ "rules": ', /not valid JSON/],
      ['{ "rules": { "titel-missing": "off" } }', /unknown rule "titel-missing" \(did you mean "title-missing"\?\)/],
      ['{ "rules": { "title-missing": "fatal" } }', /level must be one of off, info, warning, error, warn/],
      ['{ "rules": { "duplicate-article": ["warn", { "treshold": 1 }] } }', /unknown option "treshold"/],
      ['{ "rulez": {} }', /unknown key "rulez"/],
    ];
    for (const [text, msg] of cases) {
      const d = withConfig(text);
      const r = await linkage(['check', 'sub', '--config', 'linkage.config.json'], { cwd: d });
      expect(r.code, text).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await linkage(['check', 'corpus', '--config', 'missing.json'])).stderr).toMatch(/config missing\.json: no such file/);
  });
});

describe('linkage check across machines: --summaries on each shard, then --reduce', () => {
  /** two shards: the copies of one article, and the same person with two ranks on one day, are split between them */
  let shards: string;
  beforeAll(() => {
    shards = mkdtempSync(join(tmpdir(), 'linkage-shards-'));
    for (const s of ['one', 'two']) mkdirSync(join(shards, s));
    cpSync(join(FX, 'duplicate-article/fail/a.txt'), join(shards, 'one/a.txt'));
    cpSync(join(FX, 'duplicate-article/fail/b.txt'), join(shards, 'two/b.txt'));
    cpSync(join(FX, 'duplicate-article/fail/c.txt'), join(shards, 'two/c.txt'));
    cpSync(join(FX, 'participant-title-conflict/fail'), join(shards, 'one/titles'), { recursive: true });
    cpSync(join(FX, 'date-invalid/fail.txt'), join(shards, 'two/date.txt'));
  });
  const run = (args: string[]) => linkage(['check', ...args, '--format', 'json'], { cwd: shards });
  const corpusRules = new Set(['duplicate-article', 'participant-title-conflict', 'citation-inconsistent']);
  const sorted = (fs: any[]) => fs.map((f) => JSON.stringify(f)).sort();

  it('finds what one run over the whole corpus finds: the article rules in the shards, the corpus rules in the reduce', async () => {
    const whole = JSON.parse((await run(['one', 'two'])).stdout).findings;
    const one = await run(['one', '--summaries', 'one.jsonl']);
    const two = await run(['two', '--summaries', 'two.jsonl']);
    const reduced = await run(['--reduce', 'one.jsonl', 'two.jsonl']);
    expect(reduced.stderr).toBe('');
    const shardFindings = [...JSON.parse(one.stdout).findings, ...JSON.parse(two.stdout).findings];
    // the shards run no corpus rule: a copy in the other shard is not theirs to see
    expect(shardFindings.filter((f: any) => corpusRules.has(f.code))).toEqual([]);
    expect(sorted(shardFindings)).toEqual(sorted(whole.filter((f: any) => !corpusRules.has(f.code))));
    const across = JSON.parse(reduced.stdout).findings;
    expect(across.map((f: any) => f.code)).toEqual(expect.arrayContaining(['duplicate-article', 'participant-title-conflict']));
    expect(sorted(across)).toEqual(sorted(whole.filter((f: any) => corpusRules.has(f.code))));
    expect(reduced.code).toBe(1);
  });

  it('says which line of a summaries file is no record, and exits 2', async () => {
    writeFileSync(join(shards, 'bad.jsonl'), '{"rule":"duplicate-article","file":"x.txt","summary":{"sig":{"$u32":[1,2]}}}\nnot json\n');
    const r = await run(['--reduce', 'bad.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('linkage: bad.jsonl:2: not JSON');
    expect(r.stdout).toBe('');
  });

  it('will not write summaries while reducing', async () => {
    const r = await run(['--reduce', 'one.jsonl', '--summaries', 'x.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--reduce reads --summaries files');
  });
});

describe('summaries files', () => {
  it('read back as written, a MinHash signature included; a value JSON cannot hold is refused', async () => {
    const { writeSummaries, readSummaries } = await import('../src/check/summaries.js');
    const records = [{ rule: 'duplicate-article', file: 'a.txt', summary: { sig: Uint32Array.from([1, 2, 4294967295]) } }, { rule: 'x', file: 'b.txt', summary: [{ n: 1 }] }];
    expect(readSummaries(writeSummaries(records), 'f')).toEqual(records);
    expect(() => writeSummaries([{ rule: 'x', file: 'c.txt', summary: new Map([[1, 2]]) }])).toThrow(/holds a Map/);
  });
});
