// Runs one shape at one size in this thread: the whole extraction, the citation
// checks of `linkage cite` and the article rules of `linkage check`, as the CLI
// runs them on one article (from the built dist/). Replies with the fastest of
// `reps` runs and the size of what they produce.
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SHAPES, generate, fileName } from './shapes.mjs';
import { parseArticle, extractFacts, loadRegistry } from '../../dist/index.js';
import { ArticleWork } from '../../dist/pipeline.js';
import { citationViews } from '../../dist/cite/cite.js';
import { createEngine } from '../../dist/check/engine.js';
import { resolveConfig } from '../../dist/check/config.js';
import { RULES } from '../../dist/check/rules/index.js';

// each run starts from a collected heap, so one run does not pay for the garbage of the one before
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const registry = loadRegistry();
const engine = createEngine(RULES, resolveConfig(RULES, {}, null, process.cwd()));

async function once(shape, text) {
  const a = await parseArticle(text, { file: fileName(shape) });
  const facts = extractFacts(a);
  // the rules of linkage check include the citation rules of linkage cite; its table is built from their messages
  const work = new ArticleWork(a);
  const check = engine.articleResult(a, extractFacts(a, { fields: engine.fields }, work), work);
  const cite = citationViews(work, registry, check.findings);
  return JSON.stringify(facts).length + JSON.stringify(cite).length + JSON.stringify(check.findings).length;
}

parentPort.on('message', async ({ name, bytes, reps, mean }) => {
  const shape = SHAPES.find((s) => s.name === name);
  const text = generate(shape, bytes);
  let ms = Infinity, out = 0;
  if (mean) {
    gc();
    const t = process.cpuUsage();
    for (let r = 0; r < reps; r++) out = await once(shape, text);
    const d = process.cpuUsage(t);
    parentPort.postMessage({ ms: (d.user + d.system) / 1000 / reps, out, chars: text.length });
    return;
  }
  for (let r = 0; r < reps; r++) {
    gc();
    const t = process.cpuUsage();
    out = await once(shape, text);
    const d = process.cpuUsage(t);
    ms = Math.min(ms, (d.user + d.system) / 1000);
  }
  parentPort.postMessage({ ms, out, chars: text.length });
});
