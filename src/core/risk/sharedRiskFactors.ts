import type { RiskFactor, RiskFactorMaker } from "./riskScore";

/**
 * A factor maker for riskScore that hands out one object per distinct (factor, points, value, assumed):
 * across a sheet the habit factors repeat on every row of a customer and the days overdue repeat
 * on every row due the same day, so a million scores share a few thousand factor objects. The
 * objects are shared: read-only. The memory lives as long as the returned function.
 */
export function sharedRiskFactors(): RiskFactorMaker {
  const byValue = new Map<number, RiskFactor[]>();
  return (key, points, value, assumed) => {
    let same = byValue.get(value);
    if (same === undefined) {
      same = [];
      byValue.set(value, same);
    }
    for (const factor of same) {
      if (factor.key === key && factor.points === points && (factor.assumed ?? false) === assumed) {
        return factor;
      }
    }
    const factor: RiskFactor = assumed ? { key, points, value, assumed } : { key, points, value };
    same.push(factor);
    return factor;
  };
}
