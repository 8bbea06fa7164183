#!/usr/bin/env node
// Planted-error evaluation of `linkage cite` on real articles the project has
// never seen (../shared/corpus-vn-news, read only if present; not part of npm test).
//
//   npm run build && node scripts/eval-cite.mjs [--verbose]
//
// 1. Every article with a numbered citation is checked as it is: its error
//    findings are listed for review (they should all be real mistakes of the
//    article).
// 2. Errors are planted, one per copy, into the citations the articles have
//    (documents mostly not in the registry, so only what can be known without
//    it: a date whose year contradicts the number, a kind word that does not
//    fit the type code, a malformed number (when its type code is a known
//    kind: official letters like 5971/TM-XNK have no fixed form), a
//    re-citation with another date,
//    a Party term that does not fit the date), and into citations of registered
//    documents inserted into the articles (wrong date — day, month or year in
//    turn —, term, kind word, issuer, malformed number, inconsistent re-citation). A plant counts as found when
//    a finding with the expected code covers the planted text.
// 3. No correct citation may be reported as an error: any error finding in a
//    planted copy that is not the plant and not already in the original is
//    counted as a false error, and so is any error on an inserted correct
//    citation.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle, findCitationMentions } from '../dist/index.js';
import { typeWordFits, isKindCode } from '../dist/extract/citations.js';
import { createCite } from '../dist/cite/cite.js';
import { malformation } from '../dist/check/rules/citation-malformed.js';
import { vnDate } from '../dist/check/citations/analysis.js';
import { loadRegistry } from '../dist/cite/registry.js';
import { romanToInt, intToRoman } from '../dist/cite/terms.js';

// the corpus beside the checkout, or another copy (`--corpus DIR`: a git worktree has no ../shared beside it)
const at = process.argv.indexOf('--corpus');
const CORPUS = at > 0 ? resolve(process.argv[at + 1]) : new URL('../../shared/corpus-vn-news/', import.meta.url).pathname;
if (!existsSync(CORPUS)) {
  console.error(`eval-cite: ${CORPUS} not found; nothing to evaluate`);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const reg = loadRegistry();
const cite = createCite();
const CITE_RE = /\d+\/\d{4}\/[A-ZĐ]+-[A-Za-zĐ]+|\d+-NQ\/TW/u;

const files = [];
for (const part of readdirSync(CORPUS).filter((d) => d.startsWith('part-')).sort()) {
  for (const f of readdirSync(join(CORPUS, part)).sort()) {
    const raw = readFileSync(join(CORPUS, part, f), 'utf8');
    if (CITE_RE.test(raw)) files.push({ file: `${part}/${f}`, raw });
  }
}

async function check(file, raw) {
  const a = await parseArticle(raw, { file });
  return { a, r: cite.article(a) };
}
/** Replace code points [s, e) of raw; returns the new text and the range of the replacement. */
function splice(raw, s, e, rep) {
  const cps = Array.from(raw);
  return { raw: cps.slice(0, s).join('') + rep + cps.slice(e).join(''), range: [s, s + Array.from(rep).length] };
}
const overlaps = (span, [s, e]) => span && span.start < e && span.end > s;
const errKey = (f) => `${f.code}|${f.message}`;

const stats = new Map(); // "group kind" → { planted, found, misses[] }
let falseErrors = [];
function tally(group, kind, ok, info) {
  const k = `${group.padEnd(8)} ${kind}`;
  const s = stats.get(k) ?? { planted: 0, found: 0, misses: [], example: null };
  s.planted++;
  if (ok) { s.found++; s.example ??= info; } else s.misses.push(info);
  stats.set(k, s);
}

/** Check one planted copy: the expected code over the plant, and no other new error. */
async function evaluate(group, kind, file, baseErrors, planted, expected) {
  const { r } = await check(file, planted.raw);
  const ok = r.findings.some((f) => f.code === expected && overlaps(f.span, planted.range));
  const snippet = Array.from(planted.raw).slice(Math.max(0, planted.range[0] - 60), planted.range[1] + 30).join('').replace(/\s+/g, ' ');
  const hit = r.findings.find((f) => f.code === expected && overlaps(f.span, planted.range));
  tally(group, kind, ok, `${file}: …${snippet}… → ${hit ? `${hit.code} at ${hit.span.line}:${hit.span.column}: ${hit.message}` : r.findings.filter((f) => f.severity !== 'info').map((f) => f.code).join(', ') || 'nothing'}`);
  for (const f of r.findings) {
    if (f.severity === 'error' && !overlaps(f.span, planted.range) && !baseErrors.has(errKey(f)) && !(kind === 'inconsistent' && f.code === 'citation-inconsistent')) {
      falseErrors.push(`${group} ${kind} ${file}:${f.span?.line}:${f.span?.column} ${f.code} ${f.message}`);
    }
  }
  return ok;
}

const UNAMBIGUOUS = ['Nghị quyết', 'Nghị định', 'Chỉ thị', 'Thông tư', 'Quyết định', 'Kết luận'];
const wrongWord = (m) => UNAMBIGUOUS.find((w) => !typeWordFits(w, m.typeCode, m.issuerCode, m.party));
/** Another day in the same month and year, written like the original. */
const otherDay = (dateText) => dateText.replace(/^(\d{1,2})/, (d) => String((+d % 27) + 1).padStart(d.length, '0'));
/** A typo in a D/M/YYYY date: the day, the month or the year, in turn. */
const typo = (dateText, k) => k % 3 === 0 ? otherDay(dateText)
  : k % 3 === 1 ? dateText.replace(/\/(\d{1,2})\//, (_, mo) => `/${(+mo % 12) + 1}/`)
  : dateText.replace(/(\d{4})$/, (y) => String(+y + 1));
function malformedForms(id) {
  let m;
  if ((m = /^(\d+[a-z]?)-([^/]+)\/(.+)$/.exec(id))) return [`${m[1]}/${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`, `${m[1]} ${m[2]}/${m[3]}`];
  if ((m = /^(\d+[a-z]?)\/(\d{4})\/([^-/]+)-(.+)$/.exec(id))) return [`${m[1]}/${m[2]}/${m[3]}/${m[4]}`, `${m[1]}-${m[2]}-${m[3]}-${m[4]}`, `${m[1]}/${m[2]} ${m[3]}-${m[4]}`];
  if ((m = /^(\d+[a-z]?)\/([^-/\d][^-/]*)-(.+)$/.exec(id))) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}/${m[2]}/${m[3]}`];
  return [];
}
/** Raw offset of the end of the paragraph holding raw offset `at` (before its line break). */
function paragraphEnd(raw, at) {
  const cps = Array.from(raw);
  let i = at;
  while (i < cps.length && cps[i] !== '\n' && cps[i] !== '\r') i++;
  return i;
}
const endsSentence = (raw, at) => /[.!?:;…"”)]\s*$/u.test(Array.from(raw).slice(Math.max(0, at - 3), at).join(''));

const KNOWN = reg.entries.filter((e) => e.date && e.issuer && e.kind && /^(Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Luật)$/.test(e.kind));
const OTHER_ISSUER = { 'Bộ Chính trị': 'Ban Bí thư', 'Ban Chấp hành Trung ương': 'Bộ Chính trị', 'Chính phủ': 'Bộ Tài chính', 'Thủ tướng Chính phủ': 'Bộ Công Thương', 'Quốc hội': 'Chính phủ', 'Ủy ban Thường vụ Quốc hội': 'Chính phủ' };
const citeText = (e, o = {}) => `${o.kind ?? e.kind} ${o.id ?? e.id} ngày ${o.date ?? vnDate(e.date)} của ${o.issuer ?? e.issuer}${(o.term ?? e.term) ? ` (khóa ${o.term ?? e.term})` : ''}`;

let baselineErrors = [];
let controls = 0;
let n = 0;
for (const { file, raw } of files) {
  const { a, r } = await check(file, raw);
  const base = new Set(r.findings.filter((f) => f.severity === 'error').map(errKey));
  for (const f of r.findings.filter((f) => f.severity === 'error')) baselineErrors.push(`${file}:${f.span?.line}:${f.span?.column} ${f.code} ${f.message}`);
  const mentions = findCitationMentions(a);
  const raw0 = (s) => a.span(s, s).start;

  // --- errors planted into the article's own citations
  for (const m of mentions) {
    const num = a.span(m.numStart, m.numEnd);
    const idYear = /^\d+[a-z]?\/(\d{4})\//.exec(m.id)?.[1];
    // (a date already at odds with its number is left alone: a plant could only correct it)
    if (m.date && m.dateStart !== null && idYear && m.date.startsWith(idYear) && !malformation(m)) {
      const d = a.span(m.dateStart, m.dateEnd);
      const text = Array.from(raw).slice(d.start, d.end).join('');
      const wrong = text.replace(/(\d{4})$/, (y) => String(+y + ((n++ % 3) + 1) * (n % 2 ? 1 : -1)));
      if (wrong !== text) await evaluate('real', 'wrong date', file, base, splice(raw, d.start, d.end, wrong), 'citation-date-mismatch');
    }
    const w = m.typeCode ? wrongWord(m) : null;
    if (w && !malformation(m)) {
      const planted = m.typeWordStart !== null
        ? splice(raw, a.span(m.typeWordStart, m.typeWordEnd).start, a.span(m.typeWordStart, m.typeWordEnd).end, w)
        : splice(raw, num.start, num.start, `${w} `);
      if (m.typeWordStart === null) planted.range = [planted.range[0], planted.range[1] - 1];
      await evaluate('real', 'wrong kind word', file, base, planted, 'citation-kind-mismatch');
    }
    // official letters (5971/TM-XNK: no kind code, the unit after the issuer) follow no fixed form: not checked
    const forms = malformation(m) || !(m.typeCode && isKindCode(m.typeCode)) ? [] : malformedForms(m.id);
    if (forms.length) {
      await evaluate('real', 'malformed number', file, base, splice(raw, num.start, num.end, forms[n++ % forms.length]), 'citation-malformed');
    }
    if (m.date && m.dateStart !== null && !mentions.some((x) => x !== m && x.id === m.id && x.date && x.date !== m.date)) {
      const d = a.span(m.dateStart, m.dateEnd);
      const text = Array.from(raw).slice(d.start, d.end).join('');
      const at = paragraphEnd(raw, a.span(m.end, m.end).start);
      const lead = `${endsSentence(raw, at) ? '' : '.'} Điều này được nêu rõ tại ${m.kind ?? m.typeWord ?? 'văn bản'} số ${m.id} ngày `;
      const planted = splice(raw, at, at, `${lead}${otherDay(text)}.`);
      planted.range = [planted.range[0] + Array.from(lead).length, planted.range[1] - 1];
      await evaluate('real', 'inconsistent', file, base, planted, 'citation-inconsistent');
    }
  }

  // --- Party citations of an unregistered number, with a date and a wrong term, inserted into the article
  const bodyStart = raw0(a.body.start);
  const at = paragraphEnd(raw, bodyStart + 1);
  const dot = endsSentence(raw, at) ? '' : '.';
  {
    const year = 2001 + (n % 20);
    const id = `${900 + (n % 90)}-NQ/TW`;
    const date = `${(n % 27) + 1}/${(n % 12) + 1}/${year}`;
    const iso = `${year}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
    const right = (await import('../dist/cite/terms.js')).termAt('party', iso);
    const good = `${dot} Nghị quyết số ${id} ngày ${date} của Bộ Chính trị (khóa ${right}) cũng được nhắc đến.`;
    controls++;
    const c = splice(raw, at, at, good);
    const cr = (await check(file, c.raw)).r;
    for (const f of cr.findings) if (f.severity === 'error' && !base.has(errKey(f))) falseErrors.push(`control ${file}: ${f.code} ${f.message}`);
    const wrongTerm = intToRoman(romanToInt(right) + (n++ % 2 ? 1 : -1));
    const bad = good.replace(`(khóa ${right})`, `(khóa ${wrongTerm})`);
    const planted = splice(raw, at, at, bad);
    const k = Array.from(bad).length - Array.from(bad.slice(bad.indexOf('(khóa'))).length;
    planted.range = [at + k, at + k + `(khóa ${wrongTerm})`.length];
    await evaluate('unknown', 'wrong term', file, base, planted, 'citation-term-mismatch');
  }

  // --- a registered document cited correctly, then with one error planted
  const e = KNOWN[n++ % KNOWN.length];
  const good = `${dot} Theo ${citeText(e)}, các địa phương triển khai.`;
  controls++;
  {
    const c = splice(raw, at, at, good);
    const cr = (await check(file, c.raw)).r;
    for (const f of cr.findings) if (f.severity === 'error' && !base.has(errKey(f))) falseErrors.push(`control ${file}: ${f.code} ${f.message} [${citeText(e)}]`);
  }
  const variants = [
    ['wrong date', 'citation-date-mismatch', { date: typo(vnDate(e.date), n) }, 'date'],
    ['wrong kind word', 'citation-kind-mismatch', { kind: UNAMBIGUOUS.find((w) => w !== e.kind && w !== 'Luật' && (e.kind !== 'Luật' || w !== 'Nghị quyết')) }, 'kind'],
    ['malformed number', 'citation-malformed', { id: malformedForms(e.id)[n % 3] }, 'id'],
    ['wrong issuer', 'citation-issuer-mismatch', { issuer: OTHER_ISSUER[e.issuer] }, 'issuer'],
    ['wrong term', 'citation-term-mismatch', { term: e.term ? intToRoman(romanToInt(e.term) + 1) : null }, 'term'],
  ];
  for (const [kind, code, o, field] of variants) {
    const value = o[field];
    if (!value) continue;
    const text = `${dot} Theo ${citeText(e, o)}, các địa phương triển khai.`;
    const planted = splice(raw, at, at, text);
    const shown = field === 'date' ? value : field === 'term' ? `khóa ${value}` : value;
    const k = Array.from(text.slice(0, text.indexOf(shown, text.indexOf(field === 'kind' ? 'Theo' : e.kind === 'Luật' ? ' ' : 'Theo')))).length;
    planted.range = [at + k, at + k + Array.from(shown).length];
    await evaluate('known', kind, file, base, planted, code);
  }
  {
    const second = ` Sau đó, ${e.kind} ${e.id} ngày `;
    const text = `${good}${second}${otherDay(vnDate(e.date))} tiếp tục được quán triệt.`;
    const planted = splice(raw, at, at, text);
    const k = Array.from(good + second).length;
    planted.range = [at + k, at + k + Array.from(otherDay(vnDate(e.date))).length];
    await evaluate('known', 'inconsistent', file, base, planted, 'citation-inconsistent');
  }
}

console.log(`linkage cite, planted-error evaluation on ${files.length} articles of corpus-vn-news with numbered citations\n`);
console.log(`Errors reported on the articles as they are (${baselineErrors.length}; review: each should be a real mistake of the article):`);
for (const b of baselineErrors) console.log(`  ${b}`);
let planted = 0, found = 0;
console.log('\nplanted errors            planted  found  recall');
for (const [k, s] of [...stats].sort()) {
  planted += s.planted; found += s.found;
  console.log(`  ${k.padEnd(26)}${String(s.planted).padStart(6)}${String(s.found).padStart(7)}  ${(100 * s.found / s.planted).toFixed(1)}%`);
  if (verbose && s.example) console.log(`      e.g. ${s.example}`);
  if (verbose || s.misses.length <= 3) for (const m of s.misses.slice(0, verbose ? 50 : 3)) console.log(`      missed: ${m}`);
}
console.log(`  ${'all'.padEnd(26)}${String(planted).padStart(6)}${String(found).padStart(7)}  ${(100 * found / planted).toFixed(1)}%`);
console.log(`\ncorrect citations inserted as controls: ${controls}`);
console.log(`false errors (errors on correct citations, in controls and planted copies): ${falseErrors.length}`);
for (const f of falseErrors.slice(0, verbose ? 200 : 20)) console.log(`  ${f}`);
