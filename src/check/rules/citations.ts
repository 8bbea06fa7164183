/**
 * The citation checks of `linkage cite` as rules of `linkage check`: the same
 * codes, run by the same engine (src/cite/check.ts), so a citation problem is
 * reported identically by both commands. Registry files come from the config's
 * "registry". The codes and their descriptions are the cite engine's.
 */
import { CITATION_CHECKS, analyzeArticleCitations, checkCorpusCitations, type CitationSummary } from '../../cite/check.js';
import { loadRegistry, RegistryError, type Registry } from '../../cite/registry.js';
import { UsageError } from '../../cli/context.js';
import type { Article } from '../../article/article.js';
import type { Level, RuleGroup } from '../rule.js';

const LEVEL: Record<string, Exclude<Level, 'off'>> = { error: 'error', warning: 'warn', info: 'info' };
const RANK = { info: 0, warning: 1, error: 2 };
const DEFAULT = new Map(CITATION_CHECKS.map((c) => [c.code, c.severity]));

export function citationRules(): RuleGroup<CitationSummary[]> {
  let reg: Registry | null = null;
  // the article pass computes the summaries too: keep them for summarize()
  const summaries = new WeakMap<Article, CitationSummary[]>();
  return {
    rules: CITATION_CHECKS.map((c) => ({
      id: c.code,
      level: LEVEL[c.severity],
      description: `${c.description[0].toUpperCase()}${c.description.slice(1)} (a check of \`linkage cite\`; see its documentation).`,
    })),
    needs: [],
    setup({ registry }) {
      try {
        reg = loadRegistry(registry);
      } catch (e) {
        if (e instanceof RegistryError) throw new UsageError(`registry ${e.message}`);
        throw e;
      }
    },
    check({ article }, report) {
      const r = analyzeArticleCitations(article, { published: article.published }, reg!);
      summaries.set(article, r.summaries);
      for (const f of r.findings) {
        // the cite engine gives a lesser case a lower severity than the check's own (a supersession after publication)
        const minor = RANK[f.severity] < RANK[DEFAULT.get(f.code)!];
        report({ code: f.code, message: f.message, span: f.span, related: f.related, minor });
      }
    },
    summarize({ article }) {
      const s = summaries.get(article);
      return s?.length ? s : undefined;
    },
    checkCorpus(items, report) {
      const across = checkCorpusCitations(items.map((x) => ({ file: x.file, citations: x.summary })), reg!);
      for (const f of across) report({ code: f.code, file: f.file, message: f.message, span: f.span, related: f.related });
    },
  };
}
