/** Data files (lexicons, gazetteers, taxonomies) live in ../data as JSON, outside the code. */
import { readFileSync } from 'node:fs';
import { object, str, type Fields, type ObjectOf, type Shape } from './shape.js';

/** Reads one data file on first call, then returns the same object: `familyNames().familyNames`. */
export interface DataFile<T> {
  (): T;
  /** "family-names" for data/family-names.json */
  readonly file: string;
  readonly shape: Shape<T>;
}

/** Every data file names its sources (`_source`); `_note` explains the fields. */
const SOURCED = { _source: str };

/** The accessor of data/<file>.json, whose fields are `required` and `optional` (besides `_source` and `_note`). */
export function dataFile<R extends Fields, O extends Fields = Record<never, never>>(
  file: string, required: R, optional?: O,
): DataFile<ObjectOf<typeof SOURCED & R, { _note: Shape<string> } & O>> {
  type T = ObjectOf<typeof SOURCED & R, { _note: Shape<string> } & O>;
  let value: T | undefined;
  const read = () => (value ??= JSON.parse(readFileSync(new URL(`../../data/${file}.json`, import.meta.url), 'utf8')) as T);
  return Object.assign(read, { file, shape: object({ ...SOURCED, ...required }, { _note: str, ...optional }) as Shape<T> });
}
