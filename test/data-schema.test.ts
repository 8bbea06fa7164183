/**
 * Every data file has the shape its accessor declares (src/data/*.ts): a
 * malformed edit of data/*.json fails here, naming the file and the path of the
 * bad value, instead of as a wrong extraction somewhere downstream.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { DATA_FILES, familyNames, provinces, registry } from '../src/data.js';
import { problems } from '../src/data/shape.js';

const DIR = new URL('../data/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`${file}.json`, DIR), 'utf8'));
/** "data/street-names.json/names/3: expected a non-empty string, found number" */
const report = (file: string, json: unknown) => problems(DATA_FILES.find((d) => d.file === file)!.shape, json).map((p) => `data/${file}.json${p}`);

describe('data files', () => {
  it('each file in data/ has exactly one accessor, and each accessor a file', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(DATA_FILES.map((d) => d.file).sort()).toEqual(files);
  });

  for (const { file } of DATA_FILES) {
    it(`data/${file}.json has its declared shape and names its sources`, () => {
      expect(report(file, read(file))).toEqual([]);
    });
  }

  it('an accessor reads its file once and returns the same object', () => {
    expect(familyNames()).toBe(familyNames());
    expect(familyNames().familyNames).toContain('Nguyễn');
  });
});

describe('a malformed data file is reported with its path', () => {
  const edited = (file: string, edit: (d: any) => void) => { const d: any = read(file); edit(d); return report(file, d); };

  it('a word that is not a string', () => {
    expect(edited('street-names', (d) => { d.names[3] = 3; }))
      .toEqual(['data/street-names.json/names/3: expected a non-empty string, found number']);
  });
  it('a missing list, an empty list, a misspelt field', () => {
    expect(edited('titles', (d) => { delete d.heads; d.markers = []; d.marker = ['ông']; })).toEqual([
      'data/titles.json/heads: missing',
      'data/titles.json/markers: expected at least 1 item(s)',
      'data/titles.json/marker: unknown field',
    ]);
  });
  it('a file without its sources', () => {
    expect(edited('terms', (d) => { delete d._source; })).toEqual(['data/terms.json/_source: missing']);
  });
  it('a bad value deep in a list of records', () => {
    expect(edited('provinces', (d) => { d.provinces[5].city = 'yes'; d.spellings['Đắk'] = 'Đak'; })).toEqual([
      'data/provinces.json/provinces/5/city: expected true or false, found string',
      'data/provinces.json/spellings/Đắk: expected an array, found string',
    ]);
    expect(provinces().provinces[5].city).not.toBe('yes');
  });
  it('a value outside its vocabulary, a null where a value is due', () => {
    expect(edited('registry', (d) => { d.documents[0].status = 'repealed'; d.documents[1].id = null; })).toEqual([
      'data/registry.json/documents/0/status: expected one of in-force, superseded, expired, unknown, found string',
      'data/registry.json/documents/1/id: expected a non-empty string, found null',
    ]);
    expect(registry().documents[0].status).not.toBe('repealed');
  });
});
