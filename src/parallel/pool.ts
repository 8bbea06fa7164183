/**
 * Process many inputs on all cores, results in input order.
 *
 * Worker threads each take one file at a time (reading, extracting and, for
 * the CLI, rendering it, so the main thread only writes); results come back
 * out of order and wait for their turn, with a bounded number of tasks in
 * flight so memory stays flat however many files there are. Small runs (and
 * stdin) stay on the main thread: a worker costs ~40 ms to start.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { InputRef } from '../ingest/paths.js';
import { processInput, type Task, type TaskResult } from './task.js';

/** Below this many files, one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 64;
const IN_FLIGHT_PER_WORKER = 4;
/**
 * A worker's old-generation heap. Left alone, V8 lets a busy heap grow to
 * gigabytes of garbage before it collects; one article needs a few MB, so a
 * cap keeps memory flat as the corpus grows (and a runaway input fails alone).
 */
const WORKER_HEAP_MB = 256;

export function defaultJobs(): number {
  return availableParallelism();
}

export async function* processAll(inputs: InputRef[], task: Task & { jobs?: number }): AsyncGenerator<TaskResult> {
  const { jobs: asked, ...job } = task;
  const jobs = Math.min(asked ?? defaultJobs(), Math.ceil(inputs.length / 16));
  if (jobs <= 1 || inputs.length < PARALLEL_THRESHOLD || inputs.some((r) => r.stdin)) {
    for (const ref of inputs) yield await processInput(ref, job);
    return;
  }
  yield* parallel(inputs, jobs, job);
}

async function* parallel(inputs: InputRef[], jobs: number, job: Task): AsyncGenerator<TaskResult> {
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }));
  // files go out in batches: one message per file costs more than a small article's extraction
  const size = Math.max(1, Math.min(32, Math.floor(inputs.length / (jobs * 16))));
  const batches = Math.ceil(inputs.length / size);
  const done = new Map<number, TaskResult[]>();
  const limit = jobs * IN_FLIGHT_PER_WORKER;
  let next = 0; // next batch to send
  let emit = 0; // next batch to yield
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const fill = () => {
    // round-robin over workers while the window of unyielded batches has room
    while (next < batches && next - emit < limit) {
      const paths = inputs.slice(next * size, (next + 1) * size).map((r) => r.path);
      workers[next % jobs].postMessage({ i: next++, paths });
    }
  };
  for (const w of workers) {
    w.on('message', (m: { i: number; results: TaskResult[]; lens?: number[]; buf?: ArrayBuffer }) => {
      if (m.buf) { // rendered output: slice the batch buffer back into articles
        let at = 0;
        m.results.forEach((r, k) => {
          if (r.error === undefined) (r as { out: Uint8Array }).out = new Uint8Array(m.buf!, at, m.lens![k]);
          at += m.lens![k];
        });
      }
      done.set(m.i, m.results);
      wake?.();
    });
    w.on('error', (e) => { failure = e; wake?.(); });
  }
  fill();
  try {
    while (emit < batches) {
      const rs = done.get(emit);
      if (rs) {
        done.delete(emit++);
        fill();
        yield* rs;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((res) => { wake = res; });
      wake = null;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
