import type { RiskClass } from "../../core/risk/riskClass";

/** Badge colour of a risk class: the usual traffic light, "danger" for Critical. */
export function riskBadgeColor(riskClass: RiskClass): "success" | "warning" | "severe" | "danger" {
  switch (riskClass) {
    case "Low":
      return "success";
    case "Medium":
      return "warning";
    case "High":
      return "severe";
    default:
      return "danger";
  }
}
