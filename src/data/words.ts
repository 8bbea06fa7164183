/** Words of the language the extractors read: dates, enumerations, agreements, sectors, page furniture. */
import { dataFile } from './file.js';
import { list, nullable, num, object, record, str, words } from './shape.js';

export const dateWords = dataFile('date-words', {
  months: record(num), weekdays: record(num), parts: record(str), relative: record(num), relativeAfterPart: record(num),
  edges: record(str), rangeTo: words, listAnd: words, leads: words, events: words, fractionAfter: words,
  countAfter: words, after: words, relativeYears: record(num), countAfterYear: words, periodLabels: words,
});

export const englishMonths = dataFile('english-months', { english: words });

export const enumerations = dataFile('enumerations', {
  ordinalWords: record(num), laWords: record(num), letters: words, numberWords: record(num), countNouns: words,
  leadNouns: words,
});

export const futureMarkers = dataFile('future-markers', { markers: words });

export const agreements = dataFile('agreements', {
  documents: words, documentCanonical: record(nullable(str)), hedges: words, pastMarkers: words, futureMarkers: words,
  witnesses: words, auxiliaries: words, cooperationVerbs: words, sectorLeadQualifiers: words, listFillers: words,
  listStops: words, itemConnectives: words, organizationHeads: words, partyHeads: words, partyStops: words, subordinators: words, collective: words,
  additive: words, pastReference: words, pastBefore: words, hedgesBefore: words, plans: words, futureAfter: words, pastLeads: words, letterQualifiers: words, draft: words, describes: words, contentLeads: words,
  itemVerbs: words, genericParties: words, partyPrefixes: words, ledBy: words, sectorListPrepositions: words, sectorNouns: words,
  sectorGroupNouns: words,
});

const sector = object({ key: str, label: str, variants: words, source: words, labels: words }, { ambiguous: list(str) });
export const sectors = dataFile('sectors', {
  sectors: list(sector, 1), compounds: list(object({ phrase: str, keys: words }), 1), generic: words, verbLike: words, valueChain: words,
});

export const boilerplate = dataFile('boilerplate', {
  headings: words, boxHeadings: words, sourcePrefixes: words, metadataLabels: words, metadataFields: words, chrome: words, chromeWords: words,
  publishedLabels: words, updatedLabels: words, creditWords: words, relatedPrefixes: words, siteNameHeads: words, tagLabels: words, authorLabels: words,
});

export const segmentation = dataFile('segmentation', { abbreviations: words });
