/**
 * Checks shared by the KPI formulas: each names the figure it refuses, so a #VALUE! message or a
 * pane tooltip can say which input is impossible.
 */

/**
 * Why `value` cannot be a figure of this KPI, or undefined when it is a finite number.
 * @example notANumberReason("DSO", NaN) //=> "DSO is not a number"; notANumberReason("DSO", 12) //=> undefined
 */
export function notANumberReason(name: string, value: number): string | undefined {
  return typeof value === "number" && Number.isFinite(value)
    ? undefined
    : `${name} is not a number`;
}

/** Why `value` cannot be an amount of receivables or sales (negative), or undefined. */
export function negativeReason(name: string, value: number): string | undefined {
  return (
    notANumberReason(name, value) ??
    (value < 0 ? `${name} cannot be negative (${value})` : undefined)
  );
}

/** Why `value` cannot be a number of days or periods (0 or less), or undefined. */
export function notPositiveReason(name: string, value: number): string | undefined {
  return (
    notANumberReason(name, value) ??
    (value <= 0 ? `${name} must be more than 0 (${value})` : undefined)
  );
}

/**
 * The first reason among checks, or undefined when all pass.
 * @example firstReason(undefined, "days is 0") //=> "days is 0"
 */
export function firstReason(...reasons: (string | undefined)[]): string | undefined {
  return reasons.find((reason) => reason !== undefined);
}
