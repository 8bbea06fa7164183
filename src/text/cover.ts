/**
 * Which characters of a text some range already claims. Asking "does this
 * overlap anything taken?" of a list of ranges costs the length of the list,
 * and a long article asks it for every match (quadratic: 3,000 citation numbers
 * in one file); a bit per character costs only the length of the ranges.
 * The bits are made at the first claim: most articles claim nothing (no
 * citation, no horizon), and a byte per character of every body, made and
 * dropped, cost more than the questions asked of it.
 */
export class Cover {
  private bits: Uint8Array | null = null;
  private readonly length: number;
  constructor(length: number, private readonly offset = 0) {
    this.length = Math.max(0, length);
  }
  /** Claim [s, e). */
  mark(s: number, e: number): void {
    const from = Math.max(0, s - this.offset), to = Math.min(this.length, Math.max(0, e - this.offset));
    if (from >= to) return;
    (this.bits ??= new Uint8Array(this.length)).fill(1, from, to);
  }
  /** Whether any character of [s, e) is claimed. */
  any(s: number, e: number): boolean {
    const bits = this.bits;
    if (!bits) return false;
    const to = Math.min(bits.length, e - this.offset);
    for (let i = Math.max(0, s - this.offset); i < to; i++) if (bits[i]) return true;
    return false;
  }
  /** Whether every character of [s, e) is claimed. */
  all(s: number, e: number): boolean {
    const bits = this.bits;
    if (!bits || s < this.offset || e - this.offset > bits.length) return false;
    for (let i = s - this.offset; i < e - this.offset; i++) if (!bits[i]) return false;
    return e > s;
  }
  /** Whether the character at i is claimed. */
  at(i: number): boolean {
    return this.bits?.[i - this.offset] === 1;
  }
}
