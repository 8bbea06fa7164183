/**
 * Where results go: stdout (no -o, or -o -) or a file. The file is checked
 * before any work (a missing folder, a directory, a read-only file is a usage
 * error at once, exit 2), written to a temporary file beside it and renamed
 * over it only when the run is done, so a run that fails or is killed leaves
 * the previous file whole. Devices and FIFOs (`/dev/stdout`, a named pipe)
 * are written directly. Writes are awaited for drain between articles so
 * memory stays flat; a closed pipe (| head) ends the run quietly.
 */
import { createWriteStream, chmodSync, openSync, realpathSync, renameSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import { reasonOf, type InputRef } from '../ingest/paths.js';
import { UsageError, type Io } from './context.js';

export interface Sink {
  write(s: string | Uint8Array): void;
  /** wait until the stream has room again */
  drain(): Promise<void>;
  /** finish: a file is put in place */
  close(): Promise<void>;
  /** give up: nothing is put in place (the previous file stays as it was) */
  abort(): Promise<void>;
  /** refuse to write over one of the inputs (usage error) */
  guard(inputs: InputRef[]): void;
  closed: boolean;
  /** the output could not be written (not a closed pipe: a real error) */
  failed: boolean;
  isTTY: boolean;
  columns?: number;
}

const outputError = (file: string, reason: string) => new UsageError(`${file}: cannot write: ${reason}`);

export function openSink(file: string | undefined, io: Io): Sink {
  if (file === undefined || file === '-') return streamSink(io.stdout, 'stdout', io, { isTTY: Boolean(io.stdout.isTTY), columns: io.stdout.columns });
  let st: Stats | undefined;
  try { st = statSync(file, { throwIfNoEntry: false }); } catch (e) { throw outputError(file, reasonOf(e)); }
  if (st?.isDirectory()) throw outputError(file, 'is a directory');
  if (st && !st.isFile()) {
    // a device or a FIFO: no rename possible, written as it is
    let fd: number;
    try { fd = openSync(file, 'w'); } catch (e) { throw outputError(file, reasonOf(e)); }
    return streamSink(createWriteStream('', { fd }), file, io, { target: realpathSync(file) });
  }
  // a read-only file stays read-only, even for root, whom permissions do not stop
  if (st && (st.mode & 0o200) === 0) throw outputError(file, 'read-only file');
  const target = st ? realpathSync(file) : resolve(file);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const remove = () => { try { unlinkSync(tmp); } catch { /* already gone */ } };
  const onSignal = (sig: NodeJS.Signals) => { remove(); release(); process.kill(process.pid, sig); };
  const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const release = () => { process.off('exit', remove); for (const s of SIGNALS) process.off(s, onSignal); };
  // listening before the file exists: a signal in between must not leave it behind
  process.on('exit', remove);
  for (const s of SIGNALS) process.on(s, onSignal);
  let fd: number;
  try { fd = openSync(tmp, 'wx', st ? st.mode & 0o7777 : 0o666); } catch (e) {
    release();
    const code = (e as NodeJS.ErrnoException).code;
    throw outputError(file, code === 'ENOENT' ? 'no such directory' : reasonOf(e));
  }
  const stream = createWriteStream('', { fd });
  return streamSink(stream, file, io, {
    target: st ? target : undefined,
    commit() {
      release();
      try {
        if (st) chmodSync(tmp, st.mode & 0o7777);
        renameSync(tmp, target);
      } catch (e) {
        remove();
        io.stderr.write(`linkage: ${file}: cannot write: ${reasonOf(e)}\n`);
        return false;
      }
      return true;
    },
    discard() { release(); remove(); },
  });
}

interface SinkExtras {
  isTTY?: boolean; columns?: number;
  /** the real path of the file written over, to refuse writing over an input */
  target?: string;
  commit?(): boolean;
  discard?(): void;
}

/**
 * A long string is written in pieces of this many UTF-16 units: a stream turns what it is given into
 * one buffer of UTF-8, and the output of one 50 MB article is some 40 MB of it at once; written to a
 * file (stdout redirected, written synchronously) each piece's buffer is dropped as soon as it is out.
 */
const CHUNK = 1 << 20;
/** Where the piece from `at` ends: CHUNK units on, never between the two halves of a surrogate pair. */
function pieceEnd(s: string, at: number): number {
  let end = Math.min(s.length, at + CHUNK);
  const c = s.charCodeAt(end - 1);
  if (end < s.length && c >= 0xd800 && c <= 0xdbff) end--;
  return end;
}

function streamSink(stream: Writable | NodeJS.WritableStream, name: string, io: Io, x: SinkExtras): Sink {
  const isStdout = stream === io.stdout;
  let full = false;
  let ended = false;
  const end = () => new Promise<void>((res) => {
    if (ended || isStdout) { res(); return; }
    ended = true;
    stream.once('finish', res);
    stream.once('error', () => res());
    stream.once('close', res);
    stream.end();
  });
  const sink: Sink = {
    closed: false,
    failed: false,
    isTTY: x.isTTY ?? false,
    columns: x.columns,
    write(s) {
      if (sink.closed) return;
      if (typeof s === 'string' && s.length > CHUNK) {
        for (let at = 0; at < s.length;) {
          const end = pieceEnd(s, at);
          if (!stream.write(s.slice(at, end))) full = true;
          at = end;
        }
      } else if (!stream.write(s)) full = true;
    },
    async drain() {
      if (!full || sink.closed) return;
      full = false;
      await new Promise<void>((res) => {
        const done = () => { stream.off('drain', done); stream.off('close', done); res(); };
        stream.on('drain', done);
        stream.on('close', done);
      });
    },
    async close() {
      await end();
      if (sink.failed) x.discard?.();
      else if (x.commit && !x.commit()) sink.failed = true;
    },
    async abort() {
      sink.closed = true;
      x.discard?.();
      await end();
    },
    guard(inputs) {
      // only a file that exists can be one of the inputs (a link to it included)
      if (!x.target) return;
      for (const ref of inputs) {
        if (ref.stdin) continue;
        let real: string;
        try { real = realpathSync(ref.path); } catch { continue; }
        if (real === x.target) {
          void sink.abort();
          throw new UsageError(`${name}: is one of the inputs; refusing to write over it`);
        }
      }
    },
  };
  stream.on('error', (e: NodeJS.ErrnoException) => {
    sink.closed = true;
    if (e.code === 'EPIPE') return;
    sink.failed = true;
    io.stderr.write(`linkage: ${name}: cannot write: ${reasonOf(e)}\n`);
  });
  return sink;
}
