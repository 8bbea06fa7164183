// Adversarial inputs: each shape is a fragment repeated to a target size, in an
// article frame (title line, date line, body). Linear time is correctness, so
// test/growth.slow.test.ts runs the whole extraction (and the per-article checks)
// on every shape at two sizes and bounds the growth of time and output.
//
// A shape: { name, unit, head?, tail?, ext?, about }. `unit` is a string, or
// a function of the repeat index (for runs that must not repeat exactly, such
// as distinct capitalised syllables). Register a new shape by adding it here:
// every pattern's fragments repeated without completing it, runs of one
// character class, unclosed markup. All text is invented.
//
//   node test/growth/shapes.mjs                 lists the shapes
//   node test/growth/shapes.mjs NAME BYTES      writes one shape to stdout

const SYLLABLES = ['Văn', 'Thị', 'Hữu', 'Minh', 'Quang', 'Xuân', 'Thu', 'Hồng', 'Đức', 'Thanh', 'Ngọc', 'Bảo', 'Gia', 'Kim', 'Phúc', 'Trọng'];
const syllable = (i) => SYLLABLES[i % SYLLABLES.length] + (i >= SYLLABLES.length ? SYLLABLES[(i >> 4) % SYLLABLES.length].toLowerCase() : '');
const FULL_CITATION = 'Nghị quyết số 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị (khóa IX) về phát triển vùng. ';

/** @type {Array<{ name: string, unit: string | ((i: number) => string), head?: string, tail?: string, ext?: 'txt' | 'md' | 'html', about: string }>} */
export const SHAPES = [
  // --- the shapes reported in issue 13 ---
  { name: 'agreement-sector-list', unit: 'ký kết thỏa thuận hợp tác trên các lĩnh vực: đầu tư, du lịch, văn hóa, ', about: 'signings, each opening a sector list that never ends' },
  { name: 'agreement-one-signing-many-lists', head: 'Hai bên đã ký kết thỏa thuận ', unit: 'hợp tác trên các lĩnh vực: ', about: 'one signing, then list openers' },
  { name: 'citation-then-this', head: FULL_CITATION, unit: 'Nghị quyết này. ', about: 'a full citation, then short references back to it' },
  { name: 'enumeration-comma-run', head: 'Thứ nhất, x', unit: ',', tail: 'x. Thứ hai, y.', about: 'a run of commas inside an enumeration item' },
  { name: 'person-list', unit: 'Trần Tuấn Anh, ', about: 'the same full name listed' },
  { name: 'person-after-thing', unit: 'Giám đốc Bệnh viện Bạch Mai Nguyễn Quốc Anh ', about: "a title, a body's name and its head's name, run on without end" },
  { name: 'person-middle-initials', unit: 'George W. Bush ', about: 'Western names with middle initials, run on without end' },
  { name: 'person-capitalised-syllables', head: 'Ông Nguyễn', unit: (i) => ' ' + syllable(i), about: 'a family name, then capitalised syllables without end' },
  { name: 'numbered-lines', unit: (i) => `${(i % 2) + 1}. ${i % 2 ? 'b' : 'a'}\n`, about: '1. a / 2. b on separate lines' },
  { name: 'slash-numbered-points', unit: (i) => `${(i % 2) + 1}/ ${i % 2 ? 'Hai' : 'Một'}; `, about: '1/ Một; 2/ Hai; in one sentence without end' },
  { name: 'html-unclosed-a', ext: 'html', head: '<html><body><p>', unit: '<a ', about: 'an unclosed <a in a saved page' },
  { name: 'enumeration-short-items', unit: 'Thứ nhất, a. Thứ hai, b. ', about: 'enumerations of two short items, many times (output size)' },

  // --- citations: a number's parts repeated without completing it ---
  { name: 'citation-full-repeated', unit: FULL_CITATION, about: 'the same full citation many times (mentions merged)' },
  { name: 'citation-distinct', unit: (i) => `Nghị quyết số ${i + 1}-NQ/TW ngày 01/7/2004 của Bộ Chính trị. `, about: 'many distinct citations' },
  { name: 'dated-headlines', head: 'Tiêu đề\n\nTỉnh họp bàn công tác phòng chống bão.\n', unit: (i) => `Tin khác số ${i} (12/03/2024)\n`, about: 'a list of dated headlines after the body, as long as the page' },
  { name: 'dated-headline-almost', head: 'Tiêu đề\n\nTỉnh họp bàn công tác phòng chống bão.\n', unit: 'Tin khác về cháy rừng tại Hương Khê (12/03/', about: 'a headline whose date never closes' },
  { name: 'agreement-led-by', unit: 'đoàn công tác tỉnh A do ông B, Chủ tịch UBND tỉnh dẫn đầu đã ký kết thỏa thuận với tỉnh C. ', about: 'signings by delegations that name who leads them, again and again' },
  { name: 'agreement-led-by-open', head: 'Tỉnh A do ', unit: 'do ông B do bà C làm trưởng ', about: 'a leader\'s clause opened and never closed before a signing', tail: ' đã ký kết thỏa thuận với tỉnh C.' },
  { name: 'pen-names', unit: 'nhạc sĩ Quốc Bảo và ca sĩ Mỹ Linh, nhà văn Việt Nam ', about: 'pen names after callings, and a place after one, again and again' },
  { name: 'shared-title-list', head: 'Dự có các Phó Thủ tướng: ', unit: (i) => `Lê Văn ${['An', 'Bình', 'Chi', 'Dũng'][i % 4]}, `, about: 'names after a plural title and a colon, as long as the page' },
  { name: 'shared-title-colons', unit: 'các Phó Thủ tướng: Lê Văn An và ', about: 'a plural title, a colon and a name, again and again' },
  { name: 'describe-no-cue', head: 'Tỉnh A và Tập đoàn B đã ký kết thỏa thuận hợp tác. Theo đó, ', unit: 'các bên sẽ cùng thông tin điện kinh tế - xã hội Bộ Giáo dục ', about: 'the sentence after a signing, words that start no field, never a field' },
  { name: 'letter-dot-lines', unit: (i) => `${'abcdeghik'[i % 9]}. Mục tiêu số ${i}\n`, about: 'points lettered "a." at line starts, list after list' },
  { name: 'letter-slash-lines', unit: (i) => `${'abcdeghik'[i % 9]}/ Mục tiêu số ${i};\n`, about: 'points lettered "a/" at line starts, list after list' },
  { name: 'letter-dot-inline', unit: 'Ông Nguyễn V. An và bà Trần T. Bình. ', about: 'initials, a letter and a dot inside lines' },
  { name: 'glued-headlines', head: 'Tiêu đề\n\nTỉnh họp bàn công tác phòng chống bão.\n', unit: (i) => `Tin khác số ${i} về Sơn La12/03/2024${i % 40 === 39 ? '\n' : ''}`, about: 'headlines run together on lines, each ending in its date, after the body' },
  { name: 'glued-headlines-one-line', head: 'Tiêu đề\n\nTỉnh họp bàn công tác phòng chống bão.\n', unit: 'Tin khác về Sơn La12/03/2024', about: 'headlines run together on one line as long as the page' },
  { name: 'agreement-passive-list', unit: 'văn kiện hợp tác trong lĩnh vực y tế, giáo dục, ', about: 'what is signed, then a list that never reaches "được ký"' },
  { name: 'agreement-exchanged', unit: 'lễ trao đổi văn kiện trao đổi về việc ký kết ', about: 'documents exchanged and signings talked of, again and again' },
  { name: 'sector-point-markers', head: 'Hai bên đã ký kết thỏa thuận hợp tác trong các nội dung: ', unit: (i) => `(${i % 99 + 1}) xúc tiến đầu tư; ${i % 9 + 1}) `, about: 'a list of fields whose items each open with a point\'s marker' },
  { name: 'organization-units', unit: 'Ban Tuyên giáo Văn phòng Thanh tra Đảng ủy ', about: 'unit heads each before another, none with a name' },
  { name: 'name-particles', unit: 'Tổng thống Luiz da Silva von der ', about: 'foreign names whose particles never end in a name' },
  { name: 'place-joiners', unit: 'Đại sứ nước Lào tại nước de ', about: 'a title\'s body joined by "nước" and particles, again and again' },
  { name: 'citation-local-issuer', unit: (i) => `Quyết định số ${i + 1}/QĐ-UBND ngày 21-11 của Chủ tịch UBND tỉnh Lào Cai Lê Văn Bình, `, about: 'distinct citations, each issued by a body read as organizations are, a person after it' },
  { name: 'citation-issuer-long-name', head: 'Quyết định số 5/QĐ-UBND của Ủy ban nhân dân ', unit: 'Tỉnh Ban Sở Cục ', about: 'a body\'s name of capitalised heads that never ends' },
  { name: 'citation-number-prefix', unit: '37-NQ/', about: 'number and type code with no issuer' },
  { name: 'citation-type-words', unit: 'Nghị quyết ', about: 'type words with no number' },
  { name: 'citation-so', head: 'Nghị quyết ', unit: 'số ', about: '"số" repeated after a type word' },
  { name: 'citation-short-numbered', unit: 'Nghị quyết 37 và ', about: 'short numbered references with no full citation' },
  { name: 'citation-short-numbered-resolved', head: FULL_CITATION, unit: 'Nghị quyết 37, ', about: 'short numbered references to one full citation' },
  { name: 'citation-this-between-unnumbered', head: FULL_CITATION, unit: 'Nghị quyết Đại hội và Nghị quyết này, ', about: 'unnumbered resolutions between the citation and each "này"' },
  { name: 'citation-date-after', head: 'Nghị quyết số 37-NQ/TW ', unit: 'ngày 01/7/2004 ', about: 'dates after a number' },
  { name: 'citation-issuer-after', head: 'Nghị quyết số 37-NQ/TW ', unit: 'của Bộ Tài chính và ', about: 'an issuer that never ends' },
  { name: 'citation-law-numbers', unit: (i) => `Luật số ${(i % 90) + 10}/2020/QH14, `, about: 'uncoded National Assembly numbers' },

  // --- dates and horizons ---
  { name: 'date-day-words', unit: 'ngày ', about: '"ngày" with no number' },
  { name: 'date-parts', unit: 'sáng thứ hai, ', about: 'parts of day and weekdays with no date' },
  { name: 'date-slashes', unit: '1/', about: 'a run of d/ with no end' },
  { name: 'date-many', unit: (i) => `sáng ${(i % 28) + 1}/${(i % 12) + 1}, `, about: 'many distinct dates' },
  { name: 'date-words', unit: 'ngày 16 tháng ', about: 'day and month words with no month number' },
  { name: 'horizon-targets', unit: (i) => `đến năm ${2000 + (i % 99)} `, about: 'many targets' },
  { name: 'horizon-periods', unit: (i) => `giai đoạn ${2000 + (i % 50)}-${2051 + (i % 40)}, `, about: 'many periods' },
  { name: 'horizon-period-openers', unit: 'giai đoạn ', about: 'period labels with no years' },
  { name: 'horizon-year-dashes', unit: '2021-', about: 'years joined by dashes without end' },
  { name: 'horizon-from-to', unit: 'từ năm 2021 đến ', about: '"từ ... đến" with no closing year' },
  { name: 'horizon-vision', unit: 'tầm nhìn đến ', about: 'visions with no year' },

  // --- people, places, organisations ---
  { name: 'person-titles', unit: 'Phó Thủ tướng ', about: 'titles with no name' },
  { name: 'person-comrade', unit: 'đồng chí ', about: '"đồng chí" with no name' },
  { name: 'person-many', unit: (i) => `ông Nguyễn ${syllable(i)} ${syllable(i + 7)}, `, about: 'many distinct people' },
  { name: 'person-role-chain', head: 'Đồng chí Trần Tuấn Anh, ', unit: 'Ủy viên Bộ Chính trị, ', about: 'roles after a name without end' },
  { name: 'person-speaks', unit: (i) => `Bộ trưởng Nguyễn ${syllable(i)} phát biểu. `, about: 'many speakers' },
  { name: 'person-dashed-halves', unit: 'Bun Chăn - Sí Vông - ', about: 'Lao name halves chained by dashes, no title after' },
  { name: 'person-dashed-names', unit: 'đồng chí Bun Chăn - Sí Vông Phăn, Ủy viên Trung ương Đảng, ', about: 'Lao names in halves, each with a title' },
  { name: 'person-title-asides', unit: 'Chủ tịch Duma (Hạ viện) (NCCIM) Tan Sri Dato’ ', about: 'titles with asides and honours, no name' },
  { name: 'agreement-bare-signings', unit: 'Hai tỉnh ký kết thỏa thuận. ', about: 'signings naming no sector, no cue, no purpose: each scan once searched to the end' },
  { name: 'agreement-inline-items', head: 'Hai bên đã ký kết 3 văn kiện hợp tác, gồm: ', unit: 'Bản ghi nhớ về hợp tác; ', about: 'a collective signing listing documents without end' },
  { name: 'person-hyphen-syllables', unit: 'Ki-moon Jae-in-', about: 'capitalised syllables joined by hyphens without end' },
  { name: 'place-provinces', unit: 'tỉnh Lào Cai, ', about: 'the same province listed' },
  { name: 'place-openers', unit: 'tỉnh ', about: 'province words with no name' },
  { name: 'organization-openers', unit: 'Ủy ban nhân dân ', about: 'an organisation name that never ends' },
  { name: 'organization-ban', unit: 'Ban ', about: '"Ban" repeated' },
  { name: 'organization-in-place', unit: 'Bắc Trung Bộ Tây Ban ', about: 'head words inside place names, each looked back from' },

  // --- enumerations ---
  { name: 'enumeration-openers', unit: 'Thứ nhất, ', about: 'first-item markers only' },
  { name: 'enumeration-parenthesised', unit: (i) => `(${(i % 9) + 1}) `, about: 'parenthesised markers with no items' },
  { name: 'enumeration-dash-lines', unit: '- a\n', about: 'dash lines' },
  { name: 'enumeration-lower', unit: 'thứ nhất là a, thứ hai là b, ', about: 'inline enumerations' },
  { name: 'enumeration-long-item', head: 'Thứ nhất, ', unit: 'x ', tail: '. Thứ hai, y.', about: 'one item that never ends' },

  // --- agreements (fragments) ---
  { name: 'agreement-signings', unit: 'ký kết ', about: 'signing verbs with nothing signed' },
  { name: 'agreement-mou', unit: 'Bản ghi nhớ ', about: 'document names with no parties' },
  { name: 'agreement-between', head: 'ký kết thỏa thuận giữa ', unit: 'Bộ Tài chính và ', about: 'parties without end' },
  { name: 'agreement-with', unit: 'ký với ', about: '"ký với" repeated' },
  { name: 'agreement-letters', unit: 'ông An ký văn bản gửi Bộ, ', about: "officials' letters in one sentence: each asks once whether the sentence has sides" },
  { name: 'agreement-to-come', unit: 'Lễ ký hiệp định sẽ được tổ chức, ', about: 'signings to come, told after the document' },
  { name: 'agreement-sectors', head: 'hợp tác trong các lĩnh vực ', unit: 'giáo dục, ', about: 'a sector list that never ends' },

  // --- runs of one character class ---
  { name: 'run-spaces', head: 'a', unit: ' ', tail: 'b', about: 'spaces' },
  { name: 'run-newlines', head: 'a', unit: '\n', tail: 'b', about: 'line breaks' },
  { name: 'run-commas', unit: ',', about: 'commas' },
  { name: 'run-comma-space', unit: ', ', about: 'commas and spaces' },
  { name: 'run-capitals', unit: 'A', about: 'one long capitalised word' },
  { name: 'run-capital-words', unit: 'A ', about: 'capital letters as words' },
  { name: 'run-vietnamese-capitals', unit: 'Đ', about: 'capital Đ' },
  { name: 'run-digits', unit: '1', about: 'digits' },
  { name: 'run-digit-words', unit: '12 ', about: 'numbers as words' },
  { name: 'run-dots', unit: '.', about: 'dots' },
  { name: 'run-dashes', unit: '-', about: 'dashes' },
  { name: 'run-colons', unit: ': ', about: 'colons' },
  { name: 'run-semicolons', unit: '; ', about: 'semicolons' },
  { name: 'run-parens', unit: '(', about: 'open parentheses' },
  { name: 'run-quotes', unit: '“', about: 'opening quotes' },
  { name: 'run-letters', unit: 'a', about: 'one long word' },
  { name: 'run-combining-marks', head: 'a', unit: '\u0301', about: 'combining marks (NFD without end)' },

  // --- unclosed Markdown ---
  { name: 'text-entities', unit: 'Sở KH&amp;CN &quot;x&quot; &#273; &bogus; ', about: 'character references in plain text, read when closed' },
  { name: 'md-link-openers', ext: 'md', unit: '[a](', about: 'micromark is quadratic on unclosed link destinations' },
  { name: 'md-brackets', ext: 'md', unit: '[', about: 'open brackets' },
  { name: 'md-stars', ext: 'md', unit: '*a', about: 'unclosed emphasis' },
  { name: 'md-underscores', ext: 'md', unit: '_a ', about: 'unclosed underscores' },
  { name: 'md-backticks', ext: 'md', unit: '`a', about: 'unclosed code spans' },
  { name: 'md-angle', ext: 'md', unit: '<a', about: 'unclosed autolinks and HTML' },
  { name: 'md-images', ext: 'md', unit: '![a', about: 'unclosed images' },
  { name: 'md-quotes', ext: 'md', unit: '> ', about: 'nested block quotes on one line' },
  { name: 'md-list-nesting', ext: 'md', unit: (i) => ' '.repeat(Math.min(i, 40) * 2) + '- a\n', about: 'nested list items' },
  { name: 'md-headings', ext: 'md', unit: '# a\n', about: 'headings' },
  { name: 'md-entities', ext: 'md', unit: '&#', about: 'unclosed character references' },
  { name: 'md-reference-defs', ext: 'md', unit: (i) => `[a${i}]: b\n`, about: 'link reference definitions' },

  // --- unclosed HTML ---
  { name: 'html-unclosed-tags', ext: 'html', head: '<html><body>', unit: '<div>', about: 'block tags never closed' },
  { name: 'html-lt', ext: 'html', head: '<html><body><p>', unit: '<', about: 'lone less-than signs' },
  { name: 'html-comment-open', ext: 'html', head: '<html><body><p>a', unit: '<!--', about: 'comments never closed' },
  { name: 'html-script-open', ext: 'html', head: '<html><body>', unit: '<script>', about: 'scripts never closed' },
  { name: 'html-entities', ext: 'html', head: '<html><body><p>', unit: '&amp', about: 'entities without semicolons' },
  { name: 'html-attributes', ext: 'html', head: '<html><body><p ', unit: 'a="b" ', about: 'a tag with attributes without end' },
  { name: 'html-paragraphs', ext: 'html', head: '<html><body>', unit: '<p>Hà Nội, ', about: 'unclosed paragraphs of text' },
];

const FRAME = { txt: ['Bài viết thử nghiệm\n\n17/11/2021 17:25\n\n', '\n'], md: ['# Bài viết thử nghiệm\n\n17/11/2021 17:25\n\n', '\n'],
  html: ['', '\n'] };

/** The shape's text, at least `bytes` UTF-8 bytes long (the frame plus whole repeats). */
export function generate(shape, bytes) {
  const [pre, post] = FRAME[shape.ext ?? 'txt'];
  const head = pre + (shape.head ?? '');
  const tail = (shape.tail ?? '') + post;
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; size < bytes; i++) {
    const u = typeof shape.unit === 'function' ? shape.unit(i) : shape.unit;
    parts.push(u);
    size += Buffer.byteLength(u);
  }
  parts.push(tail);
  return parts.join('');
}

/** A file name for the shape: the article readers go by the extension. */
export const fileName = (shape) => `${shape.name}.${shape.ext ?? 'txt'}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const [name, bytes] = process.argv.slice(2);
  if (!name) for (const s of SHAPES) console.log(`${fileName(s).padEnd(40)} ${s.about}`);
  else {
    const s = SHAPES.find((x) => x.name === name);
    if (!s) { console.error(`no shape ${name}`); process.exit(2); }
    process.stdout.write(generate(s, Number(bytes ?? 65536)));
  }
}
