/** --format json: one object, { articles: [{ file, title, published, citations }], findings, summary }, written at the end. */
import type { Message } from '../../findings.js';
import { citationRecord, shown, type MakeCiteReporter } from './reporter.js';

export const json: MakeCiteReporter = (o) => {
  const articles: unknown[] = [];
  const findings: Message[] = [];
  return {
    article(a, r) {
      const citations = shown(r, o.onlyProblems).map((v) => citationRecord(a.file, v));
      if (!o.onlyProblems || citations.length) articles.push({ file: a.file, title: a.title, published: a.published, citations });
      findings.push(...r.findings);
    },
    corpus(ms) { findings.push(...ms); },
    end(summary) { o.write(JSON.stringify({ articles, findings, summary }, null, 2) + '\n'); },
  };
};
