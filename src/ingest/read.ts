/**
 * Read one input (file or stdin) into text; errors are InputError with a reason.
 *
 * Only regular files are read, and only up to a size limit: a FIFO would wait
 * forever, /dev/zero would fill memory, and one file of gigabytes would stop
 * the run for every other file. The limit is LINKAGE_MAX_FILE_MB (default 100,
 * far above any article).
 */
import { openSync, fstatSync, readSync, closeSync, constants } from 'node:fs';
import { decode, InputError } from './decode.js';
import { kindOf, reasonOf, type InputRef } from './paths.js';

const DEFAULT_MAX_MB = 100;

/** The largest input read, in bytes. */
export function maxInputBytes(): number {
  const mb = Number(process.env.LINKAGE_MAX_FILE_MB);
  return Math.floor((Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024);
}

const tooLarge = (limit: number) => new InputError(`larger than the size limit of ${limit >= 1048576 ? `${+(limit / 1048576).toFixed(1)} MB` : `${limit} bytes`} (set by LINKAGE_MAX_FILE_MB)`);

export async function readStdin(limit = maxInputBytes()): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A regular file's bytes, up to the limit; anything else is an InputError. */
export function readRegularFile(path: string, limit = maxInputBytes()): Buffer {
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
    if (st.size > limit) throw tooLarge(limit);
    // read what is there, never more than the limit (a file may grow while it is read)
    const buf = Buffer.allocUnsafe(Math.min(st.size, limit) + 1);
    let n = 0;
    for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, null)) > 0;) n += r;
    if (n > limit) throw tooLarge(limit);
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
