/**
 * A worker thread: run the job it was given (see job.ts) on the batches of
 * inputs it is sent, one batch after another. Before each input it notes in
 * shared memory which one it is on, so the pool can name an input that runs
 * too long or exhausts the heap. Text the job writes (`out`) goes back as one
 * UTF-8 buffer per batch, transferred rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadJob, type JobSpec, type Outcome } from './job.js';

const { spec, progress, slot } = workerData as { spec: JobSpec<unknown, unknown>; progress: Int32Array; slot: number };

async function run(m: { i: number; paths: string[]; bad: Array<{ k: number; reason: string }> }): Promise<void> {
  const job = await ready;
  const results: Array<Outcome<unknown>> = [];
  for (let k = 0; k < m.paths.length; k++) {
    const bad = m.bad.find((x) => x.k === k);
    if (bad) { results.push({ file: m.paths[k], error: bad.reason }); continue; }
    Atomics.store(progress, slot * 3, m.i);
    Atomics.store(progress, slot * 3 + 1, k);
    Atomics.add(progress, slot * 3 + 2, 1);
    results.push(await job({ path: m.paths[k] }));
  }
  if (!results.some((r) => typeof r.out === 'string')) { parentPort!.postMessage({ i: m.i, results }); return; }
  // -1: no text for this input (an error, or a job that wrote nothing)
  const lens: number[] = [];
  const chunks: Buffer[] = [];
  for (const r of results) {
    if (typeof r.out !== 'string') { lens.push(-1); continue; }
    const b = Buffer.from(r.out, 'utf8');
    lens.push(b.length);
    chunks.push(b);
    delete r.out;
  }
  const buf = Buffer.concat(chunks);
  // a fresh ArrayBuffer that can be transferred (Buffer.concat may use the shared pool)
  const ab = buf.buffer.byteLength === buf.length ? buf.buffer : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
  parentPort!.postMessage({ i: m.i, results, lens, buf: ab }, [ab as ArrayBuffer]);
}

// the job is made (and warmed up) before the first input: loading lexicons is not any file's time
const ready = loadJob(spec, true);
// one batch at a time, in the order sent: the pool knows which input is in hand
let chain: Promise<unknown> = ready;
parentPort!.on('message', (m) => { chain = chain.then(() => run(m)); });
