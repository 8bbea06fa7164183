/** Sorted ranges of text offsets. */

/**
 * Whether [s, e) overlaps one of `ranges`, sorted by start and not overlapping
 * each other: a binary search, so checking every match of a scan stays linear
 * ("is this number inside a citation already read", "is this title where it was written").
 */
export function overlapsAny(ranges: ReadonlyArray<readonly [number, number]>, s: number, e: number): boolean {
  let lo = 0, hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= s) lo = mid + 1;
    else if (ranges[mid][0] >= e) hi = mid - 1;
    else return true;
  }
  return false;
}
