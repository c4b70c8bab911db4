/** The statistics the fits (and comparisons) share: the median of samples, null when there are none. */

/** Median of `xs` (mean of the two middle values for an even count); null for no samples. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
