/**
 * One small invented article through every extractor: the patterns each
 * compiles on first use are compiled before a worker's first file, so a
 * file's time limit is spent on the file.
 */
import { parseArticle } from './ingest/articles.js';
import { extractFacts } from './pipeline.js';

const WARM_UP = 'Tiêu đề\n\n17/11/2021 17:25\n\nSáng 16/11, tại Hà Nội, đồng chí Nguyễn Văn An, Bộ trưởng Bộ Tài chính, cho biết Nghị quyết số 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị đến năm 2030. Thứ nhất, a. Thứ hai, b. Hai bên ký kết thỏa thuận hợp tác trên các lĩnh vực: đầu tư, du lịch. Ngày 3/5, Bộ Công Thương và Tập đoàn Điện lực Việt Nam đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2021-2025.\n';

export async function warmUp(): Promise<void> {
  extractFacts(await parseArticle(WARM_UP, { file: 'warm-up.txt' }));
}
