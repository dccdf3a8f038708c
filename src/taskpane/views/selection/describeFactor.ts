import type { RiskFactor } from "../../../core/risk/riskScore";
import type { Formatters } from "../../format/formatters";
import type { Strings } from "../../i18n/strings";

/** "+30: pays 28 days late on average": the points a factor adds and why, in the pane's language. */
export function describeFactor(factor: RiskFactor, strings: Strings, format: Formatters): string {
  const f = strings.factors;
  let text: string;
  switch (factor.key) {
    case "daysOverdue":
      text = f.daysOverdue(format.number(factor.value, 0));
      break;
    case "usualDelay":
      text =
        factor.value >= 0
          ? f.usualDelayAfter(format.number(factor.value, 0))
          : f.usualDelayBefore(format.number(-factor.value, 0));
      break;
    case "severeLateShare":
      text = f.severeLateShare(format.percent(factor.value));
      break;
    case "fewSettled":
      text = f.fewSettled(format.number(factor.value, 0));
      break;
    case "averageDaysLate":
      text = f.averageDaysLate(format.number(factor.value, 0));
      break;
    case "lateShare":
      text = f.lateShare(format.percent(factor.value));
      break;
    case "disputed":
      text = f.disputed();
      break;
    case "remindersSent":
      text = f.remindersSent(format.number(factor.value, 0));
      break;
    case "creditUse":
      text = f.creditUse(format.percent(factor.value));
      break;
    default:
      text = f.other(
        String((factor as RiskFactor).key),
        format.number((factor as RiskFactor).value)
      );
  }
  if (factor.assumed) text = f.assumed(text);
  return strings.selection.factorLine(factor.points, text);
}
