/**
 * Read one input (file or stdin) into text; errors are InputError with a reason.
 *
 * Only regular files are read, and only up to a size limit: a FIFO would wait
 * forever, /dev/zero would fill memory, and one file of gigabytes would stop
 * the run for every other file. The limit is LINKAGE_MAX_FILE_MB (default 100,
 * far above any article).
 */
import { openSync, fstatSync, readSync, closeSync, constants } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { decode, InputError } from './decode.js';
import { kindOf, reasonOf, type InputRef } from './paths.js';

const DEFAULT_MAX_MB = 100;
/**
 * Bytes of memory an input byte costs outside the JavaScript heap before any extractor runs, with a margin: the
 * file's own buffer and its UTF-16 copy, the Markdown and cover masks, the date flags (the offset map is sparse, see
 * normalize.ts, and no longer counts). In a worker thread an
 * ArrayBuffer that cannot be had at the heap's limit ends the whole process, not the worker (V8 treats it as
 * fatal), so there a file whose arrays alone would fill the heap is not read: a 24 MB page under a 64 MB heap.
 */
const BYTES_PER_BYTE = 8;

const mb = (n: number) => (n >= 1048576 ? `${+(n / 1048576).toFixed(1)} MB` : `${n} bytes`);

/** The largest input read, in bytes, and what the error says when an input is larger. */
const HEAP_BOUND = isMainThread ? Infinity : Math.floor(getHeapStatistics().heap_size_limit / BYTES_PER_BYTE);
interface Limit { bytes: number; reason: string }
/**
 * The limit, worked out on the first read and kept: LINKAGE_MAX_FILE_MB is read once, as pool.ts reads
 * LINKAGE_WORKER_MB (reading the environment and formatting the messages for every file cost more than its fstat).
 */
let known: Limit | undefined;
const inputLimit = (): Limit => (known ??= limitOf(Number(process.env.LINKAGE_MAX_FILE_MB)));
function limitOf(set: number): Limit {
  const bytes = Math.floor((Number.isFinite(set) && set > 0 ? set : DEFAULT_MAX_MB) * 1024 * 1024);
  const heap = HEAP_BOUND;
  if (heap < bytes) {
    return { bytes: heap, reason: `ran out of memory: larger than ${mb(heap)}, too large for a worker's heap of ${mb(heap * BYTES_PER_BYTE)} (raise LINKAGE_WORKER_MB, or use --jobs 1)` };
  }
  return { bytes, reason: `larger than the size limit of ${mb(bytes)} (set by LINKAGE_MAX_FILE_MB)` };
}

export async function readStdin(): Promise<Buffer> {
  const { bytes: limit, reason } = inputLimit();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > limit) throw new InputError(reason);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A regular file's bytes, up to the limit; anything else is an InputError. */
export function readRegularFile(path: string): Buffer {
  const { bytes: limit, reason } = inputLimit();
  let fd: number;
  try {
    // non-blocking: opening a FIFO with no writer must not wait
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(reasonOf(e));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError(kindOf(st));
    if (st.size > limit) throw new InputError(reason);
    // read what is there, never more than the limit (a file may grow while it is read). Reading stops at the size
    // fstat gave, without one more call to learn that nothing follows; a file of size 0 (as /proc shows its files)
    // is read up to the buffer's end
    const buf = Buffer.allocUnsafe(Math.min(st.size, limit) + 1);
    const stop = st.size > 0 ? st.size : buf.length;
    let n = 0;
    for (let r; n < stop && (r = readSync(fd, buf, n, buf.length - n, null)) > 0;) n += r;
    if (n > limit) throw new InputError(reason);
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(reasonOf(e));
  } finally {
    closeSync(fd);
  }
}

export async function readInput(ref: InputRef): Promise<string> {
  const buf = ref.stdin ? await readStdinChecked() : readRegularFile(ref.path);
  return decode(buf);
}

async function readStdinChecked(): Promise<Buffer> {
  try {
    return await readStdin();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(reasonOf(e));
  }
}
