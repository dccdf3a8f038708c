/** How sure the column guess is, in three words a user can act on (1 = exact synonym). */
export type ConfidenceLevel = "high" | "medium" | "low";

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.9) return "high";
  if (confidence >= 0.65) return "medium";
  return "low";
}
