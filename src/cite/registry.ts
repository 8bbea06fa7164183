/**
 * The registry of known documents: data/registry.json, with the user's own
 * files (`--registry FILE`, same format) merged over it by `key`.
 *
 * Party numbers restart with every congress term, so one id can name several
 * documents (11-NQ/TW of 2012 and of 2022): resolve() picks the entry that
 * matches what the article says (date, term, issuer), else the one nearest
 * before publication.
 */
import { readFileSync } from 'node:fs';
import { documentKinds, registry } from '../data.js';
import { foldKey } from '../article/normalize.js';
import { termAt } from './terms.js';
import { numberOfId, openSharedRegistry, shareRegistry, type SharedRegistryData } from './shared-registry.js';

export type RegistryStatus = 'in-force' | 'superseded' | 'expired' | 'unknown';
const STATUSES: readonly RegistryStatus[] = ['in-force', 'superseded', 'expired', 'unknown'];

export interface RegistryEntry {
  /** unique: id@year, or id@term when the date is unknown */
  key: string;
  id: string;
  kind: string | null;
  title: string | null;
  issuer: string | null;
  date: string | null;
  term: string | null;
  status: RegistryStatus;
  supersededBy: string | null;
  supersededByKey: string | null;
  sources: string[];
  /** the registry file the entry came from */
  origin: string;
}

/** Lookups only: a registry may live in shared memory (see shared-registry.ts), not in Maps. */
export interface Lookup<T> { get(key: string): T | undefined }

export interface Registry {
  byKey: Lookup<RegistryEntry>;
  byId: Lookup<RegistryEntry[]>;
  /** entries by the leading number of their id, without leading zeros ("09-NQ/TW" → "9") */
  byNumber: Lookup<RegistryEntry[]>;
  /** every entry, in order (in shared memory: decoded when asked for) */
  readonly entries: readonly RegistryEntry[];
  /** the files read, bundled first */
  files: string[];
  /** the same registry laid out in shared memory, for worker threads */
  shared?: SharedRegistryData;
}

/** A registry file that cannot be used: a usage error for the CLI. */
export class RegistryError extends Error {}

/** Canonical id as the extractor writes it: Đ not Ð/D in codes, TƯ → TW, no spaces. */
export function canonicalId(id: string): string {
  return id.normalize('NFC').replace(/\s+/g, '').replace(/Ð/g, 'Đ').replace(/\/T[ƯU]$/u, '/TW')
    .replace(/([-/])ND-/u, '$1NĐ-').replace(/([-/])QD([-/])/u, '$1QĐ$2');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The shapes of canonical numbers (37-NQ/TW, 13/2020/NĐ-CP, 59/2020/QH14, 1234/QĐ-TTg), from data/document-kinds.json */
const ID_SHAPES = Object.values(documentKinds().idPatterns).map((p) => new RegExp(p, 'u'));

function entryOf(raw: unknown, origin: string, i: number): RegistryEntry {
  const where = `${origin}: documents[${i}]`;
  if (!raw || typeof raw !== 'object') throw new RegistryError(`${where} is not an object`);
  const r = raw as Record<string, unknown>;
  const str = (k: string): string | null => {
    const v = r[k];
    if (v == null) return null;
    if (typeof v !== 'string') throw new RegistryError(`${where}.${k} must be a string`);
    return v.normalize('NFC').trim() || null;
  };
  const id = str('id');
  if (!id) throw new RegistryError(`${where} has no "id"`);
  const date = str('date');
  if (date && (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date)))) throw new RegistryError(`${where}.date "${date}" is not an ISO date (YYYY-MM-DD)`);
  const status = (str('status') ?? 'unknown') as RegistryStatus;
  if (!STATUSES.includes(status)) throw new RegistryError(`${where}.status "${status}" is not one of ${STATUSES.join(', ')}`);
  const term = str('term')?.replace(/^khóa\s+/iu, '').toUpperCase() ?? null;
  const cid = canonicalId(id);
  // a Party number in a State shape (37/NQ-TW) is the commonest slip
  if (!ID_SHAPES.some((re) => re.test(cid)) || /^\d+[a-z]?\/[^/]+-TW$/u.test(cid)) throw new RegistryError(`${where}.id "${id}" is not a canonical number (37-NQ/TW, 13/2020/NĐ-CP, 59/2020/QH14, 1234/QĐ-TTg)`);
  return {
    key: str('key') ?? `${cid}@${date ? date.slice(0, 4) : term ?? '?'}`,
    id: cid, kind: str('kind'), title: str('title'), issuer: str('issuer'), date, term, status,
    supersededBy: str('supersededBy') ? canonicalId(str('supersededBy')!) : null,
    supersededByKey: str('supersededByKey'),
    sources: Array.isArray(r.sources) ? r.sources.filter((s): s is string => typeof s === 'string') : [],
    origin,
  };
}

function entriesOf(json: unknown, origin: string): RegistryEntry[] {
  const docs = Array.isArray(json) ? json : (json as { documents?: unknown })?.documents;
  if (!Array.isArray(docs)) throw new RegistryError(`${origin}: expected {"documents": [...]} or an array of documents`);
  return docs.map((d, i) => entryOf(d, origin, i));
}

/** The registry given to this thread (a worker's, shared by the main thread), and the last one loaded. */
let provided: Registry | null = null;
let last: { files: string; reg: Registry } | null = null;

/** Worker threads: use the registry the main thread laid out in shared memory. */
export function useSharedRegistry(d: SharedRegistryData): void {
  provided = openSharedRegistry(d);
}

/**
 * The registry in shared memory, for worker threads: loaded once here, after
 * which this thread too reads it there (the parsed objects can go).
 */
export function sharedRegistry(extraFiles: string[] = []): SharedRegistryData {
  const reg = loadRegistry(extraFiles);
  if (reg.shared) return reg.shared;
  const d = shareRegistry([...reg.entries], reg.files);
  last = { files: JSON.stringify(extraFiles), reg: openSharedRegistry(d) };
  return d;
}

/** The bundled registry, with each extra file merged over it (a later file's entry replaces one with the same key). */
export function loadRegistry(extraFiles: string[] = []): Registry {
  if (provided && JSON.stringify(provided.files.slice(1)) === JSON.stringify(extraFiles)) return provided;
  if (last && last.files === JSON.stringify(extraFiles)) return last.reg;
  const byKey = new Map<string, RegistryEntry>();
  for (const e of entriesOf(registry(), 'data/registry.json')) byKey.set(e.key, e);
  for (const f of extraFiles) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new RegistryError(`${f}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.message}`);
    }
    for (const e of entriesOf(json, f)) byKey.set(e.key, e);
  }
  const entries = [...byKey.values()];
  const byId = new Map<string, RegistryEntry[]>();
  const byNumber = new Map<string, RegistryEntry[]>();
  const add = (m: Map<string, RegistryEntry[]>, k: string | null, e: RegistryEntry) => {
    if (k === null) return;
    const list = m.get(k);
    if (list) list.push(e); else m.set(k, [e]);
  };
  for (const e of entries) { add(byId, e.id, e); add(byNumber, numberOfId(e.id), e); }
  const reg: Registry = { entries, byKey, byId, byNumber, files: ['data/registry.json', ...extraFiles] };
  last = { files: JSON.stringify(extraFiles), reg };
  return reg;
}

/** What an article says of a document, to choose among entries sharing an id. */
export interface CitedAs { id: string; date: string | null; term: string | null; issuer: string | null }

/**
 * The registry entry a citation names, or null when the id is unknown (or
 * its date or term shows it is another document with the same number). Among
 * entries sharing the id: the best match on date (exact, then same year),
 * term and issuer; on a tie, the latest dated on or before publication.
 */
export function resolve(reg: Registry, c: CitedAs, published: string | null): RegistryEntry | null {
  const list = reg.byId.get(c.id);
  if (!list?.length) return null;
  const score = (e: RegistryEntry) =>
    (c.date && e.date === c.date ? 8 : 0) + (c.date && e.date?.slice(0, 4) === c.date.slice(0, 4) ? 4 : 0) +
    (c.term && e.term === c.term ? 2 : 0) + (c.issuer && e.issuer && sameIssuer(c.issuer, e.issuer) ? 1 : 0);
  const pub = published?.slice(0, 10) ?? null;
  const before = (e: RegistryEntry) => (e.date && (!pub || e.date <= pub) ? e.date : '');
  const best = [...list].sort((x, y) => score(y) - score(x) || before(y).localeCompare(before(x)))[0];
  return plausible(best, c) ? best : null;
}

/**
 * Whether a citation can be the entry at all. Party numbers restart with each
 * term and yearless State numbers (120/NQ-CP) each year, so a citation whose
 * date or term puts it in another term (or year) names another document, one
 * the registry does not know — not a misdated one.
 */
function plausible(e: RegistryEntry, c: CitedAs): boolean {
  const sameYear = Boolean(c.date && e.date && c.date.slice(0, 4) === e.date.slice(0, 4));
  if (/^\d+[a-z]?-/.test(e.id)) {
    const term = c.term ?? (c.date ? termAt('party', c.date) : null);
    return !term || !e.term || term === e.term || sameYear;
  }
  if (/^\d+[a-z]?\/\D/.test(e.id)) return !c.date || !e.date || sameYear;
  return true;
}

/** The entry that superseded `e`, when registered. */
export function successor(reg: Registry, e: RegistryEntry): RegistryEntry | null {
  if (e.supersededByKey) return reg.byKey.get(e.supersededByKey) ?? null;
  const list = e.supersededBy ? reg.byId.get(e.supersededBy) : undefined;
  return list?.length === 1 ? list[0] : null;
}

// "Ban Chấp hành Trung ương Đảng", "Trung ương", "Hội nghị Trung ương" all name the Central Committee
const ISSUER_ALIASES: Array<[RegExp, string]> = [
  [/^(?:ban chấp hành trung ương|trung ương|hội nghị trung ương|bch ?tw)(?: đảng)?(?: cộng sản việt nam)?(?: khóa [ivxl]+)?$/u, 'ban chấp hành trung ương'],
  [/^thủ tướng(?: chính phủ)?$/u, 'thủ tướng chính phủ'],
  [/^ngân hàng nhà nước(?: việt nam)?$/u, 'ngân hàng nhà nước'],
];
function issuerKey(s: string): string {
  const f = foldKey(s).replace(/\s+/g, ' ').replace(/,/g, '').trim();
  for (const [re, k] of ISSUER_ALIASES) if (re.test(f)) return k;
  return f;
}
const CENTRAL_PARTY = new Set(['ban chấp hành trung ương', 'bộ chính trị', 'ban bí thư']);
// "của Trung ương (Đảng)" loosely names the Party centre: any of its bodies
const BARE_CENTRE = /^trung ương(?: đảng)?$/u;
export function sameIssuer(a: string, b: string): boolean {
  const [x, y] = [issuerKey(a), issuerKey(b)];
  if (x === y) return true;
  const bare = (s: string) => BARE_CENTRE.test(foldKey(s));
  return (bare(a) && CENTRAL_PARTY.has(y)) || (bare(b) && CENTRAL_PARTY.has(x));
}
