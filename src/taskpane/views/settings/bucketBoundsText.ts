import { invalidBoundsReason } from "../../../core/ageing/ageBucket";

/** [30, 60, 90] -> "30, 60, 90" for the text field. */
export function boundsToText(bounds: readonly number[]): string {
  return bounds.join(", ");
}

/** "30; 60 ; 90" or "30 60 90" -> [30, 60, 90]; undefined when they cannot make buckets. */
export function boundsFromText(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== "");
  const bounds = parts.map(Number);
  if (invalidBoundsReason(bounds) !== undefined) return undefined;
  return bounds;
}
