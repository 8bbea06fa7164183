/** Read one input (file or stdin) into text; errors are InputError with a reason. */
import { readFileSync } from 'node:fs';
import { decode, InputError } from './decode.js';
import { reasonOf, type InputRef } from './paths.js';

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(ref: InputRef): Promise<string> {
  let buf: Buffer;
  try {
    // small files: a synchronous read beats a round trip through the thread pool
    buf = ref.stdin ? await readStdin() : readFileSync(ref.path);
  } catch (e) {
    throw new InputError(reasonOf(e));
  }
  return decode(buf);
}
