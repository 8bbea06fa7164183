/**
 * Run a job over many inputs on all cores, results in input order.
 *
 * Worker threads each take one input at a time (the job reads it and does
 * its work there, so the main thread only writes); results come back out of
 * order and wait for their turn, with a bounded number of tasks in flight so
 * memory stays flat however many files there are. Small runs (and stdin)
 * stay on the main thread: a worker costs ~40 ms to start. What a job does
 * is its module's business (see job.ts); the pool knows no command.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { InputRef } from '../ingest/paths.js';
import { loadJob, type JobSpec, type Outcome } from './job.js';

export type { Job, JobSpec, Outcome } from './job.js';

/** Below this many files, one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 64;
const IN_FLIGHT_PER_WORKER = 4;
/**
 * A worker's old-generation heap. Left alone, V8 lets a busy heap grow to
 * gigabytes of garbage before it collects; one article needs a few MB, so a
 * cap keeps memory flat as the corpus grows (and a runaway input fails alone).
 */
const WORKER_HEAP_MB = Number(process.env.LINKAGE_WORKER_MB) > 0 ? Number(process.env.LINKAGE_WORKER_MB) : 256;
/**
 * A worker's young generation, where an article's short-lived strings and facts are made and dropped.
 * V8's default lets it grow to about 48 MB per thread; 12 MB keeps a two-core run of the 18,000-article
 * corpus at about 220 MB instead of 265, for about 2 % more CPU (paired runs, n=3).
 */
const WORKER_YOUNG_MB = 12;

/** Seconds one file may take in a worker before it is stopped and reported (LINKAGE_FILE_SECONDS). */
export function fileSeconds(): number {
  const s = Number(process.env.LINKAGE_FILE_SECONDS);
  return Number.isFinite(s) && s > 0 ? s : 120;
}

/**
 * How many worker threads a run of these inputs gets (1: it runs on the main
 * thread): as asked, one per core by default, never more than the cores (more
 * only adds heaps) nor than a sixteenth of the inputs.
 */
export function threadsFor(inputs: InputRef[], asked: number | undefined): number {
  if (inputs.length < PARALLEL_THRESHOLD || inputs.some((r) => r.stdin)) return 1;
  const cores = availableParallelism();
  return Math.max(1, Math.min(asked ?? cores, cores, Math.ceil(inputs.length / 16)));
}

/** The outcome of `spec`'s job on each input, in input order, on `jobs` threads at most (default: one per core). */
export async function* runJob<O, R>(inputs: InputRef[], spec: JobSpec<O, R>, jobs?: number): AsyncGenerator<Outcome<R>> {
  const threads = threadsFor(inputs, jobs);
  if (threads <= 1) {
    const job = await loadJob(spec);
    for (const ref of inputs) yield await job(ref);
    return;
  }
  yield* parallel(inputs, threads, spec);
}

interface Batch { i: number; paths: string[]; bad: Array<{ k: number; reason: string }> }
type Reply = { i: number; results: Array<Outcome<unknown>>; lens?: number[]; buf?: ArrayBuffer };

/**
 * One worker thread and the batches sent to it, in order. Through shared
 * memory it says which file it is on (batch, index, and a count of files
 * started), so a file that runs too long or takes the worker down with it
 * can be named, reported, and the worker replaced.
 */
class Slot {
  worker!: Worker;
  queue: Batch[] = [];
  seen = -1;
  since = 0;
  constructor(private readonly id: number, private readonly progress: Int32Array, private readonly spec: JobSpec<unknown, unknown>,
    private readonly onReply: (m: Reply) => void, private readonly onFail: (slot: Slot, reason: string) => void) {
    this.start();
  }
  start(): void {
    const w = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: { spec: this.spec, progress: this.progress, slot: this.id },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    this.worker = w;
    w.on('message', (m: Reply) => {
      if (this.worker !== w) return;
      const at = this.queue.findIndex((b) => b.i === m.i);
      if (at >= 0) this.queue.splice(at, 1);
      this.onReply(m);
    });
    w.on('error', (e: Error & { code?: string }) => {
      if (this.worker !== w) return;
      this.onFail(this, e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `ran out of memory (a worker's heap is ${WORKER_HEAP_MB} MB)` : `internal error: ${e.message}`);
    });
    w.on('exit', (code) => {
      if (this.worker === w && code !== 0 && !this.stopping) this.onFail(this, `internal error: a worker stopped (exit ${code})`);
    });
    for (const b of this.queue) w.postMessage(b);
  }
  stopping = false;
  send(b: Batch): void {
    this.queue.push(b);
    this.worker.postMessage(b);
  }
  /** The file being read now: its batch and index in the batch, and how many files this worker has started. */
  current(): { i: number; k: number; count: number } {
    return { i: Atomics.load(this.progress, this.id * 3), k: Atomics.load(this.progress, this.id * 3 + 1), count: Atomics.load(this.progress, this.id * 3 + 2) };
  }
  /** Replace the worker after its file `k` of the first batch failed; the batches it held go to the new one. */
  restart(reason: string): void {
    const cur = this.current();
    const head = this.queue.find((b) => b.i === cur.i);
    if (head && cur.count > 0 && !head.bad.some((x) => x.k === cur.k)) head.bad.push({ k: cur.k, reason });
    else if (this.queue[0]) this.queue[0].bad.push({ k: firstUndone(this.queue[0]), reason });
    const old = this.worker;
    Atomics.store(this.progress, this.id * 3 + 2, 0);
    this.seen = -1;
    void old.terminate();
    this.start();
  }
}

/** The first file of a batch not already reported (a worker that dies before it starts one blames the first). */
function firstUndone(b: Batch): number {
  let k = 0;
  while (b.bad.some((x) => x.k === k)) k++;
  return k;
}

async function* parallel<O, R>(inputs: InputRef[], jobs: number, spec: JobSpec<O, R>): AsyncGenerator<Outcome<R>> {
  const progress = new Int32Array(new SharedArrayBuffer(4 * 3 * jobs));
  // files go out in batches: one message per file costs more than a small article's extraction
  const size = Math.max(1, Math.min(32, Math.floor(inputs.length / (jobs * 16))));
  const batches = Math.ceil(inputs.length / size);
  const done = new Map<number, Array<Outcome<R>>>();
  const limit = jobs * IN_FLIGHT_PER_WORKER;
  let next = 0; // next batch to send
  let emit = 0; // next batch to yield
  let wake: (() => void) | null = null;
  const onReply = (m: Reply) => {
    if (m.buf) { // rendered output: slice the batch buffer back into articles
      let at = 0;
      m.results.forEach((r, k) => {
        if (m.lens![k] >= 0) (r as { out: Uint8Array }).out = new Uint8Array(m.buf!, at, m.lens![k]);
        at += Math.max(0, m.lens![k]);
      });
    }
    done.set(m.i, m.results as Array<Outcome<R>>);
    wake?.();
  };
  const onFail = (slot: Slot, reason: string) => { slot.restart(reason); };
  const slots = Array.from({ length: jobs }, (_, id) => new Slot(id, progress, spec as JobSpec<unknown, unknown>, onReply, onFail));
  const fill = () => {
    // round-robin over workers while the window of unyielded batches has room
    while (next < batches && next - emit < limit) {
      const paths = inputs.slice(next * size, (next + 1) * size).map((r) => r.path);
      slots[next % jobs].send({ i: next++, paths, bad: [] });
    }
  };
  // a file that runs past its time: the worker is stopped, the file reported, the rest go on
  const budget = fileSeconds() * 1000;
  const watch = setInterval(() => {
    const now = Date.now();
    for (const s of slots) {
      if (!s.queue.length) { s.seen = -1; continue; }
      const c = s.current().count;
      // count 0: still loading its lexicons, no file in hand yet
      if (c !== s.seen || c === 0) { s.seen = c; s.since = now; continue; }
      if (now - s.since > budget) s.restart(`took longer than ${fileSeconds()} s (the time limit per file, LINKAGE_FILE_SECONDS)`);
    }
  }, Math.min(1000, Math.max(50, budget / 4)));
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
      await new Promise<void>((res) => { wake = res; });
      wake = null;
    }
  } finally {
    clearInterval(watch);
    await Promise.all(slots.map((s) => { s.stopping = true; return s.worker.terminate(); }));
  }
}
