/** Places: Vietnam's provinces and regions, countries, foreign provinces and cities. */
import { dataFile } from './file.js';
import { bool, list, num, object, oneOf, record, str, words } from './shape.js';

const province = object({
  id: str, name: str, fullName: str, city: bool, before2025: bool, after2025: bool, current: str, variants: words,
}, { mergedFrom: words, until: str, notFollowedBy: words });
export const provinces = dataFile('provinces', { provinces: list(province, 1), notAfter: words, spellings: record(words) });

/** District-level names before the 2025 reform: not places in the output, but no person either ("Dương Minh Châu"). */
export const districts = dataFile('districts', { names: words });

export const provinceSeats = dataFile('province-seats', { seats: record(object({ seat: str, lat: num, lon: num })) });

const region = object({
  id: str, name: str, kind: oneOf('socio-economic', 'socio-economic-old', 'key-economic', 'planning', 'informal'),
  informal: bool, variants: words, provinces: list(str),
});
export const regions = dataFile('regions', { regions: list(region, 1) });

const country = object({ id: str, name: str, kind: oneOf('country', 'territory', 'union'), variants: words },
  { ambiguousVariants: words, notFollowedBy: list(str) });
export const countries = dataFile('countries', { countries: list(country, 1), ambiguousContextBefore: words });

const foreignPlace = object({ name: str, country: str, kind: oneOf('province', 'city', 'region'), variants: words });
export const foreignPlaces = dataFile('foreign-places', { places: list(foreignPlace, 1) });

export type Province = ReturnType<typeof provinces>['provinces'][number];
