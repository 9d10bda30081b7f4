/** Small statistics for repeated runs. */

/** The median of the numbers given, ignoring nulls; null when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Total Blocking Time from long-task durations: the part of each task over 50 ms, added up. */
export function totalBlockingTime(longTaskDurations: readonly number[]): number {
  return longTaskDurations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
}
