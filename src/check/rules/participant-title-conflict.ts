import { abbreviations, titleRanks } from '../../data.js';
import { foldKey } from '../../article/normalize.js';
import { alternation, L, R } from '../../text/regex.js';
import type { CorpusRule } from '../rule.js';
import type { Span } from '../../types.js';

const DATA = titleRanks();
const ABBR = abbreviations().abbreviations;

// office → [ladder, rank]; the longest office a title starts with wins ("Phó Chủ tịch nước" over "Phó Chủ tịch")
const OFFICE = new Map<string, [number, number]>();
DATA.ladders.forEach((ladder, i) => ladder.forEach((o, rank) => OFFICE.set(foldKey(o), [i, rank])));
const OFFICE_RE = new RegExp(`^(${alternation(OFFICE.keys())})${R}\\s*(.*)$`, 'u');
const ONE_AT_A_TIME = new Set(DATA.oneAtATime.map(foldKey));
const MODIFIER_RE = new RegExp(`^(?:(?:${alternation(DATA.modifiers.map(foldKey))})${R}\\s*)+`, 'u');
const ABBR_RE = new RegExp(`${L}(${alternation(Object.keys(ABBR))})${R}`, 'gu');

interface Office { office: string; ladder: number; rank: number; body: string; title: string }

/** "Phó Chủ tịch UBND tỉnh Lào Cai" → office "phó chủ tịch", body "ủy ban nhân dân tỉnh lào cai". */
function parseTitle(title: string): Office | null {
  const m = OFFICE_RE.exec(foldKey(title.replace(ABBR_RE, (a) => ABBR[a])));
  if (!m) return null;
  const [ladder, rank] = OFFICE.get(m[1])!;
  return { office: m[1], ladder, rank, body: m[2].replace(MODIFIER_RE, '').trim(), title };
}

/** Bodies that may be the same: equal, one unnamed, or one a fuller name of the other. */
const sameBody = (a: string, b: string) => !a || !b || a === b || a.startsWith(b + ' ') || b.startsWith(a + ' ');

/** Why two offices cannot be one person's on the same day, or null. */
function conflict(a: Office, b: Office): boolean {
  if (a.ladder === b.ladder && a.rank !== b.rank) return sameBody(a.body, b.body);
  return a.office === b.office && ONE_AT_A_TIME.has(a.office) && !!a.body && !!b.body && !sameBody(a.body, b.body);
}

interface Person { key: string; name: string; offices: Office[]; span: Span }

const rule: CorpusRule<Person[]> = {
  id: 'participant-title-conflict',
  level: 'warning',
  scope: 'corpus',
  needs: ['participants'],
  description:
    'Articles of the same date that give the same person incompatible titles — two ranks of one office in the same ' +
    'body ("Thủ tướng" and "Phó Thủ tướng", "Bộ trưởng" and "Thứ trưởng Bộ Tài chính"), or a minister of two ' +
    'different ministries — contradict each other; one of them is wrong (data/title-ranks.json). Articles are grouped ' +
    'by date and name, never compared pair by pair. Fails: "Phó Thủ tướng Lê Minh Khái" in one article and ' +
    '"Thủ tướng Lê Minh Khái" in another of the same day. Passes: "Phó Thủ tướng Lê Minh Khái" in both.',
  summarize({ facts }) {
    const date = facts.published?.slice(0, 10);
    if (!date) return undefined;
    const people: Person[] = [];
    for (const p of facts.participants) {
      const offices = p.titles.map(parseTitle).filter((o): o is Office => o !== null);
      if (offices.length) people.push({ key: `${date}|${foldKey(p.name)}`, name: p.name, offices, span: p.span });
    }
    return people.length ? people : undefined;
  },
  check(items, report) {
    const byKey = new Map<string, Array<{ file: string; p: Person }>>();
    for (const { file, summary } of items) {
      for (const p of summary) {
        const list = byKey.get(p.key);
        if (list) list.push({ file, p }); else byKey.set(p.key, [{ file, p }]);
      }
    }
    for (const group of byKey.values()) {
      // each later mention is checked against the earlier ones, and reported once
      for (let j = 1; j < group.length; j++) {
        const b = group[j];
        let hit: [Office, Office, string, Span] | null = null;
        for (let i = 0; i < j && !hit; i++) {
          const a = group[i];
          if (a.file === b.file) continue;
          for (const x of a.p.offices) for (const y of b.p.offices) if (!hit && conflict(x, y)) hit = [x, y, a.file, a.p.span];
        }
        if (!hit) continue;
        const [x, y, file, span] = hit;
        report({
          file: b.file,
          span: b.p.span,
          message: `${b.p.name} is "${y.title}" here but "${x.title}" in ${file}, of the same date`,
          related: [{ file, span, message: `${b.p.name}: "${x.title}"` }],
        });
      }
    }
  },
};
export default rule;
