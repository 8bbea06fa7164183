/**
 * Agreements: signing events. A signing ("ký kết thỏa thuận hợp tác", "ký bản
 * ghi nhớ", "trao biên bản ghi nhớ", "lễ ký kết", "MOU ... được ký") is
 * mentioned in the headline, the lead, a caption and the body; its mentions
 * merge into one agreement (`mentions`). Several signings stay apart: the
 * documents listed after "Các văn kiện hợp tác gồm:", signings between other
 * parties, "Cũng trong dịp này, ... đã ký ...".
 *
 * Each agreement has its parties as entities ("giữa A với B", "giữa A và B",
 * "A và B đã ký", "ký ... với B"; see agreement-parties.ts), what was signed
 * (`document`), its period ("giai đoạn 2023-2025" → from 2023, until 2025),
 * the signing day and the sectors it covers: the lists in the signing's
 * sentence ("trên các lĩnh vực trọng tâm: ...") and in the sentences that go
 * on describing it ("Theo đó, hai bên sẽ hợp tác trên các lĩnh vực ...",
 * "Thỏa thuận tập trung vào 5 lĩnh vực: ...", bulleted lines after "gồm:",
 * the groups of "gồm 4 nhóm hoạt động chính: ...; ..."). A page that is the
 * signed text ("BẢN THỎA THUẬN HỢP TÁC" / "GIỮA ..." / "Giai đoạn ...") is
 * one agreement whose preamble tells its content.
 *
 * A sentence that reports cooperation without a signing ("đã trao đổi, hợp
 * tác ... trên các lĩnh vực ...") is no agreement: its sectors go to
 * `cooperationFields`. Planned, hoped-for, draft or refused signings ("sẽ
 * ký", "chưa ký", "dự thảo thỏa thuận") and past ones only referred to
 * ("Thỏa thuận đã ký trong thời gian qua") are neither.
 *
 * Every scan is bounded: a list reads at most LIST_MAX characters, parties and
 * horizons a window around the verb, tense words are found once per sentence.
 */
import type { Article } from '../article/article.js';
import type { Segmentation } from '../article/segment.js';
import type { Agreement, AgreementParty, Sector, Span } from '../types.js';
import type { Extractor } from './extractor.js';
import { agreements as agreementWords, sectors } from '../data.js';
import { L, R, alternation, alternationAnyCase, atWordStart, matches, scanText, trie } from '../text/regex.js';
import { COOPERATION_ABOUT, COUNT_WORDS, POINT, SECTOR_LEAD, SECTOR_LEAD_HINT, firstField, firstKnown, isGenericSector, sectorList } from './sectors.js';
import { NO_STOP, isGeneric, partyKey, resolveParty, type Party } from './agreement-parties.js';
import { WordHints, hintWithin, type Hints } from './hints.js';
import { findPlaces, placeLengthAt } from '../text/gazetteer.js';
import { COMPOUNDS } from '../text/syllable.js';
import { organizationEnd } from './organizations.js';

const W = agreementWords();
const COMPOUND_NAMES = sectors().compounds.map((c) => c.phrase);

/** the longest stretch a sector list, a party window or a horizon window reads */
const LIST_MAX = 600;
const WINDOW = 320;
/** "hợp tác về du lịch và thương mại": what a loose lead names outright is short */
const ABOUT_MAX = 160;
/** how many sentences after a signing may still describe it without naming it */
const DESCRIBE_SENTENCES = 4;

/** "Bản Ghi nhớ", "Thỏa thuận Hợp tác": portals capitalise every word of a document's name */
const titleCase = (p: string) => p.split(' ').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
const DOCUMENT_FORMS = [...W.documents, ...W.documents.map(titleCase)];
// (prefix trees, not flat alternations, for the long lists of phrases: the same matches, and far less to compile
// when first used; longer phrases still win)
const DOC_ANY_CASE = `(?:${trie(DOCUMENT_FORMS.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]))})${R}`;
const DOC_AT = new RegExp(DOC_ANY_CASE, 'uy');
/** documents in lower case, for text lower-cased first ("Bản Ghi nhớ", "Thỏa Thuận hợp tác": any capitals) */
const DOC_LOWER = new RegExp(`(?:${alternation(W.documents.map((d) => d.toLowerCase()))})${R}`, 'gu');
const CANONICAL = new Map(Object.entries(W.documentCanonical).map(([k, v]) => [k.toLowerCase(), v]));
/** how many words may stand between what is signed and its "được ký" */
const PASSIVE_WORDS = 32;
// "ký"/"ký kết" + up to six words ("ký các hợp đồng, biên bản") + what is signed; "trao" + what is signed; "lễ ký"; what is signed + "được/đã ký"
const SIGNING = new RegExp(
  `(?:[Ll]ễ\\s+ký(?:\\s+kết)?${R}` +
  // (not across a comma right after the verb: "Theo biên bản ghi nhớ vừa ký, hai bên sẽ hợp tác": what was signed is before it)
  `|[Kk]ý(?:\\s+kết)?${R}(?=\\s+(?:[\\p{L}\\p{N}-]+[\\s,]+){0,6}?${DOC_ANY_CASE})` +
  // ("trao nhau", "trao cho nhau": the documents handed over at the signing; "trao đổi thỏa thuận" is talk)
  `|[Tt]rao(?:\\s+(?:cho\\s+nhau|nhau))?(?:\\s+(?:các|bản|văn bản|những|\\d+))?\\s+(?=[Tt]hỏa thuận|[Bb]iên bản|[Bb]ản ghi nhớ|MOU|MoU|[Vv]ăn kiện)` +
  // ("lễ trao đổi văn kiện": the documents exchanged at the signing; "trao đổi về …" is talk)
  // ("trao đổi 9 văn kiện", "trao đổi hai bản ghi nhớ": counted)
  `|[Tt]rao\\s+đổi(?:\\s+(?:các|những|\\d+|${COUNT_WORDS}))?\\s+(?=[Vv]ăn kiện|[Bb]iên bản ghi nhớ|[Bb]ản ghi nhớ|MOU|MoU)` +
  // (what is signed, then "được ký" or "được trao", a field's list between them: "các văn kiện hợp tác trong lĩnh vực y
  // tế, giáo dục đã được ký kết", "15 biên bản ghi nhớ đầu tư đã được trao")
  // (not over "mà" to one who signed, a clause telling of them: "các điều ước và thỏa thuận về biên giới, lãnh thổ mà Việt
  // Nam đã ký kết"; "45 thỏa thuận mà Việt Nam được ký kết tại hội nghị" are this event's)
  // (the passive "được ký" reads further: the parties' full names stand between, "biên bản ghi nhớ về hợp tác y tế giữa Sở
  // Y tế tỉnh A và Sở Y tế tỉnh B (Lào) đã được ký kết"; "đã ký" so far off is most often another subject's verb; not
  // "không được ký nhận", "được ký ban hành": refused, or an official's act)
  `|${DOC_ANY_CASE}(?=(?:[\\s,]+(?!mà${R})[\\p{L}\\p{N}-]+){0,10}?\\s+(?:được|đã|vừa)\\s+(?:ký|trao)${R}|(?:[\\s,()]+[\\p{L}\\p{N}-]+){0,${PASSIVE_WORDS}}?(?<!(?:không|chưa))\\s+được\\s+(?:ký|trao)${R}(?!\\s+(?:nhận|tên|duyệt|xác\\s+nhận|ban\\s+hành)${R}))` +
  // ("đã thỏa thuận" alone is a deal struck, most often not signed: "đã thỏa thuận với các chủ xe chỉ thu ...",
  // "tòa đã thỏa thuận bồi thường"; "đã thỏa thuận hợp tác" is an agreement)
  `|(?:[Đđ]ã|[Vv]ừa)\\s+thỏa thuận(?=\\s+hợp\\s+tác${R}))`, 'gu');
/** cheap tests before the scans: a signing needs "ký" or "thỏa thuận", a sector list "lĩnh vực", "ngành", "mảng" or "hợp tác" */
// (the signing hint is found once per body, then looked up per sentence: a test of each sentence would read the body
// a second time; the lead hint is tested on the few sentences that need it, see agreements())
const SIGN_HINT = new WordHints(['ký', 'Ký', 'thỏa thuận', 'Thỏa thuận']);
/** "trao" signs only what SIGNING names after it ("trao biên bản ghi nhớ"; "trao đổi", "trao tặng" are the common ones) */
const HAND_HINT = new WordHints(['trao', 'Trao']);
const HANDED = /[Bb]iên bản|[Bb]ản ghi nhớ|MOU|MoU|[Vv]ăn kiện/u;
// (the commonest first: asked whether any occurs, the search stops at the first found)
const LEAD_HINT = new WordHints(['như', 'hợp tác', 'ngành', 'lĩnh vực', 'nội dung', 'gồm', 'mảng']);

// "đăng ký", "thư ký", "chữ ký", "nhật ký": not a signing
const NOT_SIGN_BEFORE = /(?:đăng|thư|chữ|nhật|phiếu|ứng|kí|ký)\s*$/iu;
// "ông X đã ký văn bản gửi Bộ ...", "ký duyệt các văn bản chấp thuận ...", "ký văn bản số 6202", "ký vào biên bản
// vi phạm": one official's letter, a report of minutes, not an agreement. A bare "văn bản" or "biên bản" signed with
// "ký" is one when a word within three after it says so ("ký văn bản hợp tác", "ký văn bản bổ sung hiệp ước"; see
// letterQualifiers) or it has sides: "Hai bên đã ký văn bản", "giữa A và B", two parties ("A và B đã ký biên bản",
// "A ký văn bản với B"), unless the verb says it is an official's act ("ký duyệt", "ký nhận", "ký tên vào"). "ký kết
// văn bản" is one.
const LETTER = new RegExp(`^(?:\\s+(duyệt|phê\\s+duyệt|ban\\s+hành|xác\\s+nhận|khống|nhận|tên)${R})?(?:\\s+(?:vào|trên))?(?:\\s+(?:các|một|hai|những|nhiều|hầu\\s+hết|\\d+))*\\s+(?:văn|biên)\\s+bản${R}(?!(?:\\s+[\\p{L}\\p{M}]+){0,2}?\\s+(?:${alternation(W.letterQualifiers)})${R})`, 'iu');
const SIDES = new RegExp(`${L}(?:${alternation([...W.genericParties, 'giữa'])})${R}`, 'iu');
// "Lễ ký hiệp định sẽ được tiến hành trước ngày 31/7", "Hiệp định này sẽ được ký tại Washington": a signing to come
const TO_COME = /^[^,;.]{0,80}?(?<![\p{L}\p{M}])(?:sẽ|dự\s+kiến|sắp)\s+(?:được\s+)?(?:tổ\s+chức|tiến\s+hành|diễn\s+ra|ký)(?![\p{L}\p{M}])/u;
const HEDGE = new RegExp(`${L}(?:${alternation([...W.hedges, ...W.hedgesBefore])})(?:\\s+(?:${alternation(W.auxiliaries)}))*\\s*$`, 'iu');
// in the signing's clause: "sẽ", "để", "nhằm" ("đi Libi để đàm phán với bạn ký hiệp định") and the multi-word hedges
const HEDGE_IN_CLAUSE = new RegExp(`${L}(?:${alternation(W.hedges.filter((h) => h.includes(' ') || ['sẽ', 'để', 'nhằm'].includes(h)))})${R}`, 'iu');
const TENSE = new RegExp(`(?:${alternation([...W.pastMarkers, ...W.futureMarkers])})${R}`, 'giu');
const FUTURE = new Set(W.futureMarkers);
const DRAFT = new RegExp(`${L}(?:${alternation(W.draft)})\\s+(?:\\S+\\s+){0,2}$`, 'iu');
// "Thỏa thuận đã ký trong thời gian qua", "Bản ghi nhớ được ký năm 2019": a past agreement referred to
const PAST_AFTER = new RegExp(`^\\s*(?:kết\\s+)?(?:vào\\s+|từ\\s+|trong\\s+)?(?:${alternation(W.pastReference)}${R}|(?:năm|ngày|tháng)\\s+(?:\\d{1,2}[/.-]){0,2}(?:19|20)\\d\\d)`, 'iu');
// "Kể từ khi ký kết biên bản ghi nhớ với tỉnh B, …": a signing long past, the time since it told
const PAST_LEAD = new RegExp(`${L}(?:${alternation(W.pastLeads)})(?:\\s+(?:${alternation(W.auxiliaries)}))*\\s*$`, 'iu');
// the signing's clause after its verb, up to its purpose or a break: "ký kết thỏa thuận hợp tác về du lịch trong thời gian
// tới" is to come; "ký kết thỏa thuận, mở ra hướng hợp tác trong thời gian tới", "... nhằm phát triển du lịch trong thời
// gian tới" are done
const CLAUSE_AFTER = /^[^,;:.!?]{0,160}?(?=[,;:.!?]|(?<![\p{L}\p{M}])(?:nhằm|để|góp phần|tạo|mở ra|hướng tới|phục vụ|cho|giúp)(?![\p{L}\p{M}])|$)/u;
const clauseAfter = (s: string) => CLAUSE_AFTER.exec(s)?.[0] ?? s.slice(0, 160);
const FUTURE_AFTER = new RegExp(`${L}(?:${alternation(W.futureAfter)})${R}`, 'iu');
// when the signing is said to be: "trong quý IV năm 2026", "vào tháng 9/2026", "vào năm 2020"
// (a year alone only after "vào"/"hồi": "Kế hoạch hợp tác trong năm 2027", signed in December, is the plan's year)
const WHEN_AFTER = /(?<![\p{L}\p{M}])(?:(?:trong|vào|hồi|cuối|đầu)\s+(?:quý\s+(IV|I{1,3}|[1-4])\s+(?:năm\s+)?|(?:ngày\s+\d{1,2}\s*[/.-]\s*)?tháng\s+(\d{1,2})(?:\s+năm\s+|\s*[/.-]\s*)|ngày\s+\d{1,2}\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*)|(?:vào|hồi)\s+năm\s+)((?:19|20)\d{2})(?![\d\p{L}])/u;
// (not a period's start, "giai đoạn từ năm 2025 đến năm 2030", nor when it takes effect, "có hiệu lực từ ngày 1/7/2026")
const SINCE = /(?<![\p{L}\p{M}])(?<!(?:giai đoạn|thời kỳ|nhiệm kỳ|hiệu lực|thực hiện|áp dụng)\s+)(?:từ|hồi)\s+(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|tháng\s+\d{1,2}\s*[/.-]\s*|năm\s+)(?:19|20)\d{2}(?![\d\p{L}])(?!\s*(?:[-–—]|đến|tới)(?![\p{L}\p{M}]))/u;
const QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
/** The first day of the time said in the signing's clause after its verb (ms), or NaN. */
function whenAfter(clause: string): number {
  const w = WHEN_AFTER.exec(clause);
  if (!w) return NaN;
  const month = w[1] ? QUARTER[w[1]] * 3 - 2 : +(w[2] ?? w[3] ?? 1);
  return month >= 1 && month <= 12 ? Date.UTC(+w[4], month - 1, 1) : NaN;
}
const PAST_BEFORE = new RegExp(`${L}(?:${alternation(W.pastBefore)})\\s+(?:(?:các|những|bản|việc)\\s+)?$`, 'iu');
const WITNESS = new RegExp(`${L}(?:${alternation(W.witnesses)})(?:\\s+(?:việc|lễ|buổi))?\\s*$`, 'iu');
const AUX_TAIL = new RegExp(`(?:\\s+|^)(?:${alternation(W.auxiliaries)})\\s*$`, 'iu');
// the subject ends where its verb phrase starts: "tỉnh Khánh Hòa và TPHCM đã soạn thảo văn bản ký kết"
const SUBJECT_END = /\s(?:đã|vừa|sẽ|cũng|mới|từng|đang|chính thức)\s.*$/su;
// who leads a delegation is no party: "đoàn công tác thành phố Huế do Chủ tịch UBND thành phố Nguyễn Văn Phương dẫn đầu
// đã làm việc và ký", "đoàn tỉnh A do ông B, Phó Chủ tịch UBND tỉnh làm trưởng đoàn ký": a few words may stand between
// it and the verb (the leader's words and those bounded: each "do" costs at most a few hundred steps)
const LED_BY = new RegExp(`\\s+do\\s+[^;:.]{1,120}?\\s(?:${alternation(W.ledBy)})((?:\\s+[^\\s;:.,]+){0,6}\\s*)$`, 'iu');
const SUBORDINATE = new RegExp(`^(?:${alternation(W.subordinators)})${R}`, 'iu');
// (an acronym alone is a body of its own: "UBND tỉnh và VNPT", not the name going on as "Phát triển nông thôn" does)
const NEW_PARTY = /^(?:(?:tỉnh|thành phố|TP|huyện|quận|xã|các|những|một|hai|ba|nhiều)(?![\p{L}\p{M}])|\p{Lu}{2,}[\p{Lu}\d&-]*$)/u;
const ORG_HEAD = new RegExp(`^(?:${alternation(W.organizationHeads)})${R}`, 'u');
const COOPERATION = new RegExp(`${L}(?:${alternation(W.cooperationVerbs)})${R}`, 'iu');
const PARTY_STOP = `(?=\\s+(?:${alternation(W.partyStops)})${R}|\\s*(?:[,;:()…]|\\.(?=\\s|$))|\\s*$)`;
// a comma inside "giữa A và B" goes on with a name ("Bộ Khoa học, Công nghệ Thông tin và Truyền thông") or another party ("tỉnh A, tỉnh B")
// (a body's acronym in brackets goes on with its name: "giữa Tập đoàn Điện lực Việt Nam (EVN) và Tổng công ty …")
const PARTY_STOP_NO_COMMA = `(?=\\s+(?:${alternation(W.partyStops)})${R}|\\s*(?:,(?!\\s*(?:\\p{Lu}|tỉnh|thành phố|huyện|quận))|[;:…]|(?<!\\([\\p{Lu}\\d&-]{2,12})\\)|\\((?![\\p{Lu}\\d&-]{2,12}\\))|\\.(?=\\s|$))|\\s*$)`;
const BETWEEN = new RegExp(`${L}giữa\\s+(.+?)${PARTY_STOP_NO_COMMA}`, 'u');
const WITH = new RegExp(`${L}với\\s+(.+?)${PARTY_STOP}`, 'u');
const COMPOUND_NAME = new RegExp(`${L}(?:${trie(COMPOUND_NAMES)})${R}`, 'giu');
const YEAR = '((?:19|20)\\d{2})';
const PERIOD = new RegExp(
  // ("trong 5 năm (2025-2030)", "Quy chế phối hợp nhiệm kỳ 2025 - 2030": a range in brackets or for a term)
  `${L}(?:(?:(?:giai đoạn|thời kỳ|nhiệm kỳ|từ năm|từ)\\s+|\\(\\s*)(?:năm\\s+)?${YEAR}\\s*(?:[-–—]|đến|tới)\\s*(?:năm\\s+)?${YEAR}` +
  // ... or a day or a month of the last year: "có hiệu lực đến ngày 31/12/2028", "đến tháng 6/2027"
  `|(?:đến|tới)\\s+(?:hết\\s+)?(?:năm\\s+|(?:ngày\\s+)?\\d{1,2}[/.-]\\d{1,2}[/.-]|(?:tháng\\s+)?\\d{1,2}[/.-])?${YEAR}` +
  // a plan for one year or two: "Kế hoạch hợp tác năm 2024", "Kế hoạch hợp tác năm 2025 - 2026", "… trong năm 2027"
  // ... after what the plan is about: "Chương trình phối hợp về bảo đảm an ninh trật tự ở cơ sở năm 2026" (a plan only:
  // "Bản ghi nhớ về hợp tác du lịch năm 2019" may tell when it was signed)
  `|(?<=(?:${alternationAnyCase(W.documents)})(?:\\s+(?:hợp tác|phối hợp|công tác))?\\s+|(?:${alternationAnyCase(W.plans)})(?:\\s+(?:hợp tác|phối hợp|công tác|hành động))?\\s+về(?:\\s+[^\\s.;:,()]+){1,12}\\s+)(?:trong\\s+)?năm\\s+${YEAR}(?:\\s*[-–—]\\s*${YEAR})?)${R}`, 'u');
const DAY = /(?:^|[\s,(])(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Hh]ôm)\s+(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d{2}))?(?![\d/])/u;
/** plural documents: an umbrella over the signings listed after it ("lễ ký 14 văn kiện ... bao gồm:") */
const COLLECTIVE = new RegExp(`^\\s*(?:kết\\s+)?(?:(?:\\d+|${COUNT_WORDS}|nhiều)\\s+(?:${alternationAnyCase(W.documents)})${R}|(?:${alternationAnyCase(W.collective)})${R})`, 'u');
/** "Các văn kiện hợp tác gồm:": the documents are listed on the lines that follow */
const LIST_OF_DOCUMENTS = new RegExp(`^[\\s\\-–]*(?:${alternationAnyCase(W.collective)})${R}[^.:]{0,100}?(?:gồm|bao gồm|như sau|sau đây|sau)\\s*:\\s*$`, 'u');
/** the letters that line can start with, after its spaces and dashes ("c", "C", "n", "N"): a cheap test before the pattern */
const LIST_OF_DOCUMENTS_FIRST = new Set(W.collective.flatMap((c) => [c[0], c[0].toUpperCase()]));
const LINE_LEAD = /[\s\-–]/u;
function mayListDocuments(t: string, from: number, to: number): boolean {
  let i = from;
  for (; i < to; i++) {
    const c = t.charCodeAt(i);
    // (a Latin letter, the common first character, is neither space nor dash: no pattern needed)
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || !LINE_LEAD.test(t[i])) break;
  }
  return i < to && LIST_OF_DOCUMENTS_FIRST.has(t[i]);
}
/**
 * The verbs of a signing before what was signed, one or two of them: "ký 12 văn kiện", "lễ ký kết và trao
 * 12 văn kiện", "ký kết, trao đổi các văn kiện".
 */
const SIGNING_VERB = '(?:ký(?:\\s+kết)?|trao(?:\\s+đổi)?)';
const SIGNING_VERBS = new RegExp(`^(?:lễ\\s+)?${SIGNING_VERB}(?:\\s*(?:,|và)\\s*${SIGNING_VERB})?\\s+`, 'iu');
const ADDITIVE = new RegExp(`^\\W*(?:${alternationAnyCase(W.additive)})${R}`, 'u');
/** a clause that goes on describing what was signed: "Theo đó", "Cụ thể", "Theo thỏa thuận", "Hai bên ..." */
const DESCRIBES = new RegExp(`^[\\s\\-–+•*]*(?:${alternationAnyCase(W.describes)})${R}`, 'u');
/**
 * ... one that says it tells the content, not who acts ("Theo đó", "Cụ thể", "Theo thỏa thuận"; not "Hai bên sẽ phối hợp
 * quảng bá …", the activities): after a signing that named its subject, only it goes on listing the fields
 */
const DESCRIBES_CONTENT = new RegExp(`^[\\s\\-–+•*]*(?:${alternationAnyCase(W.describes.filter((d) => !W.genericParties.includes(d)))})${R}`, 'u');
/** a back-reference to the document: "Theo chương trình hợp tác", "Thỏa thuận ký kết lần này" */
/** (matched on the sentence's start lower-cased: "Theo Bản Ghi nhớ ...") */
const BACKREF = new RegExp(`^[\\s\\-–+•*]*(?:(?:(?:theo|trong|tại)\\s+(?:(?:bản|các|nội dung)\\s+)?)?(?:${alternation(W.documents.filter((d) => !/^(?:hợp tác|văn bản)$/iu.test(d)))})|(?:nội dung|các lĩnh vực|các nội dung)\\s+(?:hợp tác|ký kết|phối hợp|thỏa thuận))${R}`, 'u');
const backref = (text: string) => BACKREF.test(text.slice(0, 80).toLowerCase());
/** a sentence that lists what was agreed: "UBND tỉnh và Viettel thỏa thuận hợp tác triển khai các nội dung: ..." */
const AGREED_LIST = /(?:thỏa thuận|hợp tác|phối hợp)[^.:;]{0,80}(?:các|những|\d+)\s+(?:nội dung|lĩnh vực)(?:\s+[\p{L}\p{M}]+){0,3}?\s*(?:gồm|bao gồm|như sau|sau)?\s*:/u;
/** words after which what was agreed is listed, without "lĩnh vực": "hợp tác về", "đồng hành trong", "nội dung gồm:", "quan hệ" */
const CONTENT_CUE = new RegExp(`(?:${alternationAnyCase(W.contentLeads)})${R}`, 'gu');
/** the purpose of a signing, when its sentence names nothing else: "ký quy chế phối hợp nhằm thúc đẩy bình đẳng giới" */
const PURPOSE = new RegExp(`${L}(?:nhằm|để)${R}`, 'gu');
/** a document's name right before "về": "Bản ghi nhớ về ...", "Nghị định thư về ..." */
const DOC_BEFORE = new RegExp(`${DOC_ANY_CASE}\\s+$`, 'u');
/** an item that starts with a document's name ("kế hoạch hợp tác", "Hiệp định khuyến khích"), or is a lead ("nội dung") */
const NO_CONTENT = new RegExp(`^(?:${DOC_ANY_CASE}|(?:${alternationAnyCase(W.contentLeads)})$)`, 'u');
/** a second document after "và", named by its subject: "… và Bản ghi nhớ về hợp tác trong lĩnh vực đường thủy" */
const SECOND_DOC = new RegExp(`\\s(?:và|cùng)\\s+(${DOC_ANY_CASE})(?=\\s+(?:về|hợp tác|phối hợp)${R})`, 'u');
/** how far after a cue the first known sector may start */
const CUE_REACH = 48;
/** a bulleted or numbered line: "- Du lịch, thương mại;", "2. Hợp tác về y tế", "a) giáo dục" */
// (a point's marker as a sector list reads one: "(1)", "2)", "a)", "(ii)")
const BULLET = new RegExp(`^\\s*(?:[-–+•*]|\\d{1,2}\\.|\\(?${POINT}\\))\\s+`, 'u');
const LIST_OPENS = /:\s*$/u;
/**
 * a line that announces the items of what was agreed on the lines below it: "tập trung vào các nội dung chính:",
 * "gồm 6 nhóm nội dung sau:"; each line is an item, whether the taxonomy knows its first words or not
 * ("1. Phối hợp quản lý, bảo vệ đường biên, cột mốc;")
 */
const LIST_ANNOUNCED = new RegExp(`(?:các|những|\\d+|${COUNT_WORDS})\\s+(?:${alternation(W.sectorGroupNouns)})(?:\\s+[\\p{L}\\p{M}]+){0,3}?\\s*:\\s*$`, 'u');
const announces = (text: string) => LIST_ANNOUNCED.test(text.slice(-100));
/** a counted set of groups that is then listed: "4 nhóm hoạt động chính:", "ba nhóm nhiệm vụ:" */
const GROUP_LEAD = new RegExp(`(?:\\d+|${COUNT_WORDS}|các)\\s+nhóm\\s+[^.:;]{0,40}:`, 'u');
/** a document's own heading, in capitals: "BẢN THỎA THUẬN HỢP TÁC", "BIÊN BẢN GHI NHỚ" (a news headline is in sentence case) */
const HEADING = new RegExp(`^\\s*(?:BẢN\\s+)?(?:${alternation(W.documents.map((d) => d.toUpperCase()))})(?:\\s+(?:HỢP TÁC|PHỐI HỢP))?\\s*$`, 'u');
/** the lines under it: "GIỮA HAI TỈNH A VÀ B", "Giai đoạn 2016 - 2020", "VỀ HỢP TÁC ..." */
const HEADING_MORE = /^\s*(?:giữa|giai đoạn|thời kỳ|về|năm)\s[^.;:]{0,120}$/iu;
const HEADING_LINES = 3;
/** a title ("Hà Tĩnh ký kết thỏa thuận ...") ends at its line: a headline is not a sentence of the body */

interface Sentence { start: number; end: number; paragraph?: number }

/**
 * Split on commas and "và", except a "và" inside an organisation's name: after
 * "Phòng Thương mại", "Bộ Nông nghiệp", "Cục Tin học", ... words that do not
 * start another body or place continue the name ("Phòng Thương mại và Công
 * nghiệp", "Cục Tin học và thống kê tài chính").
 */
function splitAnd(p: string): string[] {
  const out: string[] = [];
  // the pieces with the separator before each: "Bộ Khoa học" ", Công nghệ Thông tin" " và Truyền thông"
  const pieces = p.split(/(\s*,\s*|\s+và\s+)/u);
  let cur = pieces[0];
  let extended = false;
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const sep = pieces[i], b = pieces[i + 1];
    const comma = sep.includes(',');
    // a name goes on after a head and a word or two ("Bộ Nông nghiệp và Phát triển nông thôn",
    // "Bộ Khoa học, Công nghệ Thông tin và Truyền thông"); after a complete name
    // ("UBND tỉnh Quảng Ninh") the next party starts
    const head = ORG_HEAD.exec(cur);
    const goesOn = head !== null && (cur.split(/\s+/).length <= 3 || extended || longHeadGoesOn(cur, head[0].length, b) || (!comma && fieldsJoined(cur, b)))
      && !ORG_HEAD.test(b) && !NEW_PARTY.test(b) && (!comma || /^\p{Lu}/u.test(b));
    if (goesOn) { cur += (comma ? ', ' : ' và ') + b; extended = extended || comma; }
    else { out.push(cur); cur = b; extended = false; }
  }
  out.push(cur);
  return out;
}

/**
 * A head of two syllables or more and two words of a field after it go on with a capitalised word after "và"
 * ("Tổ chức Lương thực và Nông nghiệp"); not a place after the head or after "và" ("Ủy ban châu Âu và Việt Nam",
 * "Chính phủ Việt Nam và Cộng đồng châu Âu" are two parties).
 */
function longHeadGoesOn(cur: string, headEnd: number, b: string): boolean {
  const after = cur.slice(headEnd).trim();
  return after.split(/\s+/u).length <= 2 && /^\p{Lu}/u.test(b) && !findPlaces(after, 0, after.length).length && placeLengthAt(b, 0) === 0;
}

/**
 * Two fields of a business's name joined by "và", each a word of the language in title case, however long the
 * name before them: "Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam", "Công ty cổ phần Xây dựng và
 * Thương mại Hà Nam". A proper name before "và" is another party's end: "Công ty cổ phần FPT và Viettel".
 */
function fieldsJoined(cur: string, b: string): boolean {
  const before = cur.split(/\s+/u).slice(-2), after = b.split(/\s+/u, 2);
  // (a body's head is no field, though a word of the language: "Sở Văn hóa, Thể thao và Du lịch và Công an tỉnh Hà Tĩnh")
  return titleCaseWord(before) && titleCaseWord(after) && organizationEnd(b, 0, b.length, NO_STOP) < 0;
}
/** (a place is no field: "Chính phủ Việt Nam và Cộng đồng châu Âu" are two parties) */
const titleCaseWord = (w: string[]) => w.length === 2 && /^\p{Lu}/u.test(w[0]) && COMPOUNDS.has(`${w[0].toLowerCase()} ${w[1].toLowerCase()}`)
  && placeLengthAt(w.join(' '), 0) === 0;

/** Commas and "và" inside a compound name ("Văn hóa, Thể thao và Du lịch") do not separate parties. */
function maskCompounds(p: string): string {
  return p.replace(COMPOUND_NAME, (m) => m.replace(/,/g, '\u0001').replace(/ và /g, ' \u0002 '));
}
const unmask = (s: string) => s.replace(/\u0001/g, ',').replace(/\u0002/g, 'và');

/** a place's level after a dash: a new party ("UBND tỉnh A - tỉnh B") */
const DASH_LEVEL = /^(?:tỉnh|thành phố)\s/u;
/**
 * "A - B": two parties when B opens with a body's head or is a place ("Ninh Bình - Hải Phòng ký thỏa thuận …", the
 * headline's way of naming the two sides), one when the dash is inside a name ("Bà Rịa - Vũng Tàu", "Tập đoàn Than -
 * Khoáng sản Việt Nam").
 */
function splitDash(x: string): string[] {
  const pieces = x.split(/\s+[-–]\s+/u);
  const out = [pieces[0]];
  for (const b of pieces.slice(1)) {
    const a = out[out.length - 1], joined = `${a} - ${b}`;
    // (a place's name running over the dash keeps it: "UBND tỉnh Thừa Thiên - Huế")
    const across = placeLengthAt(b, 0) > 0 && findPlaces(joined, 0, joined.length).some((p) => p.start < a.length && p.end > a.length + 3);
    // (a body's head there is a new party: "Sở Y tế - Bệnh viện Bạch Mai")
    if (ORG_HEAD.test(b) || DASH_LEVEL.test(b) || (placeLengthAt(b, 0) > 0 && !across)) out.push(b);
    else out[out.length - 1] = joined;
  }
  return out;
}

/** "A, B và C": split on commas and "và", but not inside a ministry-like name ("Nông nghiệp và Phát triển nông thôn"). */
function splitParties(p: string, byWith: boolean): string[] {
  const masked = maskCompounds(p);
  // "giữa A với B và C": "với" is the only split, B may be "phía Bắc và Bắc Trung Bộ"
  // "giữa A - B": a dash between two names
  const parts = byWith ? masked.split(/\s+với\s+/u) : splitAnd(masked).flatMap(splitDash);
  return parts.map((x) => unmask(x).trim()).filter(Boolean);
}

/** The raw party phrases of a signing at `at` in sentence [s0, s1) of t (windows bounded). */
function rawParties(t: string, s0: number, s1: number, at: number, passive: boolean): string[] {
  const w0 = Math.max(s0, at - WINDOW), w1 = Math.min(s1, at + WINDOW);
  const after = t.slice(at, w1);
  const between = BETWEEN.exec(after) ?? BETWEEN.exec(t.slice(w0, at));
  let counted = false;
  if (between) {
    const inner = between[1];
    const parts = splitParties(inner, /\s+với\s+/u.test(inner));
    if (!parts.every(isGeneric)) return parts;
    // "giữa hai đơn vị", "giữa hai bên": the two are named in the subject before the verb, if anywhere
    counted = true;
  }
  const out: string[] = [];
  // the subject: the words before the verb since the last comma, without "đã", "vừa", ...
  // since the last clause break; a list of bodies before it goes with it ("Bộ Quốc phòng, Bộ Công an, Bộ Ngoại giao đã ký")
  const masked = maskCompounds(t.slice(w0, at)).replace(LED_BY, '$1');
  const clause = masked.replace(/^.*[:;“"|]/su, '').split(/\s*,\s*/u);
  let first = clause.length - 1;
  while (first > 0 && ORG_HEAD.test(clause[first]) && ORG_HEAD.test(clause[first - 1].trim()) && clause[first - 1].trim().split(/\s+/).length <= 10) first--;
  let subject = unmask(clause.slice(first).join(', '));
  for (let k = 0; k < 4; k++) subject = subject.replace(AUX_TAIL, '');
  subject = subject.replace(SUBJECT_END, '').trim();
  const plausible = subject && !passive && !WITNESS.test(subject) && !SUBORDINATE.test(subject) && subject.split(/\s+/).length <= 24;
  if (plausible) out.push(...splitParties(subject, false));
  // (two of them: "tiến hành Hội đàm và triển khai ký kết … giữa hai tỉnh" names none)
  if (counted) return out.filter((r) => !isGeneric(r) && resolveParty(r) !== null).length >= 2 ? out : [];
  const w = WITH.exec(after);
  if (w) out.push(...splitParties(w[1], false));
  return out;
}

/** how long before the page a signing it tells is one told again, not the news (last December's, on a page of January, is news) */
const TOLD_AGAIN_DAYS = 90;
/** a year a signing is told in, before its verb: "Năm 2019,", "Từ năm 2015,", "Tháng 3/2018," (not a period's: "giai đoạn 2019-2023") */
const SIGNED_YEAR = /(?<![\p{L}\p{M}])(?<!(?:giai đoạn|đến|tới|hết)\s+)(?:[Nn]ăm|[Tt]háng\s+\d{1,2}\s*[/.-])\s*((?:19|20)\d{2})(?!\s*[-–—]\s*(?:19|20)\d{2})(?![\d\p{L}])/gu;
/** The earliest year a signing is told in, before its verb; Infinity when none. */
function yearBefore(s: string): number {
  let y = Infinity;
  for (const m of s.matchAll(SIGNED_YEAR)) y = Math.min(y, +m[1]);
  return y;
}

/** What was signed, canonical, from the document noun after (or at) the verb. */
function documentAt(t: string, from: number, to: number): { doc: string | null; at: number } {
  const raw = t.slice(from, Math.min(to, from + 60));
  const s = raw.toLowerCase();
  for (const m of matches(DOC_LOWER, s)) {
    if (!atWordStart(s, m.index!)) continue;
    const d = raw.slice(m.index!, m.index! + m[0].length).replace(/\s+/g, ' ');
    const low = d.toLowerCase();
    const c = CANONICAL.has(low) ? CANONICAL.get(low)! : low;
    return { doc: c, at: from + m.index! };
  }
  return { doc: null, at: -1 };
}

/** The words that name one document ("Bản ghi nhớ về hợp tác y tế"), for telling two documents apart. */
function docName(t: string, at: number, to: number): string {
  return t.slice(at, Math.min(to, at + 120)).replace(/\s+(?:giữa|ký giữa|được|đã|với|của|tại)\s.*$/su, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface Candidate {
  at: number; end: number; sent: number; inTitle: boolean;
  doc: string | null; name: string;
  parties: Party[];
  from: number | null; until: number | null; date: string | null;
  sectors: Sector[];
  collective: boolean; listItem: boolean; additive: boolean;
  /** a collective signing whose documents its sentence does not list ("trao 5 biên bản ghi nhớ đầu tư") */
  unlisted?: boolean;
  /** its content is told: a "lĩnh vực" list in its sentence, or a sentence describing it */
  described: boolean;
  /** the sectors of that telling; they replace what a mention says in passing ("hợp tác phát triển kinh tế - xã hội") */
  listed: Sector[];
  /** the known sectors of its purpose clause ("nhằm thúc đẩy bình đẳng giới"): the content when nothing else tells it */
  purpose: Sector[];
  /** the document's own heading ("BẢN THỎA THUẬN HỢP TÁC"): the text is the agreement, its first sentence tells its content */
  heading: boolean;
}

const extractor: Extractor = {
  id: 'agreements',
  needs: ['segmentation'],
  run: (a, { segmentation }) => agreements(a, segmentation),
};
export default extractor;

function agreements(a: Article, seg: Segmentation): { agreements: Agreement[]; cooperationFields: Sector[] } {
  const cooperationFields: Sector[] = [];
  const { start: b0, end: b1 } = a.body;
  const t = a.text.slice(b0, b1);
  // most articles sign nothing and list no sector: two literal searches settle that (see after the signings)
  const signHints = SIGN_HINT.in(t), handHints = HAND_HINT.in(t);
  const signs = signHints.starts.length > 0 || handHints.starts.length > 0;
  // a sector list's lead names its noun ("trên các lĩnh vực", "4 nhóm nhiệm vụ:"): a sentence without one starts no list
  const nouns = SECTOR_LEAD_HINT.in(t);
  const span = (s: number, e: number): Span => a.span(b0 + s, b0 + e);
  // the body's shared sentences, as offsets into t; a line is never longer than its sentence
  const sents: Sentence[] = seg.sentences.map((x) => ({ start: x.start - b0, end: x.end - b0, paragraph: x.paragraph }));
  const titleEnd = a.titleRange ? a.titleRange.end - b0 : -1;
  const pubYear = a.published ? +a.published.slice(0, 4) : null;
  const pubTime = a.published ? Date.parse(a.published.slice(0, 10)) : NaN;

  /** the scans of [from, to) below read the text only a little past `to` (see scanText) */
  const upTo = (to: number) => scanText(t, to);
  /** the sector lists that start at the leads of [from, to): one scan of the stretch, each list bounded */
  const listsAt = (from: number, to: number, knownFirst = false): Sector[] => {
    const out: Sector[] = [];
    // a lead read holds its noun ("lĩnh vực") inside the stretch: without one the scan would only run on past it
    if (to <= from || !hintWithin(nouns, from, to)) return out;
    // each list ends before the next lead, so each character is read by one list; the scan is lazy
    let prev = -1;
    const read = (s: number, limit: number) => {
      const r = sectorList(t, s, Math.min(limit, s + LIST_MAX), span);
      if (knownFirst && r.sectors[0]?.key == null) return;
      out.push(...r.sectors);
    };
    const u = upTo(to);
    SECTOR_LEAD.lastIndex = from;
    for (let m = SECTOR_LEAD.exec(u); m && m.index < to; m = SECTOR_LEAD.exec(u)) {
      if (!atWordStart(t, m.index) || m.index + m[0].length > to) continue;
      if (prev >= 0) read(prev, m.index);
      prev = m.index + m[0].length;
    }
    if (prev >= 0) read(prev, to);
    return out;
  };
  /**
   * What was agreed, listed without "lĩnh vực": from the first known sector
   * shortly after a cue ("Theo đó, hai bên sẽ hợp tác, triển khai các hoạt
   * động chung về phát triển du lịch; đào tạo, ..."). Cues inside a list just
   * read are skipped, so each character is read a bounded number of times.
   */
  const cuedAt = (from: number, to: number): Sector[] => {
    const out: Sector[] = [];
    const u = upTo(to);
    CONTENT_CUE.lastIndex = from;
    for (let m = CONTENT_CUE.exec(u); m && m.index < to; m = CONTENT_CUE.exec(u)) {
      const c = m.index + m[0].length;
      if (c > to || !atWordStart(t, m.index)) continue;
      const subject = /^về$/iu.test(m[0]) && DOC_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index));
      let k = firstKnown(t, c, Math.min(to, c + CUE_REACH), subject);
      // what a document is about is its content as written, known or not ("Chương trình hợp tác về bồi dưỡng giáo
      // viên"): a short item or two, not a clause ("về việc triển khai dự án xây dựng nhà máy ...")
      const asWritten = k < 0 && subject;
      if (asWritten) k = c + /^\s*/u.exec(t.slice(c, c + 8))![0].length;
      if (k < 0) continue;
      const r = sectorList(t, k, Math.min(to, k + (asWritten ? ABOUT_MAX : LIST_MAX)), span, false, true);
      // (an item that names a document or a lead is no content: "Bản ghi nhớ về kế hoạch hợp tác giữa hai Văn phòng",
      // "các Hiệp định về tránh đánh thuế 2 lần, Hiệp định khuyến khích …", "Biên bản ghi nhớ về nội dung …"; a goal
      // alone is one only when nothing else tells the content, see aboutAt)
      const items = asWritten ? r.sectors.filter((x) => x.key !== null || !NO_CONTENT.test(x.text)) : r.sectors;
      if (!asWritten || items.some((x) => !isGenericSector(x.text))) out.push(...items);
      // the cues inside the list just read start nothing: the scan goes on after it
      CONTENT_CUE.lastIndex = Math.max(r.end, k + 1);
    }
    return out;
  };
  /** the lists of a stretch: after "lĩnh vực", else after a cue */
  const contentAt = (from: number, to: number): Sector[] => {
    const listed = listsAt(from, to);
    return listed.length ? listed : cuedAt(from, to);
  };
  /**
   * "ký thỏa thuận hợp tác về du lịch và thương mại": known sectors only. A goal ("hợp tác phát triển kinh tế - xã
   * hội") counts among fields ("hợp tác về phát triển kinh tế, xã hội, quốc phòng, an ninh"); a goal alone goes to
   * `goals`, the content only when nothing else tells it (see purpose).
   */
  const aboutAt = (from: number, to: number, goals?: Sector[]): Sector[] => {
    const out: Sector[] = [];
    const u = upTo(to);
    COOPERATION_ABOUT.lastIndex = from;
    for (let m = COOPERATION_ABOUT.exec(u); m && m.index < to; m = COOPERATION_ABOUT.exec(u)) {
      const s = m.index + m[0].length;
      if (s > to || !atWordStart(t, m.index)) continue;
      // a loose lead names its sectors right after it: a short list, and the next lead starts after it
      const r = sectorList(t, s, Math.min(to, s + ABOUT_MAX), span, true);
      COOPERATION_ABOUT.lastIndex = Math.max(r.end, s);
      if (r.sectors.some((x) => !isGenericSector(x.text))) out.push(...r.sectors);
      else goals?.push(...r.sectors);
    }
    return out;
  };
  /** "nhằm thúc đẩy bình đẳng giới, ...": the first purpose clause of the stretch, its known sectors first */
  const purposeAt = (from: number, to: number): Sector[] => {
    PURPOSE.lastIndex = from;
    const m = PURPOSE.exec(upTo(to));
    if (!m || m.index >= to) return [];
    const c = m.index + m[0].length;
    const k = firstKnown(t, c, Math.min(to, c + CUE_REACH));
    if (k < 0) return [];
    const r = sectorList(t, k, Math.min(to, k + LIST_MAX), span, true);
    // a goal ("nhằm phát triển kinh tế - xã hội") is no field
    const out = r.sectors.filter((x) => !isGenericSector(x.text));
    return out;
  };
  /** a bulleted line read as one list: "- Du lịch, văn hóa;"; under a line that announces the items, any first item */
  const bulletList = (sent: Sentence, announced: boolean): Sector[] => {
    const b = BULLET.exec(t.slice(sent.start, Math.min(sent.end, sent.start + 12)));
    if (!b) return [];
    const inner = listsAt(sent.start, sent.end);
    if (inner.length) return inner;
    const r = sectorList(t, sent.start + b[0].length, Math.min(sent.end, sent.start + LIST_MAX), span);
    if (r.sectors[0]?.key == null && !announced) return [];
    return r.sectors;
  };

  const cands: Candidate[] = [];
  /** sentence index → the candidate signed there */
  const signedIn = new Map<number, Candidate>();
  /** sentences of a planned or hoped-for signing: neither an agreement nor past cooperation */
  const plannedIn = new Set<number>();
  /** after "Các văn kiện hợp tác gồm:": the documents listed on the lines that follow */
  let listing = false;

  sents.forEach((sent, k) => {
    const inTitle = sent.start < titleEnd;
    // a sentence outside the headline, listing no documents and naming no signing says nothing here
    const signHere = signs && (hintWithin(signHints, sent.start, sent.end)
      || (hintWithin(handHints, sent.start, sent.end) && HANDED.test(t.slice(sent.start, sent.end))));
    if (!signHere && !listing && !inTitle && !mayListDocuments(t, sent.start, sent.end)) return;
    const text = t.slice(sent.start, sent.end);
    // a listed document: "Bản ghi nhớ về hợp tác y tế giữa Bộ Y tế ... và ...", "2. Nghị định thư ..."
    if (listing) {
      const lead = BULLET.exec(text)?.[0].length ?? (/^\s*/u.exec(text)![0].length);
      DOC_AT.lastIndex = 0;
      const head = text.slice(lead);
      const m = /^\p{Lu}/u.test(head) ? DOC_AT.exec(head) : null;
      if (m) {
        const at = sent.start + lead;
        const c = candidate(k, sent, at, false, true);
        c.listItem = true;
        cands.push(c);
        signedIn.set(k, c);
        return;
      }
      // another numbered line that is no agreement ("3. Giấy chứng nhận bàn giao ...") keeps the list open
      if (!BULLET.test(text)) listing = false;
    }
    if (LIST_OF_DOCUMENTS.test(text)) { listing = true; return; }
    // the page is the signed text: a heading in capitals that names a document, its parties and period on the lines below
    if (inTitle && !cands.length && HEADING.test(text)) {
      let end = sent.end, last = k;
      while (last + 1 < sents.length && last - k < HEADING_LINES && HEADING_MORE.test(t.slice(sents[last + 1].start, sents[last + 1].end))) end = sents[++last].end;
      const c = candidate(k, { start: sent.start, end }, sent.start, false, false);
      c.inTitle = true; c.heading = true;
      // "Giai đoạn 2016 - 2020" on a line of its own starts with a capital
      const period = c.until === null ? PERIOD.exec(t.slice(sent.start, end).toLowerCase()) : null;
      if (period?.[1]) { c.from = +period[1]; c.until = +period[2]; }
      cands.push(c);
      for (let j = k; j <= last; j++) signedIn.set(j, c);
      return;
    }
    if (!signHere) return;
    let signing: RegExpExecArray | null = null;
    /** whether the sentence has sides ("hai bên", "giữa"): read once, when a letter-like signing first asks */
    let sided: boolean | null = null;
    let scopeEnd = sent.end;
    // tense words read once, as far as the signings need them; each signing looks at the latest before it
    TENSE.lastIndex = 0;
    let nextTense = TENSE.exec(text), tense: string | null = null;
    SIGNING.lastIndex = 0;
    for (let m = SIGNING.exec(text); m; m = SIGNING.exec(text)) {
      if (!atWordStart(text, m.index!)) continue;
      const i = m.index!;
      if (NOT_SIGN_BEFORE.test(text.slice(Math.max(0, i - 8), i))) continue;
      const letter = /^ký$/iu.test(m[0]) ? LETTER.exec(text.slice(i + 2, i + 80)) : null;
      // ("ký duyệt", "ký xác nhận", "ký nhận", "ký tên vào": an official's act however many names the sentence has)
      if (letter && (letter[1] || (!(sided ??= SIDES.test(text)) && !twoParties(sent, sent.start + i)))) continue;
      while (nextTense && nextTense.index < i) {
        if (atWordStart(text, nextTense.index)) tense = nextTense[0].toLowerCase();
        nextTense = TENSE.exec(text);
      }
      const before = text.slice(Math.max(0, i - WINDOW), i);
      const clause = before.split(/[,;:]\s/u).pop()!;
      // (after the verb: a time to come, with no past marker before it: "hai bên thống nhất ký kết thỏa thuận hợp tác
      // về du lịch trong thời gian tới"; a quarter or a month after the page's day: "ký kết … trong quý IV năm 2026")
      const after = clauseAfter(text.slice(i + m[0].length, i + m[0].length + 200));
      const notPast = tense === null || FUTURE.has(tense);
      const later = notPast && (FUTURE_AFTER.test(after) || (!Number.isNaN(pubTime) && whenAfter(after) > pubTime));
      const planned = later || HEDGE.test(before.slice(-40)) || HEDGE_IN_CLAUSE.test(clause) || /\ssẽ\s/u.test(m[0])
        || (!/^(?:ký|trao|đã|vừa)/iu.test(m[0]) && TO_COME.test(text.slice(i + m[0].length, i + m[0].length + 90)))
        || (tense !== null && FUTURE.has(tense)) || DRAFT.test(before.slice(-40));
      // what the signing covers ends where a planned one starts, or another signing opens a new clause
      // ("..., ký kết thỏa thuận ..."); "ký kết và trao biên bản ..." is the same act
      if (signing) {
        if (planned || /[,;:]\s*(?:\S+\s+){0,3}$/u.test(text.slice(Math.max(0, i - 30), i))) { scopeEnd = sent.start + i; break; }
        continue;
      }
      if (planned) { plannedIn.add(k); continue; }
      if (PAST_LEAD.test(before.slice(-40))) continue;
      const passive = !/^(?:ký|lễ|trao|đã|vừa)/iu.test(m[0]);
      if (passive) {
        // "Thỏa thuận đã ký trong thời gian qua", "tổng kết Biên bản ghi nhớ đã ký": referred to, not signed now
        const signedAt = i + m[0].length + (/(?:được|đã|vừa)\s+ký(?:\s+kết)?/u.exec(text.slice(i + m[0].length, i + m[0].length + 90))?.index ?? 0);
        const verb = /(?:được|đã|vừa)\s+ký(?:\s+kết)?/u.exec(text.slice(signedAt, signedAt + 40));
        const afterVerb = verb ? text.slice(signedAt + verb.index + verb[0].length, signedAt + verb.index + verb[0].length + 60) : '';
        // ("Theo biên bản ghi nhớ vừa ký, …": just signed is this signing, not one referred to)
        if (PAST_AFTER.test(afterVerb) || (PAST_BEFORE.test(before.slice(-40)) && !/^vừa/u.test(verb?.[0] ?? ''))) continue;
        // "Hiệp định … được ký kết giữa A và B từ ngày 15/12/1998": in force since, a signing referred to (said after the
        // verb: a date in what is signed is its content, "ký tắt thỏa thuận về việc bãi bỏ hạn ngạch từ ngày 1/1/2005")
        if (SINCE.test(afterVerb)) continue;
      } else if (PAST_AFTER.test(text.slice(i + m[0].length, i + m[0].length + 60)) && !DOC_AT_START(text, i + m[0].length)) continue;
      signing = m;
    }
    if (!signing) return;
    plannedIn.delete(k);
    const at = sent.start + signing.index!;
    const c = candidate(k, { start: sent.start, end: scopeEnd }, at, !/^(?:ký|lễ|trao|đã|vừa)/iu.test(signing[0]), false);
    // "Năm 2019, hai tỉnh đã ký kết …", "Ngày 20/3/2018, …" on a page of 2024: a signing told again, long before the page
    // (a signing of last December on a page of January is this one)
    if (!Number.isNaN(pubTime)) {
      // (or after it, in its clause: "ký kết biên bản ghi nhớ với tỉnh B vào năm 2020, …")
      const said = whenAfter(clauseAfter(t.slice(at + signing[0].length, at + signing[0].length + 200)));
      const y = Math.min(yearBefore(t.slice(Math.max(sent.start, at - WINDOW), at)), Number.isNaN(said) ? Infinity : new Date(said).getUTCFullYear());
      const signed = c.date !== null && +c.date.slice(0, 4) < pubYear! ? Date.parse(c.date) : y < pubYear! ? Date.UTC(y, 11, 31) : NaN;
      if (pubTime - signed > TOLD_AGAIN_DAYS * 86_400_000) return;
    }
    c.inTitle = inTitle;
    c.collective = COLLECTIVE.test(t.slice(at, at + 80).replace(SIGNING_VERBS, ''));
    c.additive = ADDITIVE.test(t.slice(sent.start, at));
    cands.push(c);
    signedIn.set(k, c);
    if (LIST_OPENS.test(text) && c.collective) listing = true;
    // "đã ký 3 văn kiện, gồm: Bản ghi nhớ về …; Thỏa thuận về …": the documents listed in the same sentence
    if (c.collective) {
      const items = inlineItems(t, at, scopeEnd);
      // its documents listed nowhere: it may stand for itself (see merge)
      c.unlisted = !items.length && !LIST_OPENS.test(text);
      // an item names its own parties when it has them, else those of the signing before the colon
      // ("Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký 2 văn kiện, gồm: …"), not those another item names
      const before = items.length ? candidate(k, { start: sent.start, end: items[0].start }, at, false, false) : null;
      for (const item of items) {
        const ci = candidate(k, item, item.start, false, true);
        ci.listItem = true;
        if (!ci.parties.length) ci.parties = before!.parties;
        ci.date ??= c.date;
        cands.push(ci);
      }
    } else if (c.doc !== null) {
      // "đã trao đổi Bản ghi nhớ về hợp tác hạ tầng … và Bản ghi nhớ về hợp tác trong lĩnh vực đường thủy nội địa": a
      // second document named with its own subject after "và" is another agreement, between the same sides
      const m = SECOND_DOC.exec(t.slice(at, scopeEnd));
      // (not a bare "hợp tác" or "văn bản": "ký kết thỏa thuận … và hợp tác về kinh tế" goes on telling the one signing)
      if (m && !/^(?:hợp tác|văn bản)$/iu.test(m[1].trim())) {
        const s2 = at + m.index + m[0].length - m[1].length;
        const ci = candidate(k, { start: s2, end: scopeEnd }, s2, false, true);
        ci.listItem = true;
        if (!ci.parties.length) ci.parties = c.parties;
        ci.date ??= c.date;
        cands.push(ci);
      }
    }
  });

  /** whether a signing at `at` has two parties or more: the subject and "với B", or "A và B" */
  function twoParties(sent: Sentence, at: number): boolean {
    let n = 0;
    for (const r of rawParties(t, sent.start, sent.end, at, false)) if (!isGeneric(r) && resolveParty(r)) n++;
    return n >= 2;
  }

  function candidate(k: number, sent: Sentence, at: number, passive: boolean, listItem: boolean): Candidate {
    let end = sent.end;
    while (end > at && /[\s.…]/.test(t[end - 1])) end--;
    if (end - at > WINDOW) {
      // a long sentence: the agreement's text ends at a word within the window
      end = at + WINDOW;
      while (end > at && /[\p{L}\p{M}\p{N}]/u.test(t[end])) end--;
    }
    const { doc, at: docAt } = documentAt(t, at, sent.end);

    const w1 = Math.min(sent.end, at + WINDOW);
    const period = PERIOD.exec(t.slice(at, w1)) ?? PERIOD.exec(t.slice(Math.max(sent.start, at - WINDOW), at));
    let from: number | null = null, until: number | null = null;
    if (period) {
      if (period[1]) { from = +period[1]; until = +period[2]; }
      else if (period[3]) until = +period[3];
      else if (period[4]) { from = +period[4]; until = +(period[5] ?? period[4]); }
    }
    const day = DAY.exec(t.slice(Math.max(sent.start, at - WINDOW), w1));
    let date: string | null = null;
    if (day) {
      const y = day[3] ? +day[3] : pubYear;
      const d = +day[1], mo = +day[2];
      if (y && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
    const raw = listItem
      ? rawParties(t, sent.start, sent.end, at, true)
      : rawParties(t, sent.start, sent.end, at, passive);
    const parties: Party[] = [];
    for (const r of raw) {
      // "hai bên", "hai tỉnh": the parties named in another mention
      if (isGeneric(r)) continue;
      const p = resolveParty(r);
      if (p && !parties.some((q) => partyKey(q) === partyKey(p))) parties.push(p);
    }
    // the lists after the signing: one before it belongs to another verb ("có toàn quyền trong lĩnh vực ..., ký ...")
    // a mention that names no document ("Phát biểu tại lễ ký kết, ông ... nhấn mạnh tiềm năng về du lịch")
    // says nothing of its content beyond an explicit "lĩnh vực" list
    const listed = listsAt(at, sent.end);
    const described = listed.length > 0;
    let sectors: Sector[] = [];
    if (!described && docAt >= 0) sectors = cuedAt(at, sent.end);
    const goals: Sector[] = [];
    if (!described && !sectors.length) sectors = aboutAt(at, sent.end, goals);
    // the purpose, else the goal it is about, counts when nothing in the article tells the content (see toAgreement):
    // "ký Biên bản ghi nhớ hợp tác phát triển kinh tế - xã hội giai đoạn 2026 - 2030"
    let purpose = !described && !sectors.length ? purposeAt(at, sent.end) : [];
    if (!purpose.length) purpose = goals;
    return {
      at, end, sent: k, inTitle: false, doc, name: docAt >= 0 ? docName(t, docAt, sent.end) : '',
      parties, from, until, date, sectors, collective: false, listItem, additive: false, described, listed, purpose, heading: false,
    };
  }

  // nothing signed: only cooperation reported without a signing remains, and it needs a sector list's lead
  if (!cands.length && !nouns.starts.length) return { agreements: [], cooperationFields };
  // with no signing word, a document's heading or a list of documents counts in a body that may lead a list only
  if (!signs && !LEAD_HINT.any(t)) return { agreements: [], cooperationFields };
  const signed = cands.length > 0;
  /** where the words that may lead a list stand, found when a sentence first asks */
  let leads: Hints | undefined;

  // the content of a signing said after it: "Theo đó, ...", "Thỏa thuận tập trung vào ...", bulleted lines
  let last: Candidate | null = null;
  let lastSent = -1;
  let bullets = false;
  /** the bulleted lines were announced as the items ("các nội dung chính:"): each is read, a line without one keeps them going */
  let announced = false;
  /** the fields a sentence lists from the first one known, without a cue ("Theo đó, Viettel sẽ hỗ trợ tỉnh xây dựng chính quyền số, …") */
  const fields = (sent: Sentence): Sector[] => {
    const f = firstField(t, sent.start, sent.end);
    return f >= 0 ? sectorList(t, f, Math.min(sent.end, f + LIST_MAX), span, false, true).sectors : [];
  };
  /** ... after a signing that named its subject only, a list of two or more, told right after it */
  const twoOrMore = (sent: Sentence): Sector[] => {
    const r = fields(sent);
    return r.length >= 2 ? r : [];
  };
  /** "Theo thỏa thuận, hai bên tập trung vào ...": said before the signing it describes (a caption-led report) */
  const before: Sector[] = [];
  sents.forEach((sent, k) => {
    // with nothing signed, a sentence tells only of cooperation ("đã hợp tác trên các lĩnh vực ..."), after a lead's noun
    if (!signed && !hintWithin(nouns, sent.start, sent.end)) return;
    const own = signedIn.get(k);
    if (plannedIn.has(k)) return;
    if (own) {
      last = own; lastSent = k;
      bullets = LIST_OPENS.test(t.slice(sent.start, sent.end)) && !own.collective;
      announced = bullets && announces(t.slice(sent.start, sent.end));
      return;
    }
    const text = t.slice(sent.start, sent.end);
    // "Bản ghi nhớ có hiệu lực đến năm 2020": the period said after the signing
    if (last && (last as Candidate).until === null && (backref(text) || (last !== null && k - lastSent <= DESCRIBE_SENTENCES && DESCRIBES.test(text)))) {
      const p = PERIOD.exec(text.slice(0, WINDOW));
      if (p && (p[1] || p[3])) {
        (last as Candidate).from = p[1] ? +p[1] : null;
        (last as Candidate).until = +(p[2] ?? p[3]);
      }
    }
    const near = last !== null && k - lastSent <= DESCRIBE_SENTENCES;
    // the first description of what was signed is its content; later ones tell of activities
    const open = last !== null && !(last as Candidate).described;
    // a description names its content after any cue ("Hai bên phối hợp ... hoạt động về công tác Đoàn"), not only "lĩnh vực"
    // ... right after a signing that itself named none
    // ... as does the first sentence under a document's heading, its preamble ("Nhằm đẩy mạnh hợp tác toàn diện về ...")
    const preamble = open && k === lastSent + 1 && (last as Candidate).heading;
    const next = open && k === lastSent + 1 && DESCRIBES.test(text);
    const describing = preamble || (next && !(last as Candidate).sectors.length);
    const content = next && !describing && DESCRIBES_CONTENT.test(text);
    if (!hintWithin(leads ??= LEAD_HINT.in(t), sent.start, sent.end) && !BULLET.test(text) && !describing) {
      const r = content ? twoOrMore(sent) : [];
      if (r.length) { (last as Candidate).listed.push(...r); (last as Candidate).described = true; lastSent = k; }
      bullets = bullets && BULLET.test(text);
      return;
    }
    const describes = open && (backref(text) || AGREED_LIST.test(text) || (near && DESCRIBES.test(text)));
    if (last === null && signedIn.size && (backref(text) || AGREED_LIST.test(text))) {
      if (!before.length) before.push(...contentAt(sent.start, sent.end));
      if (before.length) return;
    }
    if (last && bullets && BULLET.test(text)) {
      const items = bulletList(sent, announced);
      if (items.length) { (last as Candidate).listed.push(...items); (last as Candidate).described = true; lastSent = k; return; }
      if (announced) { lastSent = k; return; }
    }
    bullets = false;
    // the description goes on in its paragraph ("Hai bên cũng ... mở rộng hợp tác về nguồn nhân lực"):
    // its explicit lists and "hợp tác về" count, not cued words
    if (last && (last as Candidate).described && k === lastSent + 1 && sent.paragraph === sents[lastSent].paragraph
      && (DESCRIBES.test(text) || backref(text))) {
      const more = [...listsAt(sent.start, sent.end), ...aboutAt(sent.start, sent.end)];
      if (more.length) { (last as Candidate).listed.push(...more); lastSent = k; }
      return;
    }
    if (describes || preamble) {
      const listed = contentAt(sent.start, sent.end);
      if (preamble && !listed.length) listed.push(...aboutAt(sent.start, Math.min(sent.end, sent.start + LIST_MAX)));
      // right after a signing that named none, its content may follow no cue: from the first field known
      // ... and after one that named its subject, a list of two or more goes on telling it ("ký kết thỏa thuận hợp tác
      // về chuyển đổi số. Theo đó, Viettel sẽ hỗ trợ tỉnh xây dựng chính quyền số, đô thị thông minh, hạ tầng 5G")
      if (describing && !listed.length) listed.push(...fields(sent));
      else if (content && !listed.length) listed.push(...twoOrMore(sent));
      // a list of groups of activities ("gồm 4 nhóm hoạt động chính: ...; tổ chức ..., tập trung vào giáo dục tài chính; ..."):
      // a group after the first names its field after a cue, however long the group before it
      const group = GROUP_LEAD.exec(text.slice(0, LIST_MAX));
      if (group) {
        const limit = Math.min(sent.end, sent.start + group.index + LIST_MAX);
        for (let p = t.indexOf(';', sent.start + group.index); p >= 0 && p < limit;) {
          const next = t.indexOf(';', p + 1);
          const e = next < 0 || next > limit ? limit : next;
          listed.push(...cuedAt(p + 1, e));
          p = next;
        }
      }
      if (listed.length) { (last as Candidate).listed.push(...listed); (last as Candidate).described = true; lastSent = k; }
      if (LIST_OPENS.test(text)) { bullets = true; announced = announces(text); lastSent = k; }
      return;
    }
    // cooperation reported without a signing: "đã trao đổi, hợp tác ... trên các lĩnh vực ..."
    // (a lead inside the list just read is one of its items' words: each field is read once)
    let listEnd = -1;
    if (hintWithin(nouns, sent.start, sent.end)) for (const m of matches(SECTOR_LEAD, text)) {
      if (sent.start + m.index! < listEnd || !atWordStart(text, m.index!)) continue;
      const clause = text.slice(Math.max(0, m.index! - 120), m.index!).split(/[;.]\s/u).pop()!;
      if (!COOPERATION.test(clause)) continue;
      const s = sent.start + m.index! + m[0].length;
      const r = sectorList(t, s, Math.min(sent.end, s + LIST_MAX), span);
      if (r.sectors[0]?.key == null) continue;
      cooperationFields.push(...r.sectors);
      listEnd = r.last;
    }
  });

  const first = cands.find((c) => !c.inTitle);
  if (first && !first.described && before.length) { first.listed.push(...before); first.described = true; }
  return { agreements: merge(cands, t, span), cooperationFields };
}

/**
 * The documents a collective signing lists after a colon in its own sentence, apart by semicolons
 * ("ký 3 văn kiện, gồm: Bản ghi nhớ về hợp tác giáo dục; Thỏa thuận về du lịch; …"): each item that opens
 * with a document's name, when two or more do; none otherwise.
 */
function inlineItems(t: string, at: number, end: number): Array<{ start: number; end: number }> {
  const colon = t.indexOf(':', at);
  if (colon < 0 || colon >= end || t.indexOf(';', colon) < 0 || t.indexOf(';', colon) >= end) return [];
  const items: Array<{ start: number; end: number }> = [];
  for (let s = colon + 1; s < end;) {
    let e = t.indexOf(';', s);
    if (e < 0 || e > end) e = end;
    let lead = s;
    while (lead < e && /\s/u.test(t[lead])) lead++;
    const head = t.slice(lead, Math.min(e, lead + 80));
    const bullet = BULLET.exec(head)?.[0].length ?? 0;
    DOC_AT.lastIndex = bullet;
    if (/^\p{Lu}/u.test(head.slice(bullet)) && DOC_AT.test(head)) items.push({ start: lead + bullet, end: e });
    s = e + 1;
  }
  return items.length >= 2 ? items : [];
}

/** "..." then a document noun right after the verb: "ký kết Thỏa thuận năm 2025" is signed now */
function DOC_AT_START(text: string, i: number): boolean {
  DOC_AT.lastIndex = 0;
  return DOC_AT.test(text.slice(i).replace(/^\s+(?:kết\s+)?/u, ''));
}

/** Whether two document names share most of their words ("bản ghi nhớ hợp tác hữu nghị giữa hai tỉnh" ~ "bản ghi nhớ hợp tác hữu nghị"). */
function alike(x: string, y: string): boolean {
  const wx = new Set(x.split(' ')), wy = y.split(' ');
  const common = wy.filter((w) => wx.has(w)).length;
  return common >= Math.min(wx.size, wy.length) * 0.7;
}

/**
 * Mentions of one signing become one agreement. A candidate joins an earlier
 * agreement unless it is another document: an item of a listed set of
 * documents, one announced as another ("Cũng trong dịp này ... ký ..."), or
 * a document of another name between other parties. Headline mentions join
 * the body's first agreement.
 */
function merge(cands: Candidate[], t: string, span: (s: number, e: number) => Span): Agreement[] {
  // a set of documents listed nowhere, at an event where another signing is announced as another, is one agreement of its
  // own: "Sáng 30/6, tỉnh đã trao 5 biên bản ghi nhớ đầu tư cho các nhà đầu tư. Cũng tại hội nghị, UBND tỉnh và Ngân
  // hàng A đã ký kết thỏa thuận hợp tác" (not an umbrella over the signings after it: "ký 14 văn kiện, gồm: …")
  const another = !cands.some((c) => c.listItem) && cands.some((c) => c.additive);
  const specific = cands.filter((c) => !c.collective || (another && c.unlisted));
  const pool = specific.some((c) => !c.inTitle) ? specific : cands.filter((c) => !c.inTitle).length ? cands : specific.length ? specific : cands;
  // the body's agreements first; the headline only announces them
  const body = pool.filter((c) => !c.inTitle);
  const title = pool.filter((c) => c.inTitle);
  const groups: Candidate[][] = [];
  /**
   * What each group's members say, kept as they join, so that a candidate is held against a group in time
   * bounded by its own size, not the group's: the names of what was signed, the keys of the parties named, and
   * whether a member names two parties.
   */
  const kept: Array<{ names: Set<string>; parties: Set<string>; pair: boolean }> = [];
  const join = (g: number, c: Candidate) => {
    groups[g].push(c);
    if (c.name) kept[g].names.add(c.name);
    for (const p of c.parties) kept[g].parties.add(partyKey(p));
    kept[g].pair ||= c.parties.length >= 2;
  };
  const multi = cands.some((c) => c.collective) && specific.filter((c) => !c.inTitle).length > 1;
  for (const c of body) {
    let into = -1;
    // look back over a few groups only: merging stays linear
    for (let g = groups.length - 1; g >= Math.max(0, groups.length - 8); g--) {
      const first = groups[g][0];
      const sameName = !!c.name && kept[g].names.has(c.name);
      if (c.listItem) break;
      if (multi && c.doc !== null) { if (sameName && c.name.length > c.doc.length + 8) into = g; break; }
      if (c.additive && c.doc !== null && !sameName) break;
      // another document: both name more than the noun ("Bản ghi nhớ về hợp tác y tế") and not alike
      const otherDoc = c.doc !== null && first.doc !== null && c.name.length > c.doc.length + 8 && first.name.length > first.doc.length + 8 && !alike(c.name, first.name);
      // parties named on both sides and none shared (a mention that names no party, "lễ ký kết 12 văn kiện",
      // neither joins nor parts them)
      const apart = kept[g].parties.size > 0 && c.parties.length > 0 && !c.parties.some((p) => kept[g].parties.has(partyKey(p)));
      // another document, or two named parties each that share none: another signing
      if (apart && (otherDoc || (c.parties.length >= 2 && kept[g].pair))) continue;
      into = g;
      break;
    }
    if (into < 0) { groups.push([]); kept.push({ names: new Set(), parties: new Set(), pair: false }); into = groups.length - 1; }
    join(into, c);
  }
  if (!groups.length && title.length) groups.push([title[0]]);
  else if (title.length && groups.length) groups[0].unshift(...title);
  return groups.map((g) => toAgreement(g, t, span));
}

/** a body named by its head and its level only: "UBND tỉnh", "Sở Công Thương tỉnh", "Ủy ban nhân dân thành phố" */
const LEVEL_ONLY = /\s(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)$/u;

/**
 * Is `short` the words of `long` with some left out, its first and last word kept ("Tập đoàn Than - Khoáng sản Việt
 * Nam"), or its first words, a name cut short ("Sở Văn hóa" for "Sở Văn hóa, Thể thao và Du lịch")?
 */
function shortFor(short: string, long: string): boolean {
  const a = short.toLowerCase().split(' '), b = long.toLowerCase().replace(/,/g, '').split(' ');
  if (a.length < 2 || a.length >= b.length || a[0] !== b[0]) return false;
  if (a.every((w, k) => w === b[k])) return true;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  let j = 0;
  for (const w of b) if (j < a.length && w === a[j]) j++;
  return j === a.length;
}

function toAgreement(g: Candidate[], t: string, span: (s: number, e: number) => Span): Agreement {
  // the first body mention is the agreement's text; the headline is a mention
  const main = g.find((c) => !c.inTitle) ?? g[0];
  const named: Party[] = [];
  const seen = new Set<string>();
  for (const c of [main, ...g]) {
    for (const p of c.parties) {
      const k = partyKey(p);
      if (!seen.has(k)) { seen.add(k); named.push(p); }
    }
  }
  // "UBND tỉnh" (a signatory's body, its place said before) beside "UBND tỉnh Điện Biên" is that party again
  // (each party's name cut at each of its spaces, once: a name is a few words long)
  const heads = new Set<string>();
  for (const p of named) for (let k = p.name.indexOf(' '); k >= 0; k = p.name.indexOf(' ', k + 1)) heads.add(p.name.slice(0, k));
  // a headline shortens a name the body writes in full ("Tập đoàn Than - Khoáng sản Việt Nam" for "Tập đoàn Công nghiệp
  // Than - Khoáng sản Việt Nam"): a party named in the headline only, whose words are those of one body party in order,
  // with its first and last word, is that party
  const inBody = new Set<string>();
  for (const c of g) if (!c.inTitle) for (const p of c.parties) inBody.add(partyKey(p));
  const bodyParties = named.filter((p) => inBody.has(partyKey(p)));
  const shortened = (p: Party) => !inBody.has(partyKey(p)) && bodyParties.filter((q) => shortFor(p.name, q.name)).length === 1;
  const parties = named.filter((p) => !(LEVEL_ONLY.test(p.name) && heads.has(p.name)) && !shortened(p));
  const pick = <T>(f: (c: Candidate) => T | null): T | null => { for (const c of [main, ...g]) { const v = f(c); if (v !== null) return v; } return null; };
  const sectors: Sector[] = [];
  const at = new Set<string>();
  // the same sector said in several mentions (headline, lead, caption) is one; what a
  // list tells of the content replaces what mentions say in passing
  const ordered = [main, ...g.filter((x) => x !== main)];
  for (const c of ordered) for (const s of [...c.sectors, ...c.listed]) {
    const k = `${s.key}|${s.text.toLowerCase()}`;
    if (at.has(k)) continue;
    at.add(k);
    sectors.push(s);
  }
  // (the first mention that says one: "Sáng 5/12, hai bên tổ chức lễ ký kết. Thỏa thuận nhằm thúc đẩy du lịch, …")
  if (!sectors.length) sectors.push(...(ordered.find((c) => c.purpose.length)?.purpose ?? []));
  const mentions = g.filter((c) => c !== main).map((c) => span(c.at, c.end)).sort((x, y) => x.start - y.start);
  const details: AgreementParty[] = parties.map((p) => ({ name: p.name, kind: p.kind }));
  return {
    text: t.slice(main.at, main.end).replace(/\s+/g, ' '),
    document: pick((c) => c.doc),
    parties: details.map((p) => p.name),
    partyDetails: details,
    from: pick((c) => (c.until !== null ? c.from : null)),
    until: pick((c) => c.until),
    date: pick((c) => c.date),
    sectors,
    span: span(main.at, main.end),
    mentions,
  };
}
