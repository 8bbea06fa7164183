/**
 * Which characters of a text some range already claims. Asking "does this
 * overlap anything taken?" of a list of ranges costs the length of the list,
 * and a long article asks it for every match (quadratic: 3,000 citation numbers
 * in one file); a bit per character costs only the length of the ranges.
 */
export class Cover {
  private readonly bits: Uint8Array;
  constructor(length: number, private readonly offset = 0) {
    this.bits = new Uint8Array(Math.max(0, length));
  }
  /** Claim [s, e). */
  mark(s: number, e: number): void {
    this.bits.fill(1, Math.max(0, s - this.offset), Math.max(0, e - this.offset));
  }
  /** Whether any character of [s, e) is claimed. */
  any(s: number, e: number): boolean {
    const to = Math.min(this.bits.length, e - this.offset);
    for (let i = Math.max(0, s - this.offset); i < to; i++) if (this.bits[i]) return true;
    return false;
  }
  /** Whether every character of [s, e) is claimed. */
  all(s: number, e: number): boolean {
    if (s < this.offset || e - this.offset > this.bits.length) return false;
    for (let i = s - this.offset; i < e - this.offset; i++) if (!this.bits[i]) return false;
    return e > s;
  }
  /** Whether the character at i is claimed. */
  at(i: number): boolean {
    return this.bits[i - this.offset] === 1;
  }
}
