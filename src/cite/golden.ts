/**
 * The golden form of `linkage cite` findings, shared by the fixture test and
 * scripts/update-golden.mjs: fixtures/cite/<case>.txt is checked alone;
 * fixtures/cite/<folder>/ is checked as a corpus (per-article and cross-article findings).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../index.js';
import type { Message } from '../findings.js';
import { createCite } from './cite.js';

export interface GoldenFinding { file?: string; code: string; severity: string; line: number | null; column: number | null; message: string }

const golden = (f: Message, withFile: boolean): GoldenFinding => ({
  ...(withFile ? { file: f.file } : {}), code: f.code, severity: f.severity, line: f.span?.line ?? null, column: f.span?.column ?? null, message: f.message,
});

/** Findings of a fixture case: `path` is a file (alone) or a folder (a corpus); `rel` is how files are named. */
export async function citeGolden(path: string, rel: string): Promise<{ findings: GoldenFinding[] }> {
  const cite = createCite();
  const corpus = statSync(path).isDirectory();
  const files = corpus ? readdirSync(path).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => [join(path, f), `${rel}/${f}`]) : [[path, rel]];
  const findings: Message[] = [];
  for (const [p, name] of files) {
    const a = await parseArticle(readFileSync(p, 'utf8'), { file: name });
    findings.push(...cite.article(a).findings);
  }
  if (corpus) findings.push(...cite.corpus());
  return { findings: findings.map((f) => golden(f, corpus)) };
}
