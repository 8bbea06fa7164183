// How gold and output values are compared: the conventions of the dev set's annotation guide
// (../shared/devset/GUIDE.md), kept here so the project scores itself without ../shared.
// Every rule below changes what counts as equal, so it must stay the same as the guide's
// reference scorer; `.ci/run` cross-checks the two on the same output when ../shared is present.

// Tone on the second vowel of oa/oe/uy (old style, "hoà", "Thuỷ") is matched as the new style
// ("hòa", "Thủy"): an article may write either, gold is written as the article does.
const OLD_TONE_STYLE = [
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];

/** NFC, lower case, new-style tones, no space around '-' or '.', single spaces. null stays null. */
export function fold(s) {
  if (s == null) return s;
  let t = String(s).normalize('NFC').toLowerCase();
  for (const [oldStyle, newStyle] of OLD_TONE_STYLE) t = t.split(oldStyle).join(newStyle);
  return t.replace(/\s*-\s*/g, '-').replace(/\s*\.\s*/g, '.').replace(/\s+/g, ' ').trim();
}

// Short and administrative forms of a province's name, folded, to the guide's canonical name:
// "TP.HCM" and "TP. Hồ Chí Minh" are "Thành phố Hồ Chí Minh", "TT-Huế" is "Thừa Thiên Huế".
const PROVINCE_ALIASES = new Map(Object.entries({
  'tp.hcm': 'thành phố hồ chí minh', 'tp.hồ chí minh': 'thành phố hồ chí minh', 'hồ chí minh': 'thành phố hồ chí minh',
  'thành phố hồ chí minh': 'thành phố hồ chí minh', 'tphcm': 'thành phố hồ chí minh',
  'thừa thiên-huế': 'thừa thiên huế', 'tt-huế': 'thừa thiên huế', 'thừa thiên huế': 'thừa thiên huế',
  'huế': 'thừa thiên huế', 'thành phố huế': 'thừa thiên huế', 'tp.huế': 'thừa thiên huế',
  'tp.hà nội': 'hà nội', 'thành phố hà nội': 'hà nội', 'thủ đô hà nội': 'hà nội',
  'bà rịa-vũng tàu': 'bà rịa-vũng tàu', 'br-vt': 'bà rịa-vũng tàu',
  'đăk lăk': 'đắk lắk', 'đắc lắc': 'đắk lắk', 'đăk nông': 'đắk nông',
  'tp.đà nẵng': 'đà nẵng', 'thành phố đà nẵng': 'đà nẵng', 'tp.hải phòng': 'hải phòng', 'thành phố hải phòng': 'hải phòng',
  'tp.cần thơ': 'cần thơ', 'thành phố cần thơ': 'cần thơ',
}));
const PROVINCE_PREFIX = /^(tỉnh|thành phố trực thuộc trung ương) /;

/** A province's name folded to its canonical form: "Tỉnh Lào Cai" → "lào cai", "TP.HCM" → "thành phố hồ chí minh". */
export function province(s) {
  const t = fold(s);
  if (t == null) return t;
  const bare = t.replace(PROVINCE_PREFIX, '');
  return PROVINCE_ALIASES.get(bare) ?? bare;
}

/** A citation's number as an id: upper case, no spaces, the Icelandic eth 'Ð' read as 'Đ' ("13/2020/nđ-cp" → "13/2020/NĐ-CP"). */
export function citationId(s) {
  if (s == null) return s;
  return String(s).normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/Ð/g, 'Đ');
}

/** Rounded to three decimals, the precision every figure is printed and compared at. */
export const round3 = (x) => +x.toFixed(3);

/** Precision, recall and F1 from counts; an empty side counts as perfect (1), as nothing was missed or added. */
export function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p: round3(p), r: round3(r), f1: round3(f1) };
}
