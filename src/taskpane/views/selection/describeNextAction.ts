import type { NextAction } from "../../../core/policy/nextAction";
import type { Strings } from "../../i18n/strings";

/** The action name in the pane's language; a user's own ladder names are kept as typed. */
export function actionName(action: string, strings: Strings): string {
  return strings.actions[action] ?? action;
}

/**
 * The next action as a title and a reason, translated: "Wait: Phone call" and "Reminder 2 was
 * already sent; Phone call is due from day 30."
 */
export function describeNextAction(
  next: Pick<NextAction, "kind" | "action" | "reason">,
  strings: Strings
): { title: string; reason: string } {
  const params = { ...next.reason.params };
  for (const key of ["action", "sentAction"] as const) {
    if (typeof params[key] === "string") params[key] = actionName(params[key] as string, strings);
  }
  const title =
    next.kind === "wait" && typeof params.action === "string"
      ? strings.selection.waitFor(actionName(next.action, strings), params.action)
      : actionName(next.action, strings);
  const describe = strings.reasons[next.reason.key];
  const reason = describe ? describe(params) : next.reason.key;
  return { title, reason };
}
