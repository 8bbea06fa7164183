/**
 * The golden form of `linkage cite` findings, shared by the fixture test and
 * scripts/update-golden.mjs: fixtures/cite/<case>.txt is checked alone;
 * fixtures/cite/<folder>/ is checked as a corpus (per-article and cross-article findings).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../index.js';
import type { Finding } from '../findings.js';
import { analyzeArticleCitations, checkCorpusCitations } from './check.js';
import { loadRegistry } from './registry.js';

export interface GoldenFinding { file?: string; code: string; severity: string; line: number | null; column: number | null; message: string }

const golden = (f: Finding, withFile: boolean): GoldenFinding => ({
  ...(withFile ? { file: f.file } : {}), code: f.code, severity: f.severity, line: f.span?.line ?? null, column: f.span?.column ?? null, message: f.message,
});

/** Findings of a fixture case: `path` is a file (alone) or a folder (a corpus); `rel` is how files are named. */
export async function citeGolden(path: string, rel: string): Promise<{ findings: GoldenFinding[] }> {
  const reg = loadRegistry();
  const corpus = statSync(path).isDirectory();
  const files = corpus ? readdirSync(path).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => [join(path, f), `${rel}/${f}`]) : [[path, rel]];
  const findings: Finding[] = [];
  const items = [];
  for (const [p, name] of files) {
    const a = await parseArticle(readFileSync(p, 'utf8'), { file: name });
    const r = analyzeArticleCitations(a, { published: a.published }, reg);
    findings.push(...r.findings);
    items.push({ file: name, citations: r.summaries });
  }
  if (corpus) findings.push(...checkCorpusCitations(items, reg));
  return { findings: findings.map((f) => golden(f, corpus)) };
}
