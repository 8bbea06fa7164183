// Plants known faults into copies of real articles, for the planted-fault test
// (test/check-planted.test.ts) and scripts/eval-check.mjs. Each function takes
// an article's text (title on its first line) and returns the faulty text; the
// rule that must report it once is in FAULTS.

/** UTF-8 bytes read as Windows-1252 (undefined bytes as Latin-1), as a careless converter does. */
const CP1252 = { 0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ' };
export function misdecode(text) {
  return [...Buffer.from(text, 'utf8')].map((b) => CP1252[b] ?? String.fromCharCode(b)).join('');
}

const lines = (text) => text.replace(/\r\n?/g, '\n').split('\n');
const EOL = (text) => (text.includes('\r\n') ? '\r\n' : '\n');

/** Insert paragraphs after the first paragraph of the body (the first long line after the title). */
function insertAfterFirstParagraph(text, paras) {
  const ls = lines(text);
  let i = ls.findIndex((l, k) => k > 0 && l.trim().length > 120);
  if (i === -1) i = 1;
  ls.splice(i + 1, 0, ...paras);
  return ls.join(EOL(text));
}

/** The same article stored again under a new title, with two words changed. */
export function duplicate(text) {
  const ls = lines(text);
  ls[0] = `${ls[0].trim()} (cập nhật)`;
  return ls.join(EOL(text)).replace(/ và /, ' cùng ').replace(/ của /, ' thuộc ');
}

export function invalidDate(text) {
  return insertAfterFirstParagraph(text, ['Ngày 31/02/2005, cơ quan chức năng đã tiến hành kiểm tra toàn bộ hồ sơ.']);
}

/**
 * An event a year after publication. Articles without a publication line get
 * one, on the last day of the latest year they mention, so no date already in
 * them falls after it.
 */
export function eventAfterPublication(text) {
  const ls = lines(text);
  // a publication line is short and holds a date ("Ngày đăng: 17:36, 25/03/2023")
  const pub = ls.slice(1, 4).filter((l) => l.trim().length <= 60).map((l) => /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(l)).find(Boolean);
  let year;
  if (pub) year = +pub[3];
  else {
    year = Math.max(2000, ...[...text.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)].map((m) => +m[1]));
    ls.splice(1, 0, `Ngày đăng: 23:00, 31/12/${year}`);
  }
  return insertAfterFirstParagraph(ls.join(EOL(text)), [`Ngày 15/3/${year + 1}, đoàn công tác đã đến làm việc tại địa phương.`]);
}

export function enumerationGap(text) {
  return insertAfterFirstParagraph(text, [
    'Lãnh đạo cơ quan yêu cầu các đơn vị thực hiện các việc sau đây.',
    'Thứ nhất, rà soát lại toàn bộ hồ sơ có liên quan.',
    'Thứ hai, báo cáo kết quả rà soát lên cấp trên.',
    'Thứ tư, xử lý nghiêm các trường hợp vi phạm.',
  ]);
}

/** fault → [plant, the rule that must report it]; a duplicate is a new file beside its original. */
export const FAULTS = {
  duplicate: [duplicate, 'duplicate-article'],
  mojibake: [misdecode, 'encoding-mojibake'],
  'invalid-date': [invalidDate, 'date-invalid'],
  'event-after-publication': [eventAfterPublication, 'event-after-publication'],
  'enumeration-gap': [enumerationGap, 'enumeration-gap'],
};
