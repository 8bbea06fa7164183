/** What one article costs: read, extract, and optionally render in an output format. */
import type { InputRef } from '../ingest/paths.js';
import type { ExtractOptions } from '../pipeline.js';
import type { ArticleFacts } from '../types.js';
import type { FormatName } from '../report/index.js';
import type { Format, FormatOptions } from '../report/reporter.js';

export interface Task extends ExtractOptions {
  /** render each article in this format (the result then carries `out`, not `facts`) */
  render?: { format: FormatName; options: FormatOptions };
}

export type TaskResult =
  | { file: string; facts: ArticleFacts; out?: string | Uint8Array; error?: undefined }
  | { file: string; out: string | Uint8Array; facts?: undefined; error?: undefined }
  | { file: string; error: string; facts?: undefined; out?: undefined };

let format: Format | null = null;

export async function processInput(ref: InputRef, task: Task): Promise<TaskResult> {
  const { extractInput } = await import('../index.js');
  let r;
  try {
    r = await extractInput(ref, { fields: task.fields });
  } catch (e) {
    return { file: ref.path, error: `internal error: ${(e as Error)?.message ?? e}` };
  }
  if (r.error !== undefined || !task.render) return r;
  if (!format) format = await (await import('../report/index.js')).loadFormat(task.render.format, task.render.options);
  return { file: r.file, out: format.item(r.facts) };
}
