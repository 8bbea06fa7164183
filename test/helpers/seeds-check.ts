/**
 * The sample-article expectations (test/seeds.expected.json, a copy of the
 * project's spec) checked field by field, with the spec's normalisation:
 * NFC, tone placement, case, spacing, place aliases.
 */
import { unifyTones } from '../../src/article/normalize.js';

export function fold(s: unknown): string | null {
  if (s == null) return null;
  return unifyTones(String(s).normalize('NFC')).toLowerCase()
    .replace(/\s*-\s*/g, '-').replace(/\s*\.\s*/g, '.').replace(/\s+/g, ' ').trim();
}
const ALIASES: Record<string, string> = {
  'tp.hcm': 'hcm', 'tp.hồ chí minh': 'hcm', 'hồ chí minh': 'hcm', 'thành phố hồ chí minh': 'hcm', 'tphcm': 'hcm',
  'thừa thiên-huế': 'huế', 'tt-huế': 'huế', 'thừa thiên huế': 'huế', 'huế': 'huế', 'thành phố huế': 'huế', 'tp.huế': 'huế',
};
export function place(s: unknown): string | null {
  const t = fold(s);
  if (t == null) return null;
  const u = t.replace(/^(tỉnh|thành phố trực thuộc trung ương) /, '');
  return ALIASES[u] ?? u;
}
const citeId = (s: unknown) => String(s).normalize('NFC').toUpperCase().replace(/\s+/g, '');
const eqSet = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Failures for one article against its expectations, limited to `fields`. */
export function checkArticle(a: any, e: any, fields: string[]): string[] {
  const fails: string[] = [];
  const ok = (c: unknown, msg: string) => { if (!c) fails.push(msg); };
  const want = (f: string) => fields.includes(f) && e[f] !== undefined;
  if (want('title')) ok(fold(a.title) === fold(e.title), `title: ${a.title}`);
  if (want('published')) ok(String(a.published ?? '').startsWith(e.published), `published: ${a.published}`);
  if (want('source')) ok(fold(a.source) === fold(e.source), `source: ${a.source}`);
  if (want('citations')) {
    const ids = a.citations.map((c: any) => citeId(c.id));
    if (e.citations.exactly) {
      ok(eqSet(ids, e.citations.exactly.map((c: any) => citeId(c.id))), `citation ids ${JSON.stringify(ids)}`);
      for (const c of e.citations.exactly) {
        const g = a.citations.find((x: any) => citeId(x.id) === citeId(c.id));
        for (const k of ['kind', 'issuer', 'date', 'term']) if (g && c[k] != null) ok(fold(g[k]) === fold(c[k]), `${c.id}.${k}: ${g[k]}`);
      }
    }
    for (const x of e.citations.exclude_ids ?? []) ok(!ids.includes(citeId(x)), `citation ${x} from boilerplate`);
  }
  if (want('dates')) for (const d of e.dates.include) ok(a.dates.some((x: any) => x.value === d.value && (!d.role || x.role === d.role)), `no date ${JSON.stringify(d)}`);
  if (want('horizons')) {
    for (const y of e.horizons.include_years ?? []) ok(a.horizons.some((h: any) => h.year === y || h.to === y), `no horizon year ${y}`);
    for (const [f, t] of e.horizons.include_periods ?? []) ok(a.horizons.some((h: any) => h.from === f && h.to === t), `no period ${f}-${t}`);
  }
  if (want('participants')) {
    const names = a.participants.map((p: any) => fold(p.name));
    if (e.participants.exactly_names) ok(eqSet(names, e.participants.exactly_names.map(fold)), `participants ${JSON.stringify(names)}`);
    for (const n of e.participants.include_names ?? []) ok(names.includes(fold(n)), `no participant ${n}`);
    for (const [n, ts] of Object.entries<string[]>(e.participants.titles_include ?? {})) {
      const p = a.participants.find((x: any) => fold(x.name) === fold(n));
      for (const t of ts) ok(p && p.titles.some((x: string) => fold(x) === fold(t)), `${n} lacks title ${t}`);
    }
  }
  if (want('organizations')) for (const n of e.organizations.include_names) ok(a.organizations.some((o: any) => fold(o.name) === fold(n)), `no organization ${n}`);
  if (want('places')) {
    for (const p of e.places.include ?? []) {
      const g = a.places.find((x: any) => place(x.name) === place(p.name));
      ok(g, `no place ${p.name}`);
      if (g && p.kind) ok(g.kind === p.kind, `${p.name} kind ${g.kind}`);
      if (g && p.current) ok(place(g.current) === place(p.current), `${p.name} current ${g.current}`);
    }
    for (const n of e.places.exclude_names ?? []) ok(!a.places.some((x: any) => place(x.name) === place(n)), `place ${n} from boilerplate`);
  }
  if (want('priorities')) {
    ok(a.priorities.length === e.priorities.count, `${a.priorities.length} enumerations`);
    const f = e.priorities.first, g = a.priorities[0];
    if (f && g) {
      ok(JSON.stringify(g.items.map((i: any) => i.ordinal)) === JSON.stringify(f.ordinals), 'ordinals');
      ok(g.items.every((i: any, k: number) => fold(i.marker) === fold(f.markers[k])), 'markers');
      ok(fold(g.speaker) === fold(f.speaker), `speaker ${g.speaker}`);
      ok(g.items.every((i: any, k: number) => f.item_text_starts[k] && fold(i.text)!.startsWith(fold(f.item_text_starts[k])!)), 'item texts');
    }
  }
  if (want('agreements')) {
    ok(a.agreements.length === e.agreements.count, `${a.agreements.length} agreements`);
    const f = e.agreements.first, g = a.agreements[0];
    if (f && g) {
      ok(g.until === f.until, `until ${g.until}`);
      for (const p of f.parties_include) ok(g.parties.some((x: string) => place(x) === place(p) || fold(x)!.includes(fold(p)!)), `party ${p}`);
      ok(eqSet([...new Set(g.sectors.map((s: any) => s.key))], f.sector_keys_exactly), `sectors ${JSON.stringify(g.sectors.map((s: any) => s.key))}`);
    }
  }
  if (want('related')) ok(a.related.length >= e.related.min_count, `${a.related.length} related`);
  return fails;
}
