import type { NextAction, NextActionReason } from "../../../core/policy/nextAction";
import type { Strings } from "../../i18n/strings";

/** The action name in the pane's language; a user's own ladder names are kept as typed. */
export function actionName(action: string, strings: Strings): string {
  return strings.actions[action] ?? action;
}

/**
 * The next action as a title and a reason, translated: "Wait: Phone call from day 30" and
 * "“Reminder 2” was already sent; “Phone call” is due from day 30."
 */
export function describeNextAction(
  next: Pick<NextAction, "kind" | "action" | "reason">,
  strings: Strings
): { title: string; reason: string } {
  const params = { ...next.reason.params };
  for (const key of ["action", "sentAction"] as const) {
    if (typeof params[key] === "string") params[key] = actionName(params[key] as string, strings);
  }
  const title = next.kind === "wait" ? waitTitle(next.reason, params, strings) : undefined;
  return {
    title: title ?? actionName(next.action, strings),
    reason: describeReason(next.reason.key, params, strings),
  };
}

/**
 * A wait says what comes and when, as the Next action column does: "Wait: Reminder 2 from day
 * 15", "Wait: Phone call in 3 days", "Wait: Formal notice already sent".
 */
function waitTitle(
  reason: NextAction["reason"],
  params: Record<string, string | number>,
  strings: Strings
): string | undefined {
  const s = strings.selection;
  const action = String(params.action);
  if (reason.key === "levelAlreadySent") return s.waitFromDay(action, Number(params.fromDay));
  if (reason.key === "contactInterval") return s.waitIn(action, Number(params.days));
  if (reason.key === "lastLevelSent") return s.waitAlreadySent(action);
  return undefined;
}

function describeReason(
  key: NextActionReason,
  params: Record<string, string | number>,
  strings: Strings
): string {
  // A reason key newer than the texts (a user's workbook from a later version) reads as itself.
  const describe = strings.reasons[key] as ((p: typeof params) => string) | undefined;
  return describe ? describe(params) : key;
}
