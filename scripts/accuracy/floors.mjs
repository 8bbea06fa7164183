// Floors: the lowest figure each field may reach before a change is refused (`.ci/run`).
// A floor file is { field: { measure: floor } }, e.g. { "citations": { "p": 0.96, "r": 0.96 } }.

/** The figures that have floors, by field: the precision and recall of set fields, the share of dates right, … */
export const MEASURES = {
  citations: ['p', 'r'], participants: ['p', 'r'], provinces: ['p', 'r'],
  agreements: ['p', 'r'], until: ['p', 'r'], sectors: ['p', 'r'],
  published: ['acc'], enumerations: ['recall', 'precision'], title: ['acc'],
};

/** Rounded down to 0.01. Figures carry three decimals, so they are scaled to integers first: 0.29 * 100 is 28.999… */
export const floor2 = (x) => Math.floor(Math.round(x * 1000) / 10) / 100;

/** Every measured figure as { field, measure, value }; a field not measured (title without gold titles) has none. */
export function measured(figures) {
  return Object.entries(MEASURES).flatMap(([field, ms]) => (figures[field] == null ? []
    : ms.filter((m) => typeof figures[field][m] === 'number').map((m) => ({ field, measure: m, value: figures[field][m] }))));
}

/** The figures below their floor, as { field, measure, value, floor }. A floor for a field not measured is not checked. */
export function belowFloors(figures, floors) {
  return measured(figures).flatMap(({ field, measure, value }) => {
    const floor = floors?.[field]?.[measure];
    return typeof floor === 'number' && value < floor ? [{ field, measure, value, floor }] : [];
  });
}

/** Floors raised to the figures rounded down to 0.01, never lowered; fields without a floor get one. */
export function raiseFloors(floors, figures) {
  const next = structuredClone(floors ?? {});
  const raised = [];
  for (const { field, measure, value } of measured(figures)) {
    const old = next[field]?.[measure];
    const candidate = floor2(value);
    if (typeof old === 'number' && old >= candidate) continue;
    (next[field] ??= {})[measure] = candidate;
    raised.push({ field, measure, from: old ?? null, to: candidate });
  }
  return { floors: next, raised };
}

/** "citations P" — how a measure is named in messages. */
export function measureName(field, measure) {
  const short = { p: 'P', r: 'R', acc: 'accuracy', recall: 'R', precision: 'P' }[measure] ?? measure;
  return `${field} ${short}`;
}
