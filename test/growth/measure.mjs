// One worker thread that runs shapes (worker.mjs); a run over its time limit
// is stopped by ending the worker, and the next run gets a fresh one, so a
// super-linear shape fails alone and quickly.
import { Worker } from 'node:worker_threads';

let worker = null;

/**
 * { ms, out, chars } of the fastest of `reps` runs — or, with `mean`, the mean of `reps` runs back to back
 * (sixteen runs at 64 KB do the work of one at 1 MB, collections included) — or { timeout: true } after `limitMs`.
 */
export function measure(name, bytes, reps, limitMs, mean = false) {
  worker ??= new Worker(new URL('./worker.mjs', import.meta.url));
  const w = worker;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { stop(); worker = null; void w.terminate(); resolve({ timeout: true }); }, limitMs);
    const onMessage = (m) => { stop(); resolve(m); };
    const onError = (e) => { stop(); worker = null; void w.terminate(); reject(e); };
    const stop = () => { clearTimeout(timer); w.off('message', onMessage); w.off('error', onError); };
    w.on('message', onMessage);
    w.on('error', onError);
    w.postMessage({ name, bytes, reps, mean });
  });
}

export async function close() {
  if (worker) await worker.terminate();
  worker = null;
}
