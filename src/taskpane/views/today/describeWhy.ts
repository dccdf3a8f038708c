import type { WorklistLine } from "../../../core/account/worklist";
import type { Formatters } from "../../format/formatters";
import type { Strings } from "../../i18n/strings";
import { actionName } from "../selection/describeNextAction";

/** Why the customer is on today's list, in the user's language. */
export function describeWhy(line: WorklistLine, strings: Strings, format: Formatters): string {
  const t = strings.customer.today;
  const why = line.why;
  if (why.key === "brokenPromise") return t.brokenPromise(format.date(why.date));
  if (why.key === "promiseDue") return t.promiseDue(format.money(why.amount));
  return t.stepDue(actionName(why.action, strings), why.daysOverdue, why.invoices);
}

/** The next action of the line, in the user's language. */
export function describeLineNext(line: WorklistLine, strings: Strings): string {
  return line.next
    ? strings.customer.today.next(actionName(line.next.action, strings))
    : strings.customer.today.checkPayment;
}
