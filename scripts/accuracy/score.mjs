// Scores `linkage extract --format json` output against gold facts written by reading
// (format: ../shared/devset/GUIDE.md). Per field:
//   citations, participants, provinces  set precision/recall, counts summed over articles;
//   sectors       the same, a gold item matching an output item that contains it or is contained in it;
//   agreements    signings as a bag: per article min(gold, output) are right;
//   until         the horizon years of the signings as a bag ("two signings, both until 2025" match twice);
//   enumerations  a gold run of 2+ markers is found by an unused output list with as many items whose
//                 first item starts with the gold's first words; precision is the share of lists found;
//   published     right when the output's date starts with the gold's (gold "2021-11" accepts "2021-11-17");
//   title         our own field: right when equal after folding; scored only for gold files with a `title` key.
import { basename } from 'node:path';
import { fold, province, citationId, prf, round3 } from './norm.mjs';

export const SET_FIELDS = ['citations', 'participants', 'provinces', 'agreements', 'until', 'sectors'];

// places whose kind says they are no province (a region, a district, a foreign country) are not scored
const NOT_A_PROVINCE = /region|country|district|commune|ward|nation|foreign|area|zone/i;
// an item's text may keep punctuation or a leading "là" ("Một là, …" read as "là …") before its first words
const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;
const LEADING_LA = /^là\s+/;
const itemHead = (t) => fold(t ?? '').replace(LEADING_NON_WORD, '').replace(LEADING_LA, '').slice(0, 60);
// the gold's first words are compared on their first ten characters: annotators chose 3–6 words freely
const FIRST_WORDS_CHARS = 10;

const sameSector = (g, o) => g === o || Boolean(o && (g.includes(o) || o.includes(g)));
const list = (x) => (Array.isArray(x) ? x : []);

/** Tallies one field's true/false positives and writes a line per article that has misses. */
class Field {
  constructor(name, misses) { this.name = name; this.misses = misses; this.tp = 0; this.fp = 0; this.fn = 0; }
  add(file, tp, extra, missed) {
    this.tp += tp; this.fp += extra.length; this.fn += missed.length;
    if (extra.length || missed.length) this.misses.push(`${file} ${this.name}: missed ${JSON.stringify(missed)} extra ${JSON.stringify(extra)}`);
  }
  /** Each distinct gold item is found when some output item equals it; each distinct output item is extra when none does. */
  set(file, gold, out, eq = (a, b) => a === b) {
    const g = [...new Set(gold)], o = [...new Set(out)];
    const found = g.filter((x) => o.some((y) => eq(x, y)));
    this.add(file, found.length, o.filter((y) => !g.some((x) => eq(x, y))), g.filter((x) => !o.some((y) => eq(x, y))));
  }
  /** Each gold item uses up one equal output item. */
  bag(file, gold, out) {
    const left = [...out];
    const missed = [];
    let tp = 0;
    for (const x of gold) {
      const k = left.indexOf(x);
      if (k >= 0) { tp++; left.splice(k, 1); } else missed.push(x);
    }
    this.add(file, tp, left, missed);
  }
  figures() { return prf(this.tp, this.fp, this.fn); }
}

const share = (ok, n) => ({ ok, n, acc: n ? round3(ok / n) : 1 });

/**
 * @param articles the parsed output of `extract --format json` (an array, or an object with `articles`)
 * @param golds gold objects, in the order they are to be reported (the score does not depend on it)
 * @returns {{ figures: object, misses: string[] }} figures in the reference scorer's shape, plus `title`
 *   (null when no gold file has a `title` key)
 */
export function score(articles, golds) {
  const arts = Array.isArray(articles) ? articles : list(articles?.articles);
  const byName = new Map(arts.map((a) => [basename(String(a.file)), a]));
  const misses = [];
  const fields = Object.fromEntries(SET_FIELDS.map((f) => [f, new Field(f, misses)]));
  let missing = 0, pubOk = 0, pubN = 0, titleOk = 0, titleN = 0;
  let enumGold = 0, enumFound = 0, enumOut = 0;

  for (const g of golds) {
    const file = g.file;
    const a = byName.get(file);
    if (!a) { missing++; misses.push(`${file}: not in output`); }
    const o = a ?? {};
    if (g.published) {
      pubN++;
      if (String(o.published ?? '').startsWith(g.published)) pubOk++;
      else misses.push(`${file} published: gold ${g.published} got ${o.published ?? null}`);
    }
    if (Object.hasOwn(g, 'title')) {
      titleN++;
      const want = fold(g.title) || null, got = fold(o.title) || null;
      if (want === got) titleOk++;
      else misses.push(`${file} title: gold ${JSON.stringify(g.title)} got ${JSON.stringify(o.title ?? null)}`);
    }
    fields.citations.set(file, list(g.citations).map(citationId), list(o.citations).map((c) => citationId(c.id)));
    fields.participants.set(file, list(g.participants).map(fold), list(o.participants).map((p) => fold(p.name)));
    fields.provinces.set(file, list(g.provinces).map(province),
      list(o.places).filter((p) => !NOT_A_PROVINCE.test(String(p.kind ?? ''))).map((p) => province(p.name)));
    const goldAgreements = list(g.agreements), outAgreements = list(o.agreements);
    fields.sectors.set(file, goldAgreements.flatMap((x) => list(x.sectors)).map(fold),
      outAgreements.flatMap((x) => list(x.sectors)).map((s) => fold(s.text ?? s.label ?? s.key)), sameSector);
    fields.agreements.bag(file, goldAgreements.map(() => 'signing'), outAgreements.map(() => 'signing'));
    const years = (xs) => xs.filter((x) => x.until != null).map((x) => String(x.until));
    fields.until.bag(file, years(goldAgreements), years(outAgreements));

    const goldRuns = list(g.enumerations).filter((e) => list(e.markers).length >= 2);
    const outLists = list(o.priorities).filter((e) => list(e.items).length >= 2);
    enumGold += goldRuns.length; enumOut += outLists.length;
    const used = new Set();
    for (const e of goldRuns) {
      const words = e.first_words ? itemHead(e.first_words).slice(0, FIRST_WORDS_CHARS) : '';
      const k = outLists.findIndex((x, i) => !used.has(i) && x.items.length === e.markers.length
        && (!e.first_words || itemHead(x.items[0]?.text).includes(words)));
      if (k >= 0) { used.add(k); enumFound++; } else misses.push(`${file} enumerations: missed ${e.markers.join('/')} "${e.first_words}"`);
    }
    outLists.forEach((x, i) => { if (!used.has(i)) misses.push(`${file} enumerations: extra ${x.items.length} items "${String(x.items[0]?.text ?? '').slice(0, 30)}"`); });
  }

  const figures = {};
  for (const f of ['citations', 'participants', 'provinces', 'sectors', 'agreements', 'until']) figures[f] = fields[f].figures();
  figures.published = share(pubOk, pubN);
  figures.enumerations = { gold: enumGold, found: enumFound, out: enumOut,
    recall: enumGold ? round3(enumFound / enumGold) : 1, precision: enumOut ? round3(enumFound / enumOut) : 1 }; // each list found answers one gold run
  figures.articles = { gold: golds.length, missing };
  figures.title = titleN ? share(titleOk, titleN) : null;
  return { figures, misses };
}
