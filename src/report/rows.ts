/**
 * Facts flattened to one row each (CSV, tables): type, value, a short detail,
 * position and the text as written. One place knows how each fact reads.
 */
import type { Agreement, ArticleFacts, FactField, Span } from '../types.js';

export interface Row { type: string; value: string; detail: string; span: Span | null; text: string }

const j = (xs: Array<string | null | undefined>, sep = '; ') => xs.filter(Boolean).join(sep);
const mentioned = (later: Span[]) => (later.length ? `${later.length + 1} mentions` : null);

/** What was signed, for how long, on which day, by what kinds of party: "biên bản ghi nhớ; 2025-2030; signed 2025-03-12; parties: place, organization". */
function agreementDetail(a: Agreement): string {
  const term = a.from && a.until ? `${a.from}-${a.until}` : a.until ? `until ${a.until}` : null;
  return j([a.document, term, a.date && `signed ${a.date}`, a.partyDetails.length ? `parties: ${a.partyDetails.map((p) => p.kind).join(', ')}` : null, mentioned(a.mentions)]);
}

export function factRows(f: ArticleFacts, fields: readonly FactField[]): Row[] {
  const rows: Row[] = [];
  const want = new Set(fields);
  if (want.has('citations')) for (const c of f.citations) rows.push({
    type: 'citation', value: c.id,
    detail: j([c.kind, c.issuer, c.date, c.term && `khóa ${c.term}`, mentioned(c.mentions)]),
    span: c.span, text: c.text,
  });
  if (want.has('dates')) for (const d of f.dates) rows.push({ type: 'date', value: d.value ?? '', detail: j([d.role, d.part, d.end && `to ${d.end}`, d.edge, d.resolved === false ? 'unresolved' : null]), span: d.span, text: d.text });
  if (want.has('horizons')) for (const h of f.horizons) rows.push({
    type: 'horizon', value: h.kind === 'period' ? `${h.from}-${h.to}` : String(h.year), detail: h.kind, span: h.span, text: h.text,
  });
  if (want.has('participants')) for (const p of f.participants) rows.push({
    type: 'participant', value: p.name,
    detail: j([j(p.titles), p.roles.length ? `roles: ${p.roles.join(', ')}` : null, mentioned(p.mentions)], ' · '),
    span: p.span, text: p.name,
  });
  if (want.has('organizations')) for (const o of f.organizations) rows.push({ type: 'organization', value: o.name, detail: j([o.kind, mentioned(o.mentions)]), span: o.span, text: o.name });
  if (want.has('places')) for (const p of f.places) rows.push({
    type: 'place', value: p.name, detail: j([p.kind, p.current && p.current !== p.name ? `now ${p.current}` : null, mentioned(p.mentions)]), span: p.span, text: p.text ?? p.name,
  });
  if (want.has('priorities')) f.priorities.forEach((e, k) => {
    for (const it of e.items) rows.push({ type: 'priority', value: `${k + 1}.${it.ordinal}`, detail: j([it.marker, e.speaker]), span: it.span, text: it.text });
  });
  if (want.has('agreements')) {
    for (const a of f.agreements) {
      rows.push({ type: 'agreement', value: a.parties.join(' – '), detail: agreementDetail(a), span: a.span, text: a.text });
      for (const s of a.sectors) rows.push({ type: 'sector', value: s.key ?? '?', detail: s.label ?? 'unknown sector', span: s.span, text: s.text });
    }
    // fields the parties already work in, said beside the signing ("hai bên đã hợp tác hiệu quả trong lĩnh vực y tế")
    for (const s of f.cooperationFields) rows.push({ type: 'cooperation field', value: s.key ?? '?', detail: s.label ?? 'unknown sector', span: s.span, text: s.text });
  }
  if (want.has('related')) for (const r of f.related) rows.push({ type: 'related', value: r.text, detail: '', span: r.span, text: r.text });
  for (const w of f.warnings) rows.push({ type: 'warning', value: w.code, detail: w.message, span: w.span, text: '' });
  return rows;
}
