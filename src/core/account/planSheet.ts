import type { SheetText } from "../sheet/analysisColumns";
import { asCellInput } from "../sheet/cellText";
import type { Language } from "../types";
import type { RowProblem } from "../workbook";
import { cellDay, cellList, cellNumber, cellString, journalLines } from "./cells";
import { PLAN_FREQUENCIES, type PaymentPlan, type PlanFrequency } from "./paymentPlan";

export const PLAN_SHEET: SheetText = { en: "Payment plans", fr: "Échéanciers" };

export const PLAN_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "Plan",
    "Customer",
    "Agreed on",
    "Invoices",
    "Frequency",
    "Instalment",
    "Due date",
    "Amount",
  ],
  fr: [
    "Échéancier",
    "Client",
    "Convenu le",
    "Factures",
    "Fréquence",
    "Échéance n°",
    "Date",
    "Montant",
  ],
};

export const PLAN_FORMATS = ["@", "@", "yyyy-mm-dd", "@", "@", "0", "yyyy-mm-dd", "#,##0.00"];

/**
 * One line per instalment, as cell inputs in header order.
 * @example planRows({ id: "P1", customer: "ACME", created: 45000, invoices: ["F-1"], frequency: "monthly", instalments: splitPlan(1000, 2, 45010, "monthly") })
 * //=> [["P1", "ACME", 45000, "F-1", "monthly", 1, 45010, 500], ["P1", "ACME", 45000, "F-1", "monthly", 2, 45041, 500]]
 */
export function planRows(plan: PaymentPlan): (string | number)[][] {
  return plan.instalments.map((instalment) => [
    asCellInput(plan.id),
    asCellInput(plan.customer),
    plan.created,
    asCellInput(plan.invoices.join(", ")),
    plan.frequency,
    instalment.number,
    instalment.due,
    instalment.amount,
  ]);
}

/**
 * The plans of the "Payment plans" sheet from its values (row 1 the header): lines grouped by
 * plan id, in order of first appearance, instalments by number. A line with no plan id, no due
 * date or no amount is listed as a problem and left out.
 * @example readPlanRows([PLAN_HEADERS.en, ["P1", "ACME", 45000, "F-1", "monthly", 1, 45010, 500]]).plans[0].instalments //=> [{ number: 1, due: 45010, amount: 500 }]
 */
export function readPlanRows(values: readonly (readonly unknown[])[]): {
  plans: PaymentPlan[];
  problems: RowProblem[];
} {
  const plans = new Map<string, PaymentPlan>();
  const problems: RowProblem[] = [];
  for (const { cells, row } of journalLines(values)) {
    const id = cellString(cells[0]);
    const due = cellDay(cells[6]);
    const amount = cellNumber(cells[7]);
    const number = cellNumber(cells[5]);
    const created = cellDay(cells[2]);
    if (
      !id ||
      due === undefined ||
      amount === undefined ||
      number === undefined ||
      created === undefined
    ) {
      problems.push({ row, reason: { key: "journalLine", line: "incompleteInstalment" } });
      continue;
    }
    let plan = plans.get(id);
    if (!plan) {
      const frequency = cellString(cells[4]);
      plan = {
        id,
        customer: cellString(cells[1]),
        created,
        invoices: cellList(cells[3], ","),
        frequency: (PLAN_FREQUENCIES as readonly string[]).includes(frequency)
          ? (frequency as PlanFrequency)
          : "monthly",
        instalments: [],
      };
      plans.set(id, plan);
    }
    plan.instalments.push({ number, due, amount });
  }
  for (const plan of plans.values()) plan.instalments.sort((a, b) => a.number - b.number);
  return { plans: [...plans.values()], problems };
}
