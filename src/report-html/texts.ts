/**
 * The article views: each article's text (its first TEXT_CAP code points)
 * with the spans of its facts, gzip-compressed in chunks of articles, up to a
 * budget for the whole file. The page inflates a chunk (DecompressionStream)
 * only when one of its articles is opened. Articles past the budget are
 * listed with their facts' figures but without text, and the report says so.
 */
import { gzipSync } from 'node:zlib';
import type { ArticleFacts, Span } from '../types.js';

/** Code points of an article's text kept for its view. */
export const TEXT_CAP = 20_000;
/** Bytes (base64 of gzip) of all the article texts together. */
export const TEXT_BUDGET = 14_000_000;
const CHUNK_ARTICLES = 200;

export const HIGHLIGHT_KINDS = ['citation', 'date', 'horizon', 'participant', 'organization', 'place', 'priority', 'agreement', 'sector'] as const;
const K = Object.fromEntries(HIGHLIGHT_KINDS.map((k, i) => [k, i])) as Record<(typeof HIGHLIGHT_KINDS)[number], number>;

/** [start, end, kind, label] in code points of the file as decoded. */
export type Highlight = [number, number, number, string];

/** Every span of every fact, first mentions and later ones, with what the fact says. */
export function highlights(f: ArticleFacts): Highlight[] {
  const out: Highlight[] = [];
  const put = (kind: number, label: string, span: Span | null | undefined, mentions: Span[] = []) => {
    if (span) out.push([span.start, span.end, kind, label]);
    for (const m of mentions) out.push([m.start, m.end, kind, label]);
  };
  for (const c of f.citations) put(K.citation, [c.kind, c.id, c.date, c.issuer].filter(Boolean).join(' · '), c.span, c.mentions);
  for (const d of f.dates) put(K.date, `${d.value ?? d.text}${d.end ? ` – ${d.end}` : ''} (${d.role})`, d.span, d.mentions);
  for (const h of f.horizons) put(K.horizon, h.kind === 'period' ? `period ${h.from}–${h.to}` : `${h.kind} ${h.year}`, h.span, h.mentions);
  for (const p of f.participants) put(K.participant, [p.name, ...p.titles].join(', '), p.span, p.mentions);
  for (const o of f.organizations) put(K.organization, `${o.name} (${o.kind})`, o.span, o.mentions);
  for (const p of f.places) put(K.place, p.current && p.current !== p.name ? `${p.name} → ${p.current}` : `${p.name} (${p.kind})`, p.span, p.mentions);
  for (const e of f.priorities) for (const it of e.items) put(K.priority, `${it.marker}${e.speaker ? ` — ${e.speaker}` : ''}`, it.span);
  for (const g of f.agreements) {
    put(K.agreement, `agreement: ${g.parties.join(' · ') || '?'}${g.until ? ` until ${g.until}` : ''}`, g.span);
    for (const s of g.sectors) put(K.sector, `sector: ${s.key ?? 'unknown'}`, s.span);
  }
  for (const s of f.cooperationFields) put(K.sector, `cooperation field: ${s.key ?? 'unknown'}`, s.span);
  return out.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
}

/** The first `cap` code points of `text`, and a converter from code-point offsets to UTF-16 ones within them. */
function capped(text: string, cap: number): { text: string; truncated: boolean; unit: (cp: number) => number } {
  if (!/[\uD800-\uDFFF]/.test(text)) {
    return { text: text.slice(0, cap), truncated: text.length > cap, unit: (cp) => Math.min(cp, cap) };
  }
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    if (units.length >= cap) break;
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  const n = units.length - 1;
  return { text: text.slice(0, u), truncated: u < text.length, unit: (cp) => units[Math.min(cp, n)] };
}

/** One article's view: [article, text, truncated, highlights in UTF-16 offsets, labels]. */
export type ArticleView = [number, string, 0 | 1, Array<[number, number, number, number]>, string[]];

export function articleView(a: number, raw: string, f: ArticleFacts, cap = TEXT_CAP): ArticleView {
  const c = capped(raw, cap);
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const marks: Array<[number, number, number, number]> = [];
  for (const [s, e, k, label] of highlights(f)) {
    const start = c.unit(s), end = c.unit(e);
    if (end <= start) continue;
    let li = labelIndex.get(label);
    if (li === undefined) { li = labels.length; labels.push(label); labelIndex.set(label, li); }
    marks.push([start, end, k, li]);
  }
  return [a, c.text, c.truncated ? 1 : 0, marks, labels];
}

export interface TextChunks {
  /** base64 gzip of a JSON array of ArticleView, one per chunk */
  chunks: string[];
  /** first article of each chunk; articles from `embedded` on have no text */
  starts: number[];
  embedded: number;
  /** articles whose text could not be read again (standard input, or a file changed since) */
  missing: number[];
  cap: number;
  budget: number;
}

/** Article views collected in input order, compressed a chunk at a time, until the budget is spent. */
export class TextStore {
  private pending: ArticleView[] = [];
  private chunks: string[] = [];
  private starts: number[] = [];
  private bytes = 0;
  private full = false;
  private embedded = 0;
  private missing: number[] = [];

  constructor(private budget = TEXT_BUDGET, private cap = TEXT_CAP) {}

  /** Whether texts are still taken (read the file only then). */
  get open(): boolean { return !this.full; }

  add(a: number, raw: string, f: ArticleFacts): void {
    if (this.full) return;
    this.pending.push(articleView(a, raw, f, this.cap));
    if (this.pending.length >= CHUNK_ARTICLES) this.flush();
  }

  /** An article whose text cannot be had: its view says why. */
  skip(a: number): void {
    if (!this.full) this.missing.push(a);
  }

  private flush(): void {
    if (!this.pending.length || this.full) return;
    const b64 = gzipSync(JSON.stringify(this.pending), { level: 6 }).toString('base64');
    if (this.bytes + b64.length > this.budget) {
      this.full = true;
    } else {
      this.starts.push(this.pending[0][0]);
      this.chunks.push(b64);
      this.bytes += b64.length;
      this.embedded = this.pending[this.pending.length - 1][0] + 1;
    }
    this.pending = [];
  }

  result(): TextChunks {
    this.flush();
    return { chunks: this.chunks, starts: this.starts, embedded: this.embedded, missing: this.missing, cap: this.cap, budget: this.budget };
  }
}
