/** The four risk classes of docs/design.md §4, lowest first. */
export type RiskClass = "Low" | "Medium" | "High" | "Critical";

/** Lowest score of each class above Low: Low < 25 <= Medium < 50 <= High < 75 <= Critical. */
export const RISK_CLASS_FLOORS = { Medium: 25, High: 50, Critical: 75 } as const;

/**
 * The class of a risk score (0-100). A NaN score is read as 0: no evidence, no risk class above Low.
 * @example riskClass(75) //=> "Critical"; riskClass(NaN) //=> "Low"
 */
export function riskClass(score: number): RiskClass {
  if (score >= RISK_CLASS_FLOORS.Critical) return "Critical";
  if (score >= RISK_CLASS_FLOORS.High) return "High";
  if (score >= RISK_CLASS_FLOORS.Medium) return "Medium";
  return "Low";
}
