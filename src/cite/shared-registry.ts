/**
 * A registry laid out in shared memory, so worker threads read the one copy
 * the main thread loaded instead of each parsing its own: a 100 MB registry
 * parsed in every worker would exceed a worker's heap (`cite`, on one thread,
 * copes). Entries are stored as UTF-8 JSON, found through hash tables by key,
 * id and leading number, and decoded only when looked up.
 */
import type { Registry, RegistryEntry } from './registry.js';
import { memoize } from '../text/memo.js';

export interface SharedRegistryData {
  files: string[];
  size: number;
  bytes: SharedArrayBuffer;
  /** entry i is bytes[offsets[i], offsets[i + 1]) */
  offsets: SharedArrayBuffer;
  /** per index: bucket heads (entry index + 1, 0 = empty) and the chain through entries */
  tables: Record<IndexName, { heads: SharedArrayBuffer; next: SharedArrayBuffer }>;
}

type IndexName = 'key' | 'id' | 'number';
const INDEXES: Record<IndexName, (e: RegistryEntry) => string | null> = {
  key: (e) => e.key,
  id: (e) => e.id,
  number: (e) => numberOfId(e.id),
};

/** The leading number of an id, without leading zeros ("09-NQ/TW" → "9"). */
export function numberOfId(id: string): string | null {
  const m = /^0*(\d+)[-/]/.exec(id);
  return m ? m[1] : null;
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Lay a loaded registry out in shared memory. */
export function shareRegistry(entries: RegistryEntry[], files: string[]): SharedRegistryData {
  const chunks = entries.map((e) => Buffer.from(JSON.stringify(e), 'utf8'));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const bytes = new SharedArrayBuffer(total);
  const view = Buffer.from(bytes);
  const offsets = new SharedArrayBuffer(4 * (entries.length + 1));
  const off = new Int32Array(offsets);
  let at = 0;
  chunks.forEach((c, i) => { off[i] = at; c.copy(view, at); at += c.length; });
  off[entries.length] = at;
  const size = 1 << Math.max(4, Math.ceil(Math.log2(entries.length * 2 + 1)));
  const tables = {} as SharedRegistryData['tables'];
  for (const name of Object.keys(INDEXES) as IndexName[]) {
    const heads = new SharedArrayBuffer(4 * size), next = new SharedArrayBuffer(4 * Math.max(1, entries.length));
    const h = new Int32Array(heads), n = new Int32Array(next);
    // chained in reverse so that a chain lists entries in registry order
    for (let i = entries.length - 1; i >= 0; i--) {
      const k = INDEXES[name](entries[i]);
      if (k === null) continue;
      const b = hash(k) & (size - 1);
      n[i] = h[b];
      h[b] = i + 1;
    }
    tables[name] = { heads, next };
  }
  return { files, size: entries.length, bytes, offsets, tables };
}

/** The Registry interface over shared memory (decoded entries are cached, up to a bound). */
export function openSharedRegistry(d: SharedRegistryData): Registry {
  const bytes = Buffer.from(d.bytes);
  const off = new Int32Array(d.offsets);
  const entry = memoize((i: number) => JSON.parse(bytes.toString('utf8', off[i], off[i + 1])) as RegistryEntry, 8192);
  const all = (name: IndexName, k: string): RegistryEntry[] => {
    const heads = new Int32Array(d.tables[name].heads), next = new Int32Array(d.tables[name].next);
    const out: RegistryEntry[] = [];
    for (let i = heads[hash(k) & (heads.length - 1)]; i !== 0; i = next[i - 1]) {
      const e = entry(i - 1);
      if (INDEXES[name](e) === k) out.push(e);
    }
    return out;
  };
  const some = (name: IndexName) => ({ get: (k: string) => { const r = all(name, k); return r.length ? r : undefined; } });
  return {
    byKey: { get: (k: string) => all('key', k)[0] },
    byId: some('id'),
    byNumber: some('number'),
    get entries() { return Array.from({ length: d.size }, (_, i) => JSON.parse(bytes.toString('utf8', off[i], off[i + 1])) as RegistryEntry); },
    files: d.files,
    shared: d,
  };
}
