/**
 * Sector lists ("trên các lĩnh vực trọng tâm: đầu tư; du lịch, văn hóa; ...;
 * giáo dục, đào tạo và y tế") → sectors of the taxonomy in data/sectors.json.
 *
 * Compound sectors ("khoa học và công nghệ", "giáo dục, đào tạo") are taken
 * whole before the list is split on ";", "," and "và"; within an item the
 * longest known phrase wins ("đầu tư bất động sản" → real-estate); an item
 * the taxonomy does not know is kept with key null and a warning.
 */
import type { Sector, Span, Warning } from '../types.js';
import { loadData } from '../data.js';
import { foldKey } from '../article/normalize.js';
import { R, alternation, alternationAnyCase, atWordStart, escapeRe } from '../text/regex.js';

interface SectorData {
  sectors: Array<{ key: string; label: string; variants: string[] }>;
  compounds: Array<{ phrase: string; keys: string[] }>;
}
interface ListWords { sectorLeadQualifiers: string[]; listFillers: string[]; listStops: string[] }
const S = loadData<SectorData>('sectors');
const W = loadData<ListWords>('agreements');

const LABEL = new Map(S.sectors.map((s) => [s.key, s.label]));
/** folded phrase (hyphens spaced) → keys */
const PHRASE = new Map<string, string[]>();
const fold = (s: string) => foldKey(s).replace(/\s*[-–]\s*/g, ' - ').replace(/\s*,\s*/g, ', ');
for (const s of S.sectors) for (const v of s.variants) PHRASE.set(fold(v), [s.key]);
for (const c of S.compounds) PHRASE.set(fold(c.phrase), c.keys);

/** a phrase as a pattern: any spacing, hyphens with or without spaces */
const flexible = (p: string) => escapeRe(p)
  .replace(/ *[-–] */g, '\u0000').replace(/ *, */g, '\u0001').replace(/ +/g, '\\s+')
  .replace(/\u0000/g, '\\s*[-–]\\s*').replace(/\u0001/g, '\\s*,\\s*');
const byLength = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);
// each word's first letter in either case ("Khoa học và Công nghệ"), not the i flag;
// the left word edge is checked by wordsIn(), not a leading lookbehind (both many times faster)
const titleCase = (p: string) => p.replace(/(^|[\s,–-])(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}\u0002${c}${c.toLocaleUpperCase('vi')}\u0003`);
const pattern = (xs: string[]) => byLength(xs).map((p) => flexible(titleCase(p)).replace(/\u0002/g, '[').replace(/\u0003/g, ']')).join('|');
const COMPOUND_RE = new RegExp(`(?:${pattern(S.compounds.map((c) => c.phrase))})${R}`, 'gu');
const VARIANT_RE = new RegExp(`(?:${pattern(S.sectors.flatMap((s) => s.variants))})${R}`, 'gu');

/** Matches of a phrase pattern that start a word. */
function wordsIn(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const m of text.matchAll(re)) if (atWordStart(text, m.index!)) out.push(m as RegExpExecArray);
  return out;
}
/** The text with each known sector phrase replaced by `by(phrase)`. */
function replaceWords(text: string, re: RegExp, by: (m: string) => string): string {
  let out = '', at = 0;
  for (const m of wordsIn(text, re)) { out += text.slice(at, m.index) + by(m[0]); at = m.index + m[0].length; }
  return out + text.slice(at);
}
const SEPARATOR = /\s*[;,]\s*|\s+(?:và|cùng|hoặc)\s+/gu;
const FILLER = new RegExp(`^(?:(?:${alternation(W.listFillers)})${R}[\\s:]*)+`, 'iu');
const STOP = new RegExp(`^(?:${alternation(W.listStops)})${R}`, 'iu');
const INNER_STOP = new RegExp(`\\s(?:${alternation(W.listStops)})${R}`, 'iu');
const ONLY_SEPARATORS = /^(?:[\s,;–-]|và)*$/u;
const END = /\s*(?:\.\.\.|…|v\.v\.?|vv\.?|\.(?=\s|$)|[!?()"“”]|\n)/u;

/**
 * (Scans check the left word edge themselves, see atWordStart.)
 * "lĩnh vực" phrases that open a list: "trên các lĩnh vực (trọng tâm)?:", "về các lĩnh vực",
 * "trong (các) lĩnh vực", "tập trung ở năm lĩnh vực:", "các lĩnh vực hợp tác ... là".
 */
export const SECTOR_LEAD = new RegExp(
  `(?:(?:${alternationAnyCase(['trên', 'về', 'trong', 'thuộc', 'ở', 'vào', 'gồm'])})\\s+(?:(?:các|những|một số|\\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\\s+)?` +
  // a qualifier is not the start of a sector: "lĩnh vực chính trị" is politics, not "main field: trị"
  `(?:lĩnh vực|ngành|mảng)(?:\\s+(?:${alternation(W.sectorLeadQualifiers)})${R}(?!\\s+(?:trị|sách|phủ|quyền)${R}))*` +
  `|[Cc]ác lĩnh vực hợp tác[^.:;\\n]{0,80}?\\s(?:là|gồm)${R})\\s*(?:[:–-]\\s*|(?:như|gồm|bao gồm|là)${R}\\s*)?`, 'gu');

/** "hợp tác về du lịch", "về hợp tác hàng không", "hợp tác GD-ĐT", "hợp tác trong văn hóa - nghệ thuật": a looser lead, trusted for known sectors only. */
export const COOPERATION_ABOUT = new RegExp(`(?:[Hh]ợp tác(?:\\s+(?:về|trong))?|[Vv]ề\\s+hợp tác)\\s+(?!(?:các\\s+|những\\s+)?(?:lĩnh vực|ngành)${R})`, 'gu');

export interface SectorResult { sectors: Sector[]; warnings: Warning[] }

/** The sectors listed in text[from..]: the list ends with its sentence, an ellipsis, or a word like "nhằm". */
export function sectorList(text: string, from: number, limit: number, span: (s: number, e: number) => Span, strict = false): SectorResult {
  const out: SectorResult = { sectors: [], warnings: [] };
  const rest = text.slice(from, limit);
  const endM = END.exec(rest);
  const listEnd = from + (endM ? endM.index : rest.length);
  // compounds are atomic: blank them so the separators inside do not split them
  let masked = text.slice(from, listEnd);
  const compounds: Array<[number, number]> = [];
  for (const m of wordsIn(masked, COMPOUND_RE)) {
    compounds.push([m.index!, m.index! + m[0].length]);
    masked = masked.slice(0, m.index!) + '\u0001'.repeat(m[0].length) + masked.slice(m.index! + m[0].length);
  }
  let segStart = 0;
  const segments: Array<[number, number]> = [];
  for (const m of masked.matchAll(SEPARATOR)) {
    segments.push([segStart, m.index!]);
    segStart = m.index! + m[0].length;
  }
  segments.push([segStart, masked.length]);

  for (const [s0, e0] of segments) {
    let s = from + s0, e = from + e0;
    const raw = text.slice(s, e);
    const filler = FILLER.exec(raw);
    if (filler) s += filler[0].length;
    while (e > s && /[\s.:]/.test(text[e - 1])) e--;
    if (e <= s) continue;
    if (STOP.test(text.slice(s, e))) break;
    // "hàng không với 22 quốc gia": the item ends where the sentence goes on, and so does the list
    const inner = INNER_STOP.exec(replaceWords(text.slice(s, e), VARIANT_RE, (m) => '\u0001'.repeat(m.length)));
    if (inner) e = s + inner.index;
    const item = text.slice(s, e);
    // a loose lead names sectors outright ("kinh tế - văn hóa - khoa học kỹ thuật"), or names none
    if (strict && !ONLY_SEPARATORS.test(replaceWords(item, VARIANT_RE, () => ''))) break;
    const found: Sector[] = [];
    for (const m of wordsIn(item, VARIANT_RE)) {
      const keys = PHRASE.get(fold(m[0])) ?? [];
      for (const key of keys) found.push(sector(key, m[0], span(s + m.index!, s + m.index! + m[0].length)));
    }
    // a compound blanked out of the item: its own keys
    const whole = compounds.filter(([cs, ce]) => from + cs >= s && from + ce <= e);
    if (whole.length) {
      found.length = 0;
      for (const [cs, ce] of whole) {
        const t = text.slice(from + cs, from + ce);
        for (const key of PHRASE.get(fold(t)) ?? []) found.push(sector(key, t, span(from + cs, from + ce)));
      }
    }
    if (found.length) { out.sectors.push(...found); if (inner) break; continue; }
    // a long unknown item is the sentence going on, not a sector; a loose lead ("hợp tác về") takes known sectors only
    // ... and so is a lone unknown syllable ("vị này", "cần"): sectors take two words or more, or are known
    const words = item.split(/\s+/).length;
    if (strict || words > 6 || words < 2) break;
    const sp = span(s, e);
    out.sectors.push({ key: null, label: null, text: item.replace(/\s+/g, ' '), span: sp });
    out.warnings.push({ code: 'sector-unknown', message: `"${item.replace(/\s+/g, ' ')}" is not in the sector taxonomy`, span: sp });
  }
  return out;
}

function sector(key: string, text: string, span: Span): Sector {
  return { key, label: LABEL.get(key) ?? null, text: text.replace(/\s+/g, ' '), span };
}
