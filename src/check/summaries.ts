/**
 * The corpus rules' per-article summaries as a file, so that a corpus too large
 * for one machine is checked in two steps: each machine checks its shard with
 * `linkage check SHARD --summaries FILE` (the article rules, and the summaries
 * written), then one run reads every shard's file, `linkage check --reduce
 * FILE...`, and runs the corpus rules (duplicate-article,
 * participant-title-conflict, citation-inconsistent) over them all. One JSON
 * record a line: {"rule":"duplicate-article","file":"a.txt","summary":…}; a
 * MinHash signature (a Uint32Array) is written as {"$u32":[…]}.
 */

/** One corpus rule's summary of one article. */
export interface SummaryRecord { rule: string; file: string; summary: unknown }

const replacer = (_key: string, value: unknown) => {
  if (value instanceof Uint32Array) return { $u32: Array.from(value) };
  // a rule's summary must read back as it was written: JSON would silently empty these
  if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) throw new Error(`a corpus rule's summary holds a ${value.constructor.name}, which a summaries file cannot hold`);
  return value;
};
const reviver = (_key: string, value: unknown) =>
  (value !== null && typeof value === 'object' && Array.isArray((value as { $u32?: unknown }).$u32) ? Uint32Array.from((value as { $u32: number[] }).$u32) : value);

/** The records as lines of JSON. */
export function writeSummaries(records: Iterable<SummaryRecord>): string {
  let out = '';
  for (const r of records) out += JSON.stringify(r, replacer) + '\n';
  return out;
}

export class SummaryError extends Error {}

/** The records of one file's text; a line that is no record is an error naming its line. */
export function readSummaries(text: string, name: string): SummaryRecord[] {
  const out: SummaryRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let r: unknown;
    try { r = JSON.parse(line, reviver); } catch { throw new SummaryError(`${name}:${i + 1}: not JSON`); }
    const rec = r as Partial<SummaryRecord>;
    if (typeof rec !== 'object' || rec === null || typeof rec.rule !== 'string' || typeof rec.file !== 'string' || !('summary' in rec)) {
      throw new SummaryError(`${name}:${i + 1}: not a summary record ({"rule", "file", "summary"})`);
    }
    out.push({ rule: rec.rule, file: rec.file, summary: rec.summary });
  }
  return out;
}
