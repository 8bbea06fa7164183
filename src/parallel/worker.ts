/**
 * A worker thread: read, extract (and render, when asked) the batches of
 * articles it is sent, one batch after another. Before each file it notes in
 * shared memory which file it is on, so the pool can name a file that runs
 * too long or exhausts the heap. Rendered output goes back as one UTF-8
 * buffer per batch, transferred rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepare, processInput, type Task, type TaskResult } from './task.js';

const { job, progress, slot } = workerData as { job: Task; progress: Int32Array; slot: number };

async function run(m: { i: number; paths: string[]; bad: Array<{ k: number; reason: string }> }): Promise<void> {
  const results: TaskResult[] = [];
  for (let k = 0; k < m.paths.length; k++) {
    const bad = m.bad.find((x) => x.k === k);
    if (bad) { results.push({ file: m.paths[k], error: bad.reason }); continue; }
    Atomics.store(progress, slot * 3, m.i);
    Atomics.store(progress, slot * 3 + 1, k);
    Atomics.add(progress, slot * 3 + 2, 1);
    results.push(await processInput({ path: m.paths[k] }, job));
  }
  if (!job.render) { parentPort!.postMessage({ i: m.i, results }); return; }
  const lens: number[] = [];
  const chunks: Buffer[] = [];
  for (const r of results) {
    const b = typeof r.out === 'string' ? Buffer.from(r.out, 'utf8') : Buffer.alloc(0);
    lens.push(b.length);
    chunks.push(b);
    delete r.out;
  }
  const buf = Buffer.concat(chunks);
  // a fresh ArrayBuffer that can be transferred (Buffer.concat may use the shared pool)
  const ab = buf.buffer.byteLength === buf.length ? buf.buffer : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
  parentPort!.postMessage({ i: m.i, results, lens, buf: ab }, [ab as ArrayBuffer]);
}

// one batch at a time, in the order sent: the pool knows which file is in hand
let chain = prepare(job);
parentPort!.on('message', (m) => { chain = chain.then(() => run(m)); });
