/**
 * The data files (lexicons, gazetteers, taxonomies in ../data as JSON), one
 * accessor each, grouped by what they hold. An accessor reads its file on
 * first call: `familyNames().familyNames`. Each file's shape is declared once
 * (src/data/*.ts) and checked by test/data-schema.test.ts.
 */
import type { DataFile } from './data/file.js';
import * as names from './data/names.js';
import * as places from './data/places.js';
import * as documents from './data/documents.js';
import * as words from './data/words.js';

export type { DataFile } from './data/file.js';
export * from './data/names.js';
export * from './data/places.js';
export * from './data/documents.js';
export * from './data/words.js';

/** Every data file's accessor (the schema test checks each file against its shape). */
export const DATA_FILES: readonly DataFile<unknown>[] = [names, places, documents, words].flatMap((m) => Object.values(m));
