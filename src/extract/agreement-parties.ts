/**
 * The parties of a signing as entities: each raw phrase ("UBND tỉnh Vĩnh
 * Long", "tỉnh Hủa Phăn (Lào)", "Chủ tịch UBND tỉnh Lâm Đồng Phạm S", "VCCI")
 * becomes { name, kind } with kind `organization`, `place` or `person`, or is
 * dropped when it is no entity at all (a clause fragment: "hai địa phương lên
 * một tầm cao mới", "Đại diện buổi"). A signatory with a title stands for the
 * body or place in the title ("Thị trưởng thành phố Le Havre" → Le Havre);
 * generic words ("hai bên", "hai tỉnh") stand for the parties named elsewhere.
 */
import { agreements, familyNames, foreignPlaces, organizations, titles as titleData } from '../data.js';
import { R, alternation, capitalize, listed, trie } from '../text/regex.js';
import { placeNamed, findPlaces } from '../text/gazetteer.js';
import { organizationEnd } from './organizations.js';

export type PartyKind = 'organization' | 'place' | 'person';
export interface Party { name: string; kind: PartyKind }

const W = agreements();
const ORG = organizations();
const FOREIGN = foreignPlaces().places;
const NAMES = familyNames();
const FAMILY = NAMES.familyNames;
/** "Văn", "Thị": middle names far more often than family names */
const MIDDLE = new Set(NAMES.givenNameSyllablesCommon);

/** a party says at most this many words: more is a clause, not a name */
export const MAX_PARTY_WORDS = 8;

/** complete names of bodies (data/organizations.json): "Bộ Công an" names one body, "Văn phòng" none */
const COMPLETE = new Set(Object.keys(ORG.names));
const FOREIGN_NAME = new Map<string, string>();
for (const p of FOREIGN) for (const v of p.variants) FOREIGN_NAME.set(v.toLowerCase(), p.name);
const FOREIGN_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${trie(FOREIGN.flatMap((p) => p.variants))})${R}`, 'u');

const HEADS = [...new Set([...W.organizationHeads, ...W.partyHeads, ...Object.keys(ORG.heads), ...Object.keys(ORG.names)])];
// an organization's head starts the phrase or follows a title ("Chủ tịch UBND tỉnh ...")
// (prefix trees: the same matches as a flat alternation, longer first, and far less to compile)
const ORG_START = new RegExp(`^(?:${trie(HEADS)})${R}`, 'u');
// (a two-letter head too: "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên" signs for Bộ Công Thương)
const ORG_INSIDE = new RegExp(`(?<=\\s)(?:${trie(HEADS.filter((h) => /^\p{Lu}/u.test(h) && h.length >= 2))})${R}`, 'u');
/** a place word before a proper name: "tỉnh Hủa Phăn", "thành phố Le Havre", "vùng Occitanie" */
const PLACE_WORD = /(?:^|\s)(tỉnh|thành phố|TP\.?|thủ đô|vùng|bang|quận|huyện|thị xã|đặc khu|châu|nước|Vương quốc|Cộng hòa|Tỉnh|Thành phố|Thủ đô|Vùng|Bang)\s+(?=\p{Lu})/u;
const PROPER = /^\p{Lu}[\p{L}\p{M}\p{N}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}\p{N}'’.-]*|-|–|\/|de|du|la|le|d'))*/u;
const ACRONYM = /^(?:[\p{Lu}\d&]{2,10}|\p{Lu}[\p{Ll}]+\p{Lu}[\p{L}]*|[\p{Lu}][\p{Ll}]+(?:tel|bank|com|vietnam|corp))$/u;
const GOVERNMENT = /^(?:Chính quyền(?:\s+nhân dân)?|Ủy ban nhân dân|UBND|Hội đồng(?:\s+nhân dân)?)\s+/u;
/** "hai Văn phòng", "2 đơn vị", "các Sở": parties counted, not named */
const COUNTED = /^(?:hai|ba|bốn|năm|2|3|4|5|các|những|nhiều|một số)\s/iu;
/** a group not counted: "các ngân hàng …" names a kind of body, "hai Chính phủ" stands for the parties named elsewhere */
const GROUP = /^(?:các|những|nhiều|một số)\s/iu;
/** the word that marks a person, not part of the name: "ông Đào Đình Bình" is Đào Đình Bình */
const MARKER = '(?:ông|bà|Ông|Bà|đồng chí|Đồng chí)\\s+';
const PERSON_MARKER = new RegExp(`^${MARKER}`, 'u');
const PERSON = new RegExp(`^(?:${MARKER})?(?:\\p{Lu}[\\p{Ll}\\p{M}]*\\s+)*?(?:\\p{Lu}[\\p{L}\\p{M}'-]*)(?:\\s+\\p{Lu}[\\p{L}\\p{M}'.-]*){1,4}$`, 'u');
const GENERIC = new RegExp(`^(?:${alternation(W.genericParties)})${R}`, 'iu');
const PREFIX = new RegExp(`^(?:(?:${alternation(W.partyPrefixes)})${R}\\s*)+`, 'iu');
/** a generic head before the names it stands for: "hai tỉnh Phú Thọ và Tuyên Quang", "Hai địa phương Lào Cai và Yên Bái" */
const GENERIC_BEFORE_NAME = new RegExp(`^(?:${alternation(W.genericParties)})\\s+(?=\\p{Lu})`, 'iu');
/** The party phrase without its noise, leading words and a generic head before a name ("hai tỉnh Phú Thọ" → "Phú Thọ"). */
const bare = (raw: string) => raw.replace(/\s+/g, ' ').replace(NOISE, '').replace(PREFIX, '').trim().replace(GENERIC_BEFORE_NAME, '');
// portal code before the lead ("TPO - ", "(LĐ online) - "), crawler date, a table cell's bar
const NOISE = /^(?:[|•*\s-]+|date\s+\d{4}(?:-\d\d){0,2}\s+|\(?[\p{Lu}Đ]{2,6}(?:\s+online)?\)?\s*[-–]\s+)+/u;
const TAIL = /\s*(?:\([^)]*\)|nói riêng|nói chung|[,;.:]+)\s*$/u;
const TITLE_WORD = new RegExp(`^(?:${listed(titleData().signatoryTitles)}|ông|bà|Ông|Bà)(?![\\p{L}\\p{M}])`, 'u');

/** a company word in lower case opening a phrase: "tập đoàn", "công ty", "doanh nghiệp" (data/organizations.json companyWords) */
const KIND_OF_BODY = new RegExp(`^(?:${listed(ORG.companyWords)}|ngân hàng|nhà đầu tư|đối tác)\\s+`, 'u');

/** words of a name: dashes and slashes between words are not words ("Tập đoàn Công nghiệp - Viễn thông Quân đội" has seven) */
function words(s: string): number { return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length; }

/** (a body's name read alone, to its end: nothing else stops it) */
export const NO_STOP = (): boolean => false;

/** "Bộ Nông nghiệp và Phát triển nông thôn nước Cộng hòa xã hội chủ nghĩa Việt Nam" → the body without its country */
function shorten(name: string): string {
  let s = name;
  if (words(s) > MAX_PARTY_WORDS) s = s.replace(/\s+(?:nước|của|thuộc|tại|ở)\s+.*$/u, '');
  if (words(s) > MAX_PARTY_WORDS) {
    const w = s.split(/\s+/);
    let n = 0, i = 0;
    for (; i < w.length && n < MAX_PARTY_WORDS; i++) if (/[\p{L}\p{N}]/u.test(w[i])) n++;
    // a cut inside a dashed pair keeps its first half only: "Ban quản lý các khu công nghiệp - khu chế xuất …"
    // → "Ban quản lý các khu công nghiệp", not "… - khu"
    const dash = Math.max(w.lastIndexOf('-', i - 1), w.lastIndexOf('–', i - 1));
    if (i < w.length && dash > 0 && i - dash <= 3) i = dash;
    const kept = w.slice(0, i).join(' ');
    // nor inside a place's name or a leader's whole name: "Sở Tài nguyên và Môi trường tỉnh Quảng Ninh",
    // "Học viện Chính trị Quốc gia Hồ Chí Minh" keep "Quảng Ninh" and "Hồ Chí Minh" whole
    const flat = w.join(' ');
    // and a country or province that is all that is left is the body's: "Tổng công ty Thủy điện và Hạt nhân Hàn Quốc"
    const rest = w.slice(i).join(' ');
    const place = i < w.length && i + 3 >= w.length ? findPlaces(rest, 0, rest.length)[0] : undefined;
    // and a body's name that the organizations' reading finds longer is not cut: "Ngân hàng Thương mại cổ phần Đầu tư
    // và Phát triển Việt Nam" (the reading stops at the first word no name holds, twenty words at most; it reads no
    // list of fields apart by commas, "Bộ Khoa học, Công nghệ Thông tin và Truyền thông", which the cut keeps more of)
    const body = organizationEnd(flat, 0, flat.length, NO_STOP);
    s = place && place.start === 0 && place.end === rest.length ? flat : body > kept.length ? flat.slice(0, body) : i < w.length ? flat.slice(0, unitEndAcross(flat, kept.length)) : kept;
  }
  // a cut name does not end on a joint: "Bộ Khoa học, Công nghệ Thông tin và" → "... Thông tin"
  return s.replace(/(?:[\s,–-]+|\s+(?:và|của|tại))+$/u, '');
}

/**
 * Units a cut does not split: leaders' names inside bodies' names ("Hồ Chí Minh", "Tôn Đức Thắng": data/family-names.json
 * wholeNames), and bodies' names of several words (data/organizations.json: "Liên hợp quốc").
 */
const WHOLE_NAMES = [...NAMES.wholeNames, ...Object.keys(organizations().names).filter((n) => n.includes(' '))];
/** Where the place or unit that runs across offset `at` of `s` ends; `at` when none does. */
function unitEndAcross(s: string, at: number): number {
  const place = findPlaces(s, 0, s.length).find((p) => p.start < at && p.end > at);
  if (place) return place.end;
  for (const n of WHOLE_NAMES) {
    const k = s.indexOf(n, Math.max(0, at - n.length + 1));
    if (k >= 0 && k < at && k + n.length > at) return k + n.length;
  }
  return at;
}

function placeIn(s: string): Party | null {
  const bare = s.replace(/^(?:tỉnh|thành phố|TP\.?|thủ đô|vùng|bang|Tỉnh|Thành phố|Thủ đô|Vùng|Bang)\s+/u, '');
  const home = placeNamed(bare);
  if (home) return { name: home.name, kind: 'place' };
  const f = FOREIGN_NAME.get(bare.toLowerCase());
  if (f) return { name: f, kind: 'place' };
  return null;
}

/** One raw party phrase as an entity, or null (generic words are returned as null too: see `isGeneric`). */
export function resolveParty(raw: string): Party | null {
  let s = bare(raw);
  for (let k = 0; k < 3; k++) s = s.replace(TAIL, '').trim();
  if (!s || GENERIC.test(s) || !/\p{Lu}/u.test(s)) return null;
  // "một số địa phương vùng Tây Nguyên": a counted group of places in a named region is a place party
  if (COUNTED.test(s)) {
    // "các ngân hàng thương mại Việt Nam": a group of bodies is a body party, whatever place ends it
    if (GROUP.test(s) && ORG_START.test(capitalize(s.replace(COUNTED, '')))) return words(s) <= MAX_PARTY_WORDS ? { name: s, kind: 'organization' } : null;
    const where = findPlaces(s, 0, s.length);
    // "một số địa phương phía Bắc và Bắc Trung Bộ": said without its count when too long
    const name = words(s) > MAX_PARTY_WORDS ? s.replace(/^(?:một số|các|những|nhiều)\s+/iu, '') : s;
    return where.length && words(name) <= MAX_PARTY_WORDS ? { name, kind: 'place' } : null;
  }
  // "Chính quyền nhân dân Khu tự trị dân tộc Choang Quảng Tây": the government of a place, too long to name, is the place
  const gov = GOVERNMENT.exec(s);
  if (gov && words(s) > MAX_PARTY_WORDS) {
    const p = placeIn(s.slice(gov[0].length)) ?? (FOREIGN_RE.exec(s.slice(gov[0].length)) ? { name: FOREIGN_NAME.get(FOREIGN_RE.exec(s.slice(gov[0].length))![0].toLowerCase())!, kind: 'place' as const } : null);
    if (p) return p;
  }
  // "tập đoàn Hàn Quốc", "doanh nghiệp Nhật Bản": a kind of body from a place, in lower case, names none ("Tập đoàn
  // Hyosung (Hàn Quốc)" does)
  const kind = KIND_OF_BODY.exec(s);
  if (kind && placeIn(s.slice(kind[0].length))) return null;
  // a body by its head, and a name after it ("Văn phòng" alone is generic)
  const head = ORG_START.exec(s);
  if (head && !TITLE_WORD.test(s)) {
    // a complete name ("Bộ Công an", "Chính phủ") or a head with a name after it
    const named = COMPLETE.has(s) || (head[0].length < s.length && words(s) >= 2);
    return named ? { name: shorten(s), kind: 'organization' } : null;
  }
  const place = placeIn(s);
  if (place) return { name: s.length <= 40 && words(s) <= MAX_PARTY_WORDS ? s : place.name, kind: 'place' };
  // a signatory's title names the body or the place: take that
  const org = ORG_INSIDE.exec(s);
  if (org && org.index > 0) return resolveParty(withoutPerson(s.slice(org.index)));
  // "Bộ trưởng Ngoại giao Lào": a title that names no body, then a country, signs for the country
  if (TITLE_WORD.test(s)) {
    const last = findPlaces(s, 0, s.length).pop();
    if (last && last.end === s.length && last.start > 0) return { name: last.entry.name, kind: 'place' };
  }
  const pw = PLACE_WORD.exec(s);
  if (pw) {
    const rest = s.slice(pw.index + pw[0].length);
    const name = PROPER.exec(rest)?.[0].trim();
    if (name && words(name) <= 5) return { name: (pw[1] + ' ' + name).trim(), kind: 'place' };
  }
  const foreign = FOREIGN_RE.exec(s);
  if (foreign && words(s) > 3) return { name: FOREIGN_NAME.get(foreign[0].toLowerCase()) ?? foreign[0], kind: 'place' };
  if (foreign) return { name: s, kind: 'place' };
  const home = findPlaces(s, 0, s.length)[0];
  if (home && words(s) <= 4 && home.end === s.length) return { name: home.entry.name, kind: 'place' };
  // a person: the title and the capitalised name after it, no verb ("Ông Tạ Anh Tuấn phát biểu" is no party)
  const person = PERSON.exec(s);
  if (person && person[0].length === s.length && words(s) <= MAX_PARTY_WORDS) return { name: s.replace(PERSON_MARKER, ''), kind: 'person' };
  if (words(s) <= 3 && s.split(/\s+/).every((w) => ACRONYM.test(w) || /^\p{Lu}/u.test(w)) && s.split(/\s+/).some((w) => ACRONYM.test(w))) return { name: s, kind: 'organization' };
  return null;
}

const FAMILY_SET = new Set(FAMILY);
/**
 * The body without the person after it: "UBND tỉnh Vĩnh Long Lữ Quang Ngời" → "UBND tỉnh Vĩnh Long".
 * The person starts at the last family name that leaves two to four capitalised words
 * ("Lai Châu Lê Văn Lương": "Lê", not the family name "Châu" inside the province).
 */
function withoutPerson(s: string): string {
  const w = s.split(/\s+/);
  for (let i = w.length - 2; i >= Math.max(1, w.length - 4); i--) {
    // ("Bộ Thương mại Hàn Quốc": a place is no person, though "Hàn" is a family name)
    if (FAMILY_SET.has(w[i]) && !MIDDLE.has(w[i]) && w.slice(i).every((x) => /^\p{Lu}/u.test(x)) && !placeIn(w.slice(i).join(' '))) return w.slice(0, i).join(' ');
  }
  return s;
}

export function isGeneric(raw: string): boolean {
  return GENERIC.test(bare(raw));
}

/** bodies that stand for their place: "UBND tỉnh Vĩnh Long", "Ban Thường vụ Tỉnh ủy Thanh Hóa" are Vĩnh Long, Thanh Hóa */
const STANDS_FOR_PLACE = /^(?:Ủy ban nhân dân|UBND|Chính quyền(?:\s+nhân dân)?|Hội đồng nhân dân|HĐND|Ban Thường vụ|Ban Chấp hành|Tỉnh ủy|Thành ủy|tỉnh|thành phố|TP\.?|Tỉnh|Thành phố)(?![\p{L}\p{M}])/u;

/** A key that two spellings of one party share: the place it names, or its words folded. */
export function partyKey(p: Party): string {
  const place = placeIn(p.name);
  if (place) return place.name.toLowerCase();
  if (STANDS_FOR_PLACE.test(p.name)) {
    const home = findPlaces(p.name, 0, p.name.length);
    if (home.length === 1) return home[0].entry.name.toLowerCase();
    const foreign = FOREIGN_RE.exec(p.name);
    if (foreign) return (FOREIGN_NAME.get(foreign[0].toLowerCase()) ?? foreign[0]).toLowerCase();
  }
  return p.name.toLowerCase().replace(/\s+/g, ' ');
}
