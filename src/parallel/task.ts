/** What one article costs: read, extract, and optionally render in an output format. */
import type { InputRef } from '../ingest/paths.js';
import type { ExtractOptions } from '../pipeline.js';
import type { ArticleFacts } from '../types.js';
import type { FormatName } from '../report/index.js';
import { countFacts, type Format, type FormatOptions } from '../report/reporter.js';
import type { CheckConfig } from '../check/config.js';
import type { ArticleResult, Engine } from '../check/engine.js';
import type { SharedRegistryData } from '../cite/shared-registry.js';

export interface Task extends ExtractOptions {
  /** render each article in this format (the result then carries `out`, not `facts`) */
  render?: { format: FormatName; options: FormatOptions };
  /** run the article rules of `linkage check` under this config (the result then carries `check`) */
  check?: CheckConfig;
  /** the registry of the citation checks, laid out once in shared memory by the main thread */
  registry?: SharedRegistryData;
}

export type TaskResult =
  | { file: string; facts: ArticleFacts; out?: string | Uint8Array; count?: undefined; check?: undefined; error?: undefined }
  | { file: string; out: string | Uint8Array; count?: number; facts?: undefined; check?: undefined; error?: undefined }
  | { file: string; check: ArticleResult; facts?: undefined; out?: undefined; count?: undefined; error?: undefined }
  | { file: string; error: string; facts?: undefined; out?: undefined; check?: undefined };

// made once per task (a worker has one; in-process runs each bring their own)
let format: { for: Task['render']; format: Format } | null = null;
let engine: { for: CheckConfig; engine: Engine } | null = null;

const WARM_UP = 'Tiêu đề\n\n17/11/2021 17:25\n\nSáng 16/11, tại Hà Nội, đồng chí Nguyễn Văn An, Bộ trưởng Bộ Tài chính, cho biết Nghị quyết số 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị đến năm 2030. Thứ nhất, a. Thứ hai, b. Hai bên ký kết thỏa thuận hợp tác trên các lĩnh vực: đầu tư, du lịch.\n';

/** Load what a task needs (lexicons, rules) before the first file, so its time is not the file's. */
export async function prepare(task: Task): Promise<void> {
  const [{ parseArticle }, { extractFacts }] = await Promise.all([import('../index.js'), import('../pipeline.js')]);
  // one small article compiles the patterns every extractor builds on first use
  extractFacts(await parseArticle(WARM_UP, { file: 'warm-up.txt' }));
  if (task.registry) (await import('../cite/registry.js')).useSharedRegistry(task.registry);
  if (task.check && engine?.for !== task.check) {
    const [{ createEngine }, { RULES }] = await Promise.all([import('../check/engine.js'), import('../check/rules/index.js')]);
    engine = { for: task.check, engine: createEngine(RULES, task.check) };
  }
  if (task.render && format?.for !== task.render) format = { for: task.render, format: await (await import('../report/index.js')).loadFormat(task.render.format, task.render.options) };
}

export async function processInput(ref: InputRef, task: Task): Promise<TaskResult> {
  if (task.check) return checkInput(ref, task.check);
  const { extractInput } = await import('../index.js');
  let r;
  try {
    r = await extractInput(ref, { fields: task.fields });
  } catch (e) {
    return { file: ref.path, error: `internal error: ${(e as Error)?.message ?? e}` };
  }
  if (r.error !== undefined || !task.render) return r;
  if (format?.for !== task.render) format = { for: task.render, format: await (await import('../report/index.js')).loadFormat(task.render.format, task.render.options) };
  return { file: r.file, out: format.format.item(r.facts), count: countFacts(r.facts, task.fields) };
}

async function checkInput(ref: InputRef, config: CheckConfig): Promise<TaskResult> {
  const [{ readArticle }, { extractFacts }] = await Promise.all([import('../index.js'), import('../pipeline.js')]);
  if (engine?.for !== config) {
    const [{ createEngine }, { RULES }] = await Promise.all([import('../check/engine.js'), import('../check/rules/index.js')]);
    engine = { for: config, engine: createEngine(RULES, config) };
  }
  const { article, error } = await readArticle(ref);
  if (error !== undefined) return { file: ref.path, error };
  const { engine: e } = engine;
  return { file: ref.path, check: e.articleResult(article, extractFacts(article, { fields: e.fields })) };
}
