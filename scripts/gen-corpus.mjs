#!/usr/bin/env node
// A deterministic synthetic corpus of articles shaped like the bundled samples:
// title, date line, body with citations, officials, enumerations, agreements,
// horizons, a "Nguồn:" line and portal boilerplate; some files NFD, some CRLF,
// some with old tone placement, some Markdown.
//   node scripts/gen-corpus.mjs DIR [COUNT=5000] [SEED=1]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROVINCES = ['Lào Cai', 'Yên Bái', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Thái Nguyên', 'Hòa Bình', 'Sơn La', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên - Huế', 'Đà Nẵng', 'Quảng Nam', 'Bình Định', 'Đắk Lắk', 'Lâm Đồng', 'Bình Dương', 'Đồng Nai', 'Long An', 'Cần Thơ', 'An Giang', 'Kiên Giang', 'Cà Mau', 'Hà Nam', 'Nam Định', 'Thái Bình'];
const REGIONS = ['Trung du và miền núi Bắc bộ', 'Bắc Trung Bộ', 'Tây Nguyên', 'Đông Nam Bộ', 'Đồng bằng sông Cửu Long', 'Đồng bằng sông Hồng'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Xuân', 'Minh', 'Quốc', 'Đức', 'Thanh', 'Hữu', 'Ngọc'];
const GIVEN = ['Hiếu', 'Thắng', 'Phong', 'Anh', 'Hùng', 'Dũng', 'Hòa', 'Lan', 'Mai', 'Sơn', 'Tuấn', 'Hải', 'Long', 'Thủy'];
const TITLES = ['Bí thư Tỉnh ủy', 'Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'Chủ tịch HĐND tỉnh'];
const DOCS = [['Nghị quyết', '37-NQ/TW', '01/7/2004', 'Bộ Chính trị', 'IX'], ['Nghị quyết', '11-NQ/TW', '10/02/2022', 'Bộ Chính trị', 'XIII'],
  ['Nghị quyết', '26-NQ/TW', '03/11/2022', 'Bộ Chính trị', 'XIII'], ['Kết luận', '11-KL/TW', null, 'Bộ Chính trị', null],
  ['Nghị định', '31/2021/NĐ-CP', '26/3/2021', 'Chính phủ', null], ['Quyết định', '1234/QĐ-TTg', null, 'Thủ tướng Chính phủ', null],
  ['Nghị quyết', '202/2025/QH15', '12/6/2025', 'Quốc hội', 'XV'], ['Chỉ thị', '05-CT/TW', '15/5/2016', 'Bộ Chính trị', 'XII']];
const SECTORS = ['đầu tư', 'du lịch', 'văn hóa', 'nông nghiệp', 'công thương', 'khoa học và công nghệ', 'thông tin và truyền thông', 'chuyển đổi số', 'giáo dục, đào tạo', 'y tế', 'giao thông vận tải', 'logistics'];
const ORD = ['Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu'];
const HEADLINES = ['đẩy mạnh chuyển đổi số trong cải cách hành chính', 'tăng cường liên kết vùng phát triển du lịch', 'khởi công dự án cao tốc kết nối liên vùng',
  'thu hút đầu tư vào khu công nghiệp', 'phát triển kinh tế biển bền vững', 'nâng cao chất lượng nguồn nhân lực', 'hỗ trợ đồng bào dân tộc thiểu số',
  'tổng kết công tác xây dựng Đảng năm', 'triển khai chương trình mục tiêu quốc gia', 'bảo đảm quốc phòng, an ninh vùng biên giới'];
const FILLER = [
  'Trên cơ sở đánh giá khách quan những kết quả đạt được và những khó khăn, hạn chế trong liên kết phát triển vùng thời gian qua, các đại biểu đề xuất nhiều giải pháp cụ thể, khả thi.',
  'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp với trực tuyến, kết nối tới các điểm cầu tại các sở, ban, ngành và các huyện, thị xã, thành phố trong tỉnh.',
  'Bên cạnh đó, các địa phương cần đẩy mạnh cơ cấu lại nền kinh tế gắn với đổi mới mô hình tăng trưởng, tham gia sâu hơn vào chuỗi cung ứng, chuỗi giá trị trong nước và quốc tế.',
  'Công tác quy hoạch và kết nối về chính sách giữa các địa phương trong vùng vẫn còn thiếu đồng bộ, nguồn lực đầu tư còn phân tán, hiệu quả chưa cao.',
  'Các đại biểu thống nhất cần tăng cường liên kết vùng, huy động nguồn lực cho phát triển kết cấu hạ tầng giao thông, hạ tầng số và nâng cao chất lượng nguồn nhân lực.',
  'Hội nghị đã thẳng thắn chỉ ra những hạn chế, bất cập trong phối hợp giữa các bộ, ngành và địa phương, nhất là trong quy hoạch và thu hút đầu tư.',
  'Kinh tế - xã hội của vùng tiếp tục phát triển, đời sống vật chất và tinh thần của nhân dân được cải thiện rõ rệt; quốc phòng, an ninh được bảo đảm.',
  'Lãnh đạo các địa phương đề nghị Trung ương sớm ban hành cơ chế, chính sách đặc thù để tháo gỡ các điểm nghẽn về vốn, đất đai và thủ tục hành chính.',
];

export function* articles(count, seed = 1) {
  let s = seed >>> 0 || 1;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  for (let n = 0; n < count; n++) {
    const prov = pick(PROVINCES), region = pick(REGIONS);
    const d = 1 + Math.floor(rnd() * 27), m = 1 + Math.floor(rnd() * 12), y = 2019 + Math.floor(rnd() * 6);
    const [kind, id, date, issuer, term] = pick(DOCS);
    const chair = person(), speaker = person();
    const lines = [];
    lines.push(`${prov} tổng kết ${kind.toLowerCase()} ${id} về phát triển vùng ${region}`, '', `${d}/${m}/${y} ${String(8 + Math.floor(rnd() * 10)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`, '');
    lines.push(`Sáng ${Math.max(1, d - 1)}/${m}, tại tỉnh ${prov}, Tỉnh ủy ${prov} tổ chức hội nghị tổng kết ${kind} ${id}${date ? ` ngày ${date}` : ''} của ${issuer}${term ? ` (khóa ${term})` : ''} về phát triển vùng ${region} đến năm 2030, tầm nhìn đến năm 2045.`, '');
    lines.push(`Đồng chí ${chair}, Ủy viên Trung ương Đảng, ${pick(TITLES)} ${prov} chủ trì hội nghị. Dự hội nghị có đồng chí ${speaker}, ${pick(TITLES)} ${pick(PROVINCES)}.`, '');
    // prose paragraphs of two to four sentences, as long as the samples' are
    for (let k = 0, p = 3 + Math.floor(rnd() * 6); k < p; k++) {
      lines.push(Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(FILLER)).join(' '), '');
    }
    if (rnd() < 0.6) {
      const items = 3 + Math.floor(rnd() * 3);
      lines.push(`Phát biểu kết luận, đồng chí ${chair} đề nghị các cấp, các ngành tập trung vào ${items} nhiệm vụ trọng tâm sau:`, '');
      for (let k = 0; k < items; k++) lines.push(`${ORD[k]}, ${pick(FILLER).toLowerCase()}`, '');
    }
    if (rnd() < 0.4) {
      const secs = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => pick(SECTORS));
      lines.push(`Tại hội nghị, tỉnh ${prov} và tỉnh ${pick(PROVINCES)} đã ký kết thỏa thuận hợp tác giai đoạn ${y}-${y + 3} trên các lĩnh vực trọng tâm: ${[...new Set(secs)].join('; ')}.`, '');
    }
    lines.push(`Chiến lược phát triển kinh tế - xã hội giai đoạn 2021-2030 đặt mục tiêu tăng trưởng bình quân 7%/năm.`, '');
    // the portal's lists after the body: headlines printed twice with a teaser, then a "most read" list
    lines.push('Nguồn: baochinhphu.vn', 'Cùng chuyên mục');
    for (let k = 0, r = 4 + Math.floor(rnd() * 10); k < r; k++) {
      const h = `${pick(PROVINCES)} ${pick(HEADLINES)}`;
      lines.push(h, h, '', `Ngày ${1 + Math.floor(rnd() * 28)}/${1 + Math.floor(rnd() * 12)}, ${pick(FILLER).slice(0, 90)}...`, '');
    }
    lines.push('Tin đọc nhiều');
    for (let k = 0, r = 8 + Math.floor(rnd() * 22); k < r; k++) lines.push(`${pick(PROVINCES)} ${pick(HEADLINES)} theo ${pick(DOCS)[1]}`);
    let text = lines.join('\n') + '\n';
    const md = rnd() < 0.1;
    if (md) text = '# ' + text;
    if (rnd() < 0.2) text = text.replace(/ủy/g, 'uỷ').replace(/hòa/g, 'hoà');
    if (rnd() < 0.1) text = text.normalize('NFD');
    if (rnd() < 0.3) text = text.replace(/\n/g, '\r\n');
    yield { name: `${String(n).padStart(6, '0')}${md ? '.md' : '.txt'}`, text };
  }
}

/** Write COUNT articles into DIR, 1,000 a folder; returns total bytes. */
export function generate(dir, count = 5000, seed = 1) {
  let bytes = 0;
  for (const { name, text } of articles(count, seed)) {
    const sub = join(dir, `part-${name.slice(0, 3)}`);
    mkdirSync(sub, { recursive: true });
    const buf = Buffer.from(text, 'utf8');
    writeFileSync(join(sub, name), buf);
    bytes += buf.length;
  }
  return bytes;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, count = '5000', seed = '1'] = process.argv.slice(2);
  if (!dir) { console.error('usage: gen-corpus.mjs DIR [COUNT] [SEED]'); process.exit(2); }
  const bytes = generate(dir, +count, +seed);
  console.error(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
}
