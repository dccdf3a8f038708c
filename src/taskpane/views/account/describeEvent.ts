import type { TimelineEvent } from "../../../core/account/timeline";
import type { DunningLevel } from "../../../core/types";
import type { Formatters } from "../../format/formatters";
import type { Strings } from "../../i18n/strings";
import { actionName } from "../selection/describeNextAction";

/** One timeline event as a sentence in the user's language. */
export function describeEvent(
  event: TimelineEvent,
  strings: Strings,
  format: Formatters,
  ladder: readonly DunningLevel[]
): string {
  const a = strings.customer.account;
  if (event.kind === "letter") {
    const step = ladder.find((level) => level.level === event.letter.level);
    const action = step ? actionName(step.action, strings) : String(event.letter.level);
    return a.letter(action, event.letter.invoices.join(", "));
  }
  if (event.kind === "plan") {
    const { plan, total, state } = event.plan;
    return a.plan(
      plan.instalments.length,
      format.money(total),
      strings.customer.plan.states[state]
    );
  }
  const entry = event.entry;
  switch (event.kind) {
    case "call":
      return a.call(entry.outcome ? strings.customer.outcomes[entry.outcome] : "", entry.text);
    case "promise": {
      const promise = event.promise;
      const amount = promise?.amount ?? entry.amount ?? 0;
      const state = promise ? a.promiseStates[promise.state] : "";
      return a.promise(format.money(amount), format.date(entry.promiseDate ?? entry.date), state);
    }
    case "dispute":
      return a.dispute(
        strings.customer.reasons[entry.reason ?? "other"],
        entry.invoices.join(", "),
        entry.owner ?? ""
      );
    case "resolved":
      return a.resolved(entry.invoices.join(", "));
    default:
      return a.note(entry.text);
  }
}
