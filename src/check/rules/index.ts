/** Every rule of `linkage check`, in the order listings show them and the engine runs them. */
import type { Rule } from '../rule.js';
import titleMissing from './title-missing.js';
import publishedMissing from './published-missing.js';
import sourceMissing from './source-missing.js';
import dateInvalid from './date-invalid.js';
import eventAfterPublication from './event-after-publication.js';
import enumerationGap from './enumeration-gap.js';
import enumerationCountMismatch from './enumeration-count-mismatch.js';
import encodingMojibake from './encoding-mojibake.js';
import unicodeNfd from './unicode-nfd.js';
import tonePlacementMixed from './tone-placement-mixed.js';
import duplicateArticle from './duplicate-article.js';
import participantTitleConflict from './participant-title-conflict.js';
import sectorUnknown from './sector-unknown.js';
import citationMalformed from './citation-malformed.js';
import citationKindMismatch from './citation-kind-mismatch.js';
import citationDateInvalid from './citation-date-invalid.js';
import citationDateMismatch from './citation-date-mismatch.js';
import citationTermMismatch from './citation-term-mismatch.js';
import citationIssuerMismatch from './citation-issuer-mismatch.js';
import citationInconsistent from './citation-inconsistent.js';
import citationDateFuture from './citation-date-future.js';
import citationSuperseded from './citation-superseded.js';
import citationShortUnresolved from './citation-short-unresolved.js';
import citationUnknown from './citation-unknown.js';

/**
 * The checks of citations, against the registry and each other (`linkage cite` runs these alone),
 * in the order a citation is read: its form, date, term, issuer, the registry, the other mentions.
 * Messages at one place come in this order, and a citation lists its messages in it.
 */
export const CITATION_RULES: Rule[] = [
  citationMalformed, citationKindMismatch, citationDateInvalid, citationDateMismatch, citationDateFuture,
  citationTermMismatch, citationIssuerMismatch, citationUnknown, citationSuperseded, citationInconsistent,
  citationShortUnresolved,
];

export const RULES: Rule[] = [
  titleMissing, publishedMissing, sourceMissing,
  dateInvalid, eventAfterPublication,
  enumerationGap, enumerationCountMismatch, sectorUnknown,
  encodingMojibake, unicodeNfd, tonePlacementMixed,
  duplicateArticle, participantTitleConflict,
  ...CITATION_RULES,
];
