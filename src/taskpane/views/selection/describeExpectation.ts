import type { PaymentExpectation } from "../../../core/forecast/paymentExpectation";
import type { Formatters } from "../../format/formatters";
import type { Strings } from "../../i18n/strings";

/**
 * Why the invoice is expected on its day: "pays 9 days after the due date lately (its latest 5
 * of 14 settled invoices)", the promise, or the due date for a customer with no history yet.
 */
export function describeExpectation(
  expectation: PaymentExpectation,
  strings: Strings,
  format: Formatters
): string {
  const e = strings.selection.expectation;
  let text: string;
  if (expectation.basis === "promise") text = e.promise();
  else if (expectation.basis === "dueDate") text = e.noHistory();
  else {
    const delay = expectation.delay ?? 0;
    const days = format.number(Math.abs(Math.round(delay)), 0);
    const counts = [expectation.recentCount ?? 0, expectation.settledCount] as const;
    text = delay >= 0 ? e.after(days, ...counts) : e.before(days, ...counts);
  }
  if (expectation.disputeDays > 0) text = e.disputed(text, expectation.disputeDays);
  if (expectation.overdue) text = e.overdue(text);
  return text;
}
