/** Names of people and of bodies, and the titles people hold. */
import { dataFile } from './file.js';
import { list, object, record, str, words } from './shape.js';

export const familyNames = dataFile('family-names', {
  familyNames: words, givenNameSyllablesCommon: words, notPersonNames: words, notInForeignNames: words,
  familyNamesAlsoWords: words, weakFamilyNames: words, nameStops: words, nameStopsBefore: record(words), notPersonBefore: words,
  notThingBefore: words, memorialTitles: words, lunarYears: object({ stems: words, branches: words }), wholeNames: words, notNameStarts: words, penNameTitles: words,
  notFullNameBefore: words, foreignParticles: words,
});

export const streetNames = dataFile('street-names', { names: words, notHouseNumberAfter: words });

export const minorityNames = dataFile('minority-names', { clansLast: words, syllables: words });

export const titles = dataFile('titles', {
  completeHeads: words, heads: words, markers: words, foreignHonorifics: words, roles: record(words), sentenceStartRoles: record(words),
  honorifics: words, speechVerbs: words, signatoryTitles: words,
});

export const titleRanks = dataFile('title-ranks', { ladders: list(words, 1), oneAtATime: words, modifiers: words });

export const abbreviations = dataFile('abbreviations', { abbreviations: record(str) });

export const organizations = dataFile('organizations', {
  names: record(str), heads: record(str), lowercaseHeads: words, expand: record(str), phraseWords: words, notInName: words, lowercaseHeadCompounds: words, notBodyAfter: record(words), unitHeads: words, unitNames: words,
  companyWords: words,
});
