/** Character classes tested by code unit, for hot loops where a regular expression per character would cost more than the work. */

/** White space as normalised text can hold it: ASCII space and controls, NBSP, the typographic spaces, ideographic space. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680 || c === 0x85;
}
