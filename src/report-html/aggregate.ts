/**
 * Extracted facts → the figures of `linkage report`. Articles are added one at
 * a time (in input order) and only what the report shows is kept: per article
 * a row (file, title, date, source) and, per figure, the indexes of the
 * articles behind it, so every number in the report can list its articles.
 * Every loop is over the facts of one article, and every map is keyed by a
 * folded name: time and memory grow with the facts, never with their pairs.
 */
import type { ArticleFacts } from '../types.js';
import { foldKey } from '../article/normalize.js';
import { loadRegistry, resolve, type Registry } from '../cite/registry.js';
import { findPlaces } from '../text/gazetteer.js';
import { provinceSeats, provinces, type Province } from '../data.js';
import { personKey } from './names.js';

/** A day or month value ("2021-03", "2021-03-07"), not a year or quarter ("2021", "2021-Q1"). */
const MONTH_PREFIX = /^\d{4}-\d{2}(?:-|$)/;

/** Indexes into ReportData.articles. */
export type Ids = number[];
/** file, title, published, source */
export type ArticleRow = [string, string | null, string | null, string | null];

export interface DocumentEntry {
  id: string; kind: string | null; issuer: string | null; date: string | null; term: string | null;
  /** registry status, or null when the registry does not know the document */
  status: string | null; title: string | null;
  /** citing articles in date order: [article, times cited there (full and short references)] */
  cites: Array<[number, number]>;
  mentions: number;
}
export interface TitleSpell { title: string; first: string | null; last: string | null; ids: Ids }
export interface PersonEntry { name: string; variants: string[]; ids: Ids; titles: TitleSpell[]; roles: Array<[string, number]> }
export interface ProvinceEntry {
  id: string; name: string; seat: string; lat: number; lon: number;
  /** the pre-2025 provinces folded into it */
  merged: string[];
  ids: Ids;
  /** articles with an agreement this province is a party to */
  agreementIds: Ids;
  agreements: number;
}
export interface HeatCell { sector: string; province: string; ids: Ids; n: number }
export interface NetNode { name: string; type: 'province' | 'country' | 'organization'; ids: Ids; n: number }
export interface NetLink { source: number; target: number; n: number; ids: Ids }
export interface PriorityEntry { a: number; speaker: string | null; intro: string | null; items: Array<[string, string]>; n: number }
export interface Labelled { label: string; ids: Ids; n: number }

export interface ReportData {
  title: string;
  generated: string;
  articles: ArticleRow[];
  failed: Array<{ file: string; reason: string }>;
  overview: { dateRange: [string, string] | null; sources: Labelled[]; noDate: Ids; kinds: Array<Labelled & { kind: string; facts: number }> };
  timeline: { months: Labelled[]; events: Labelled[]; horizons: Array<Labelled & { kind: string; year: number | null; from: number | null; to: number | null }> };
  documents: { total: number; list: DocumentEntry[] };
  people: { total: number; list: PersonEntry[] };
  places: {
    provinces: ProvinceEntry[];
    heat: HeatCell[];
    sectors: Array<{ key: string; label: string }>;
    agreements: number;
    agreementsWithProvince: number;
    network: { nodes: NetNode[]; links: NetLink[]; total: number };
  };
  priorities: { total: number; list: PriorityEntry[]; speakers: Labelled[] };
  caps: Record<string, number>;
}

/** What the report keeps at most; the report says so where a cap applies. */
export const CAPS = {
  documents: 500,
  people: 3000,
  networkNodes: 80,
  /** parties of one agreement linked pairwise in the network */
  linkedParties: 12,
  priorities: 5000,
  itemsPerPriority: 12,
  itemText: 240,
  introText: 300,
};

const FACT_KINDS = [
  ['citations', 'citations'], ['dates', 'dates'], ['horizons', 'horizons'], ['participants', 'participants'],
  ['organizations', 'organizations'], ['places', 'places'], ['priorities', 'enumerations'],
  ['agreements', 'agreements'], ['cooperationFields', 'cooperation fields'], ['related', 'related headlines'],
  ['warnings', 'warnings'],
] as const;

/** A map from key to a growing entry, created on first sight. */
function entry<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) { v = make(); m.set(k, v); }
  return v;
}
/** Append an article index once (articles come in order, so the last one is the only possible repeat). */
function addId(ids: Ids, a: number): void {
  if (ids[ids.length - 1] !== a) ids.push(a);
}
function cut(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
/** The most frequent of several spellings (the first seen on a tie). */
function mostUsed(counts: Map<string, number>): string {
  let best = '', n = -1;
  for (const [k, c] of counts) if (c > n) { best = k; n = c; }
  return best;
}
function byCount<T extends { n: number }>(list: T[], name: (t: T) => string): T[] {
  return list.sort((x, y) => y.n - x.n || name(x).localeCompare(name(y), 'vi'));
}

interface DocAcc { id: string; kinds: Map<string, number>; issuers: Map<string, number>; dates: Map<string, number>; terms: Map<string, number>; status: string | null; title: string | null; cites: Array<[number, number]>; mentions: number }
interface PersonAcc { spellings: Map<string, number>; ids: Ids; titles: Map<string, { spellings: Map<string, number>; first: string | null; last: string | null; ids: Ids }>; roles: Map<string, number> }

export class ReportAggregator {
  readonly articles: ArticleRow[] = [];
  readonly failed: Array<{ file: string; reason: string }> = [];
  private registry: Registry;
  private provinces: Province[];
  private provinceIdByName = new Map<string, string>();
  private sources = new Map<string, Labelled>();
  private noDate: Ids = [];
  private kinds = new Map<string, { facts: number; ids: Ids }>();
  private months = new Map<string, Labelled>();
  private events = new Map<string, Labelled>();
  private horizons = new Map<string, Labelled & { kind: string; year: number | null; from: number | null; to: number | null }>();
  private docs = new Map<string, DocAcc>();
  private people = new Map<string, PersonAcc>();
  private provinceIds = new Map<string, Ids>();
  private provinceAgreements = new Map<string, { ids: Ids; n: number }>();
  private heat = new Map<string, HeatCell>();
  private sectorLabels = new Map<string, string>();
  private nodes = new Map<string, { names: Map<string, number>; type: NetNode['type']; ids: Ids; n: number }>();
  private links = new Map<string, { n: number; ids: Ids }>();
  private agreementCount = 0;
  private agreementsWithProvince = 0;
  private priorities: PriorityEntry[] = [];
  private prioritiesTotal = 0;
  private speakers = new Map<string, { names: Map<string, number>; ids: Ids; n: number }>();

  constructor(readonly title: string, registry?: Registry) {
    this.registry = registry ?? loadRegistry();
    this.provinces = provinces().provinces;
    for (const p of this.provinces) if (p.after2025) this.provinceIdByName.set(p.name, p.id);
    for (const k of FACT_KINDS) this.kinds.set(k[0], { facts: 0, ids: [] });
  }

  /** An input that could not be read, with the reason. */
  fail(file: string, reason: string): void {
    this.failed.push({ file, reason });
  }

  /** One article's facts; returns its index in the report. */
  add(f: ArticleFacts): number {
    const a = this.articles.length;
    this.articles.push([f.file, f.title, f.published, f.source]);
    const pub = f.published;
    if (pub) addId(entry(this.months, pub.slice(0, 7), () => ({ label: pub.slice(0, 7), ids: [], n: 0 })).ids, a);
    else this.noDate.push(a);
    if (f.source) {
      const s = entry(this.sources, foldKey(f.source), () => ({ label: f.source!, ids: [], n: 0 }));
      addId(s.ids, a);
    }
    for (const [k] of FACT_KINDS) {
      const list = f[k] as unknown[];
      if (!list.length) continue;
      const acc = this.kinds.get(k)!;
      acc.facts += list.length;
      addId(acc.ids, a);
    }
    for (const d of f.dates) {
      // by month: a date of a year or quarter, or an unresolved "hôm qua", has none
      if (d.role !== 'event' || d.value == null || !MONTH_PREFIX.test(d.value)) continue;
      const month = d.value.slice(0, 7);
      const e = entry(this.events, month, () => ({ label: month, ids: [], n: 0 }));
      e.n++;
      addId(e.ids, a);
    }
    for (const h of f.horizons) {
      const key = h.kind === 'period' ? `period:${h.from}-${h.to}` : `${h.kind}:${h.year}`;
      const label = h.kind === 'period' ? `${h.from}–${h.to}` : h.kind === 'vision' ? `tầm nhìn ${h.year}` : `đến năm ${h.year}`;
      const e = entry(this.horizons, key, () => ({ label, kind: h.kind, year: h.year ?? null, from: h.from ?? null, to: h.to ?? null, ids: [], n: 0 }));
      e.n++;
      addId(e.ids, a);
    }
    this.addCitations(f, a);
    this.addPeople(f, a);
    this.addPlaces(f, a);
    this.addAgreements(f, a);
    this.addPriorities(f, a);
    return a;
  }

  private addCitations(f: ArticleFacts, a: number): void {
    for (const c of f.citations) {
      const reg = resolve(this.registry, c, f.published);
      const d = entry(this.docs, reg?.key ?? c.id, () => ({
        id: c.id, kinds: new Map(), issuers: new Map(), dates: new Map(), terms: new Map(),
        status: reg?.status ?? null, title: reg?.title ?? null, cites: [], mentions: 0,
      }));
      const times = 1 + c.mentions.length;
      d.mentions += times;
      const last = d.cites[d.cites.length - 1];
      if (last?.[0] === a) last[1] += times;
      else d.cites.push([a, times]);
      const count = (m: Map<string, number>, v: string | null) => { if (v) m.set(v, (m.get(v) ?? 0) + 1); };
      count(d.kinds, reg?.kind ?? c.kind);
      count(d.issuers, reg?.issuer ?? c.issuer);
      count(d.dates, reg?.date ?? c.date);
      count(d.terms, reg?.term ?? c.term);
    }
  }

  private addPeople(f: ArticleFacts, a: number): void {
    const when = f.published?.slice(0, 10) ?? null;
    for (const p of f.participants) {
      const acc = entry(this.people, personKey(p.name), () => ({ spellings: new Map(), ids: [], titles: new Map(), roles: new Map() }));
      acc.spellings.set(p.name, (acc.spellings.get(p.name) ?? 0) + 1);
      addId(acc.ids, a);
      for (const t of p.titles) {
        const ts = entry(acc.titles, foldKey(t), () => ({ spellings: new Map<string, number>(), first: null as string | null, last: null as string | null, ids: [] as Ids }));
        ts.spellings.set(t, (ts.spellings.get(t) ?? 0) + 1);
        addId(ts.ids, a);
        if (when && (!ts.first || when < ts.first)) ts.first = when;
        if (when && (!ts.last || when > ts.last)) ts.last = when;
      }
      for (const r of p.roles) acc.roles.set(r, (acc.roles.get(r) ?? 0) + 1);
    }
  }

  private addPlaces(f: ArticleFacts, a: number): void {
    for (const p of f.places) {
      const id = p.current ? this.provinceIdByName.get(p.current) : undefined;
      if (id) addId(entry(this.provinceIds, id, () => []), a);
    }
  }

  /**
   * A party that names a province ("TP.HCM", "UBND tỉnh Lào Cai", a pre-2025
   * name such as "Bắc Kạn") is that current province; one that names a country
   * is the country; any other is an organization under its own name.
   */
  private partyNode(party: string): { key: string; name: string; type: NetNode['type']; province: string | null } {
    let country: string | null = null;
    for (const m of findPlaces(party, 0, party.length)) {
      const id = m.entry.current ? this.provinceIdByName.get(m.entry.current) : undefined;
      if (id) return { key: `p:${id}`, name: m.entry.current!, type: 'province', province: id };
      if (m.entry.kind === 'country' && !country) country = m.entry.name;
    }
    if (country) return { key: `c:${country}`, name: country, type: 'country', province: null };
    const name = party.replace(/\s+/g, ' ').trim();
    return { key: `o:${foldKey(name)}`, name, type: 'organization', province: null };
  }

  private addAgreements(f: ArticleFacts, a: number): void {
    for (const g of f.agreements) {
      this.agreementCount++;
      const parties = new Map<string, ReturnType<ReportAggregator['partyNode']>>();
      for (const p of g.parties) {
        const node = this.partyNode(p);
        if (node.name) parties.set(node.key, node);
      }
      const provinces = [...new Set([...parties.values()].flatMap((p) => (p.province ? [p.province] : [])))];
      if (provinces.length) this.agreementsWithProvince++;
      for (const id of provinces) {
        const pa = entry(this.provinceAgreements, id, () => ({ ids: [], n: 0 }));
        pa.n++;
        addId(pa.ids, a);
      }
      const sectors = new Set<string>();
      for (const s of g.sectors) {
        if (!s.key) continue;
        sectors.add(s.key);
        if (s.label && !this.sectorLabels.has(s.key)) this.sectorLabels.set(s.key, s.label);
      }
      for (const s of sectors) {
        for (const id of provinces) {
          const cell = entry(this.heat, `${s}|${id}`, () => ({ sector: s, province: id, ids: [], n: 0 }));
          cell.n++;
          addId(cell.ids, a);
        }
      }
      const keys = [...parties.keys()];
      for (const [k, p] of parties) {
        const node = entry(this.nodes, k, () => ({ names: new Map<string, number>(), type: p.type, ids: [] as Ids, n: 0 }));
        node.names.set(p.name, (node.names.get(p.name) ?? 0) + 1);
        node.n++;
        addId(node.ids, a);
      }
      // parties of one agreement are few (one sentence names them); the pairs are bounded all the same
      const linked = Math.min(keys.length, CAPS.linkedParties);
      for (let i = 0; i < linked; i++) {
        for (let j = i + 1; j < linked; j++) {
          const [x, y] = keys[i] < keys[j] ? [keys[i], keys[j]] : [keys[j], keys[i]];
          const l = entry(this.links, `${x}\u0000${y}`, () => ({ n: 0, ids: [] }));
          l.n++;
          addId(l.ids, a);
        }
      }
    }
  }

  private addPriorities(f: ArticleFacts, a: number): void {
    for (const e of f.priorities) {
      this.prioritiesTotal++;
      if (e.speaker) {
        const s = entry(this.speakers, personKey(e.speaker), () => ({ names: new Map<string, number>(), ids: [] as Ids, n: 0 }));
        s.names.set(e.speaker, (s.names.get(e.speaker) ?? 0) + 1);
        s.n++;
        addId(s.ids, a);
      }
      if (this.priorities.length >= CAPS.priorities) continue;
      this.priorities.push({
        a, speaker: e.speaker, intro: e.intro ? cut(e.intro, CAPS.introText) : null, n: e.items.length,
        items: e.items.slice(0, CAPS.itemsPerPriority).map((it) => [it.marker, cut(it.text, CAPS.itemText)]),
      });
    }
  }

  /** The figures, sorted and capped. */
  result(): ReportData {
    const dated = this.articles.map((r) => r[2]).filter((d): d is string => Boolean(d)).sort();
    const seats = provinceSeats().seats;
    const names = new Map(this.provinces.map((p) => [p.id, p.name]));
    const pubOf = (i: number) => this.articles[i][2] ?? '';

    const docs = [...this.docs.values()].map((d): DocumentEntry => ({
      id: d.id, kind: mostUsed(d.kinds) || null, issuer: mostUsed(d.issuers) || null, date: mostUsed(d.dates) || null,
      term: mostUsed(d.terms) || null, status: d.status, title: d.title,
      cites: d.cites.sort((x, y) => pubOf(x[0]).localeCompare(pubOf(y[0])) || x[0] - y[0]), mentions: d.mentions,
    }));
    docs.sort((x, y) => y.cites.length - x.cites.length || y.mentions - x.mentions || x.id.localeCompare(y.id));

    const people = [...this.people.values()].map((p): PersonEntry => ({
      name: mostUsed(p.spellings),
      variants: [...p.spellings.keys()].sort(),
      ids: p.ids,
      titles: [...p.titles.values()].map((t) => ({ title: mostUsed(t.spellings), first: t.first, last: t.last, ids: t.ids }))
        .sort((x, y) => (x.first ?? '9').localeCompare(y.first ?? '9') || y.ids.length - x.ids.length),
      roles: [...p.roles.entries()].sort((x, y) => y[1] - x[1]),
    }));
    people.sort((x, y) => y.ids.length - x.ids.length || x.name.localeCompare(y.name, 'vi'));

    const provinces = this.provinces.filter((p) => p.after2025).map((p): ProvinceEntry => {
      const s = seats[p.id];
      const ag = this.provinceAgreements.get(p.id);
      return {
        id: p.id, name: p.name, seat: s?.seat ?? p.name, lat: s?.lat ?? 0, lon: s?.lon ?? 0,
        merged: (p.mergedFrom ?? []).map((m) => names.get(m) ?? m),
        ids: this.provinceIds.get(p.id) ?? [], agreementIds: ag?.ids ?? [], agreements: ag?.n ?? 0,
      };
    });

    // the network: the best-connected parties, and the links among them
    const allNodes = byCount([...this.nodes.entries()].map(([key, n]) => ({ key, name: mostUsed(n.names), type: n.type, ids: n.ids, n: n.n })), (n) => n.name);
    const kept = allNodes.slice(0, CAPS.networkNodes);
    const index = new Map(kept.map((n, i) => [n.key, i]));
    const links: NetLink[] = [];
    for (const [k, l] of this.links) {
      const [x, y] = k.split('\u0000');
      const s = index.get(x), t = index.get(y);
      if (s !== undefined && t !== undefined) links.push({ source: s, target: t, n: l.n, ids: l.ids });
    }
    links.sort((x, y) => x.source - y.source || x.target - y.target);

    const speakers = byCount([...this.speakers.values()].map((s) => ({ label: mostUsed(s.names), ids: s.ids, n: s.n })), (s) => s.label);
    const horizons = [...this.horizons.values()].sort((x, y) =>
      x.kind.localeCompare(y.kind) || (x.year ?? x.from ?? 0) - (y.year ?? y.from ?? 0) || (x.to ?? 0) - (y.to ?? 0));

    return {
      title: this.title,
      generated: new Date().toISOString(),
      articles: this.articles,
      failed: this.failed,
      overview: {
        dateRange: dated.length ? [dated[0], dated[dated.length - 1]] : null,
        sources: byCount([...this.sources.values()].map((s) => ({ ...s, n: s.ids.length })), (s) => s.label),
        noDate: this.noDate,
        kinds: FACT_KINDS.map(([kind, label]) => {
          const k = this.kinds.get(kind)!;
          return { kind, label, facts: k.facts, ids: k.ids, n: k.ids.length };
        }),
      },
      timeline: {
        months: [...this.months.values()].map((m) => ({ ...m, n: m.ids.length })).sort((x, y) => x.label.localeCompare(y.label)),
        events: [...this.events.values()].sort((x, y) => x.label.localeCompare(y.label)),
        horizons,
      },
      documents: { total: docs.length, list: docs.slice(0, CAPS.documents) },
      people: { total: people.length, list: people.slice(0, CAPS.people) },
      places: {
        provinces,
        heat: [...this.heat.values()].sort((x, y) => x.sector.localeCompare(y.sector) || x.province.localeCompare(y.province)),
        sectors: [...this.sectorLabels.entries()].map(([key, label]) => ({ key, label })).sort((x, y) => x.key.localeCompare(y.key)),
        agreements: this.agreementCount,
        agreementsWithProvince: this.agreementsWithProvince,
        network: { nodes: kept.map(({ name, type, ids, n }) => ({ name, type, ids, n })), links, total: allNodes.length },
      },
      priorities: { total: this.prioritiesTotal, list: this.priorities, speakers },
      caps: { ...CAPS },
    };
  }
}
