/**
 * Places named in the body: provinces and centrally-run cities, regions and
 * countries from the gazetteers, with the province that holds each place
 * since 1/7/2025 (Nghị quyết 202/2025/QH15). A province inside an
 * organization's name ("Tỉnh ủy Lào Cai") is a mention of it; a place-like
 * part of a person's name ("Nguyễn Thái Bình") is not, nor of a name a street,
 * a school or a prize bears ("đường Nguyễn Thái Bình", "học bổng Nguyễn Thái Bình").
 */
import type { Article } from '../article/article.js';
import type { Place } from '../types.js';
import { findPlaces } from '../text/gazetteer.js';
import { familyNameBefore, markerBefore, type NameSpan } from '../text/persons.js';
import type { Extractor } from './extractor.js';
import { vietnameseSyllable } from '../text/syllable.js';
import { mergeMentions } from './merge.js';

const extractor: Extractor = {
  id: 'places',
  needs: ['names'],
  run: (a, { names }) => ({ places: places(a, names) }),
};
export default extractor;

function places(a: Article, names: NameSpan[]): Place[] {
  let k = 0;
  const facts: Place[] = [];
  for (const p of findPlaces(a.text, a.body.start, a.body.end)) {
    while (k < names.length && names[k].end <= p.start) k++;
    if (k < names.length && names[k].start < p.end) continue;
    // "Bà Nga cho biết": a person called by the given name, not Russia
    if (markerBefore(a.text, p.start)) continue;
    // "đường Nguyễn Thái Bình", "học bổng Nguyễn Thái Bình": the end of a name a street or a prize bears
    // (a country only when its name is a word a given name can be: "Trần Đức", not "Vòng Uruguay")
    if (familyNameBefore(a.text, p.start) && (p.entry.kind !== 'country' || vietnameseSyllable(p.variant))) continue;
    facts.push({ name: p.entry.name, kind: p.entry.kind, current: p.entry.current, text: p.variant, span: a.span(p.start, p.end), mentions: [] });
  }
  return mergeMentions(facts, (p) => p.name);
}
