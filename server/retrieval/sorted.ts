/** Binary search over an ascending list (pure). */

/** The first position in the ascending `list` whose item is not below `x` (its length when every item is). */
export function lowerBound<T extends number | string>(list: ArrayLike<T>, x: T): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
