/**
 * Ageing buckets: "Current" (not yet late), then one bucket per bound, then the rest.
 * With the default bounds [30, 60, 90]: Current, 1-30, 31-60, 61-90, 91+.
 */
export const DEFAULT_BUCKET_BOUNDS: readonly number[] = [30, 60, 90];

/**
 * Why these bounds cannot make buckets, or undefined when they can.
 * @example invalidBoundsReason([60, 30]) //=> "bounds must increase: 60 then 30"
 */
export function invalidBoundsReason(bounds: readonly number[]): string | undefined {
  if (bounds.length === 0) return "give at least one bound, e.g. {30,60,90}";
  for (let i = 0; i < bounds.length; i++) {
    const bound = bounds[i];
    if (!Number.isInteger(bound) || bound < 1)
      return `bound ${bound} is not a whole number of days of 1 or more`;
    if (i > 0 && bound <= bounds[i - 1])
      return `bounds must increase: ${bounds[i - 1]} then ${bound}`;
  }
  return undefined;
}

/**
 * Labels of the buckets for these bounds, oldest last.
 * @example bucketLabels([30, 60]) //=> ["Current", "1-30", "31-60", "61+"]
 */
export function bucketLabels(bounds: readonly number[] = DEFAULT_BUCKET_BOUNDS): string[] {
  const labels = ["Current"];
  let from = 1;
  for (const bound of bounds) {
    labels.push(`${from}-${bound}`);
    from = bound + 1;
  }
  labels.push(`${from}+`);
  return labels;
}

/**
 * Index of the bucket (0 = Current) that `daysOverdue` falls in.
 * @example ageBucketIndex(45) //=> 2; ageBucketIndex(-3) //=> 0
 */
export function ageBucketIndex(
  daysOverdue: number,
  bounds: readonly number[] = DEFAULT_BUCKET_BOUNDS
): number {
  if (daysOverdue <= 0) return 0;
  for (let i = 0; i < bounds.length; i++) if (daysOverdue <= bounds[i]) return i + 1;
  return bounds.length + 1;
}

/**
 * Label of the bucket that `daysOverdue` falls in, e.g. "31-60".
 * @example ageBucket(45) //=> "31-60"; ageBucket(45, [30, 60]) //=> "31-60"
 */
export function ageBucket(
  daysOverdue: number,
  bounds: readonly number[] = DEFAULT_BUCKET_BOUNDS
): string {
  return bucketLabels(bounds)[ageBucketIndex(daysOverdue, bounds)];
}
