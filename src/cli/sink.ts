/**
 * Where results go: stdout or -o FILE. Writes are awaited for drain between
 * articles so memory stays flat on big folders; a closed pipe (| head) ends
 * the run quietly.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { reasonOf } from '../ingest/paths.js';

export interface Sink {
  write(s: string | Uint8Array): void;
  /** wait until the stream has room again */
  drain(): Promise<void>;
  close(): Promise<void>;
  closed: boolean;
  /** the output could not be written (not a closed pipe: a real error) */
  failed: boolean;
  isTTY: boolean;
  columns?: number;
}

export function openSink(file?: string): Sink {
  const stream: Writable = file ? createWriteStream(file) : process.stdout;
  let full = false;
  const sink: Sink = {
    closed: false,
    failed: false,
    isTTY: !file && Boolean(process.stdout.isTTY),
    columns: file ? undefined : process.stdout.columns,
    write(s) {
      if (sink.closed) return;
      if (!stream.write(s)) full = true;
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
      if (file && !sink.closed) await new Promise<void>((res) => { stream.end(); stream.once('finish', res); stream.once('error', () => res()); });
    },
  };
  stream.on('error', (e: NodeJS.ErrnoException) => {
    sink.closed = true;
    if (e.code === 'EPIPE') return;
    sink.failed = true;
    process.stderr.write(`linkage: ${file ?? 'stdout'}: cannot write: ${reasonOf(e)}\n`);
  });
  return sink;
}
