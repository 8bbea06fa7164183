import { candidatePairs, signature, similarity, wordHashes } from '../minhash.js';
import type { CorpusRule } from '../rule.js';

interface Summary { sig: Uint32Array }

const SHINGLE = 5;

const rule: CorpusRule<Summary> = {
  id: 'duplicate-article',
  level: 'error',
  scope: 'corpus',
  needs: [],
  options: { threshold: 0.8, minWords: 40 },
  limits: { threshold: { min: 0, max: 1 }, minWords: { min: 1, integer: true } },
  description:
    'The same article, or nearly the same (reposted with a new title, a few words changed, a paragraph cut), ' +
    'stored twice counts its facts twice. Bodies are compared by the 5-word sequences they share (MinHash with ' +
    'locality-sensitive hashing, so a large corpus is not compared pair by pair); the later file is reported and ' +
    'the earlier one named. Options: threshold (estimated share of 5-word sequences, default 0.8), minWords (shorter ' +
    'bodies are not compared). Fails: a copy of an article under another name. Passes: two different reports of the same event.',
  summarize({ article, options }) {
    // a repost under a new title is still a copy: compare what follows a title line (unless title and lead run together)
    const t = article.titleRange;
    const start = t && t.end - t.start <= 200 ? Math.max(article.body.start, t.end) : article.body.start;
    const wh = wordHashes(article.text.slice(start, article.body.end));
    if (wh.length < (options.minWords as number)) return undefined;
    return { sig: signature(wh, SHINGLE) };
  },
  check(items, report, options) {
    const sigs = items.map((x) => x.summary.sig);
    // each later file is reported once, against the earliest file it duplicates
    const original = new Map<number, { of: number; sim: number }>();
    for (const [i, j] of candidatePairs(sigs)) {
      const sim = similarity(sigs[i], sigs[j]);
      if (sim < (options.threshold as number)) continue;
      const prev = original.get(j);
      if (!prev || i < prev.of) original.set(j, { of: i, sim });
    }
    for (const [j, { of, sim }] of [...original].sort((x, y) => x[0] - y[0])) {
      // the earlier file may itself be a copy: name the first of the chain
      let root = of;
      while (original.has(root)) root = original.get(root)!.of;
      const base = items[root].file;
      const pct = Math.round((root === of ? sim : similarity(sigs[root], sigs[j])) * 100);
      report({
        file: items[j].file,
        message: `duplicate of ${base} (${pct}% of 5-word sequences shared)`,
        span: null,
        related: [{ file: base, span: null, message: 'first copy' }],
      });
    }
  },
};
export default rule;
