/**
 * Collecting garbage at a given moment, for texts of tens of MB. V8 lets a heap grow to several times
 * what it holds before it collects, and a long text leaves copies of itself of tens of MB each (the
 * decoded file, the text before its tones were unified, before it was blanked): a 50 MB file peaked at
 * 530-610 MB as the heap happened to grow, under 470 MB with a collection at each such moment. Each
 * costs some 50 ms, against seconds of work on such a file; shorter texts are never collected here.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A text of this many characters (some 16 MB of Vietnamese in UTF-8) or more is large. */
export const LARGE_TEXT = 10_000_000;

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    // the one way to a collection on demand: V8's gc function, exposed after start
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
