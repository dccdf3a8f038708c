import type { ActionReason, NextAction, NextActionReason } from "../../../core/policy/nextAction";
import type { Params, ReasonTexts } from "../../i18n/en";
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
  const params: Params = { ...next.reason.params };
  for (const key of ["action", "sentAction"]) {
    const name = params[key];
    if (typeof name === "string") params[key] = actionName(name, strings);
  }
  const title = next.kind === "wait" ? waitTitle(next.reason, strings) : undefined;
  return {
    title: title ?? actionName(next.action, strings),
    reason: describeReason(next.reason.key, params, strings),
  };
}

/**
 * A wait says what comes and when, as the Next action column does: "Wait: Reminder 2 from day
 * 15", "Wait: Phone call in 3 days", "Wait: Formal notice already sent".
 */
function waitTitle(reason: ActionReason, strings: Strings): string | undefined {
  const s = strings.selection;
  switch (reason.key) {
    case "levelAlreadySent":
      return s.waitFromDay(actionName(reason.params.action, strings), reason.params.fromDay);
    case "contactInterval":
      return s.waitIn(actionName(reason.params.action, strings), reason.params.days);
    case "lastLevelSent":
      return s.waitAlreadySent(actionName(reason.params.action, strings));
    default:
      return undefined;
  }
}

function describeReason(key: NextActionReason, params: Params, strings: Strings): string {
  // A reason key newer than the texts (a user's workbook from a later version) reads as itself.
  const describe: ReasonTexts[NextActionReason] | undefined = strings.reasons[key];
  return describe ? describe(params) : key;
}
