/** Read one input (file or stdin) into text; errors are InputError with a reason. */
import { readFile } from 'node:fs/promises';
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
    buf = ref.stdin ? await readStdin() : await readFile(ref.path);
  } catch (e) {
    throw new InputError(reasonOf(e));
  }
  return decode(buf);
}
