/**
 * A worker thread: read, extract (and render, when asked) the batches of
 * articles it is sent. Rendered output goes back as one UTF-8 buffer per
 * batch, transferred rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processInput, type Task, type TaskResult } from './task.js';

const job = workerData as Task;
parentPort!.on('message', async (m: { i: number; paths: string[] }) => {
  const results: TaskResult[] = [];
  for (const path of m.paths) results.push(await processInput({ path }, job));
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
});
