/** Documents: their kinds and issuers, the registry of known documents, Party and National Assembly terms. */
import { dataFile } from './file.js';
import { bool, list, nullable, num, object, oneOf, record, str, words } from './shape.js';

const kind = object({ code: str, codeVariants: list(str), kind: str, words, scope: words, notes: nullable(str) },
  { partyKind: str, partyWords: words });
const uncodedKind = object({ kind: str, words, idShape: nullable(str), notes: str });
const issuer = object({ code: str, codeVariants: list(str), names: words, scope: str, notes: nullable(str) },
  { bodies: list(object({ name: str, abbr: words })), validFrom: str, validTo: str, mergedInto: str, pattern: str });
export const documentKinds = dataFile('document-kinds', {
  idPatterns: record(str), kinds: list(kind, 1), uncodedKinds: list(uncodedKind, 1), issuers: list(issuer, 1),
  shortReferenceKinds: words, countNounsAfterNumber: words, genericKindWords: words,
});

const entry = object({
  key: str, id: str, kind: str, title: nullable(str), issuer: str, issuerCode: str, date: nullable(str), term: nullable(str),
  status: oneOf('in-force', 'superseded', 'expired', 'unknown'), supersededBy: nullable(str), supersededByKey: nullable(str),
  supersedes: list(str), regionIds: list(str), aliases: list(str), verification: oneOf('search', 'knowledge'),
  sources: list(str), notes: nullable(str),
});
/** The bundled registry; src/cite/registry.ts checks it again as it checks a user's registry file. */
export const registry = dataFile('registry', { documents: list(entry, 1) });

const termSpan = object({ term: str, from: str, to: nullable(str) }, { approx: bool });
export const terms = dataFile('terms', {
  marginDays: num, approxMarginDays: num, party: list(termSpan, 1), nationalAssembly: list(termSpan, 1),
});

export const citeCues = dataFile('cite-cues', { historical: words });
