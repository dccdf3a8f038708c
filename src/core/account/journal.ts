import type { RowProblem } from "../workbook";
import type { ActivityEntry } from "./activity";
import { readActivityRows } from "./activitySheet";
import { readLetterRows, type LetterLine } from "./letters";
import type { PaymentPlan } from "./paymentPlan";
import { readPlanRows } from "./planSheet";

/** What the add-in's own sheets record: Activity, Payment plans and the Reminder log. */
export interface Journal {
  activity: ActivityEntry[];
  plans: PaymentPlan[];
  letters: LetterLine[];
  /** Lines of those sheets that could not be read; `column` names the sheet. */
  problems: RowProblem[];
}

type Values = readonly (readonly unknown[])[];

/**
 * The journal from the values of each sheet (from A1; absent when the sheet does not exist).
 * @example journalFromValues({ activity: { name: "Activity", values: [ACTIVITY_HEADERS.en,
 *   activityRow({ date: 45000, customer: "ACME", kind: "note", invoices: [], text: "Called" })] } }).activity[0].text
 * //=> "Called"
 */
export function journalFromValues(sheets: {
  activity?: { name: string; values: Values };
  plans?: { name: string; values: Values };
  log?: { name: string; values: Values };
}): Journal {
  const activity = readActivityRows(sheets.activity?.values ?? []);
  const plans = readPlanRows(sheets.plans?.values ?? []);
  const letters = readLetterRows(sheets.log?.values ?? []);
  const tag = (name: string | undefined, problems: RowProblem[]) =>
    problems.map((problem) => ({
      ...problem,
      column: `${name}${problem.column ? ` ${problem.column}` : ""}`,
    }));
  return {
    activity: activity.entries,
    plans: plans.plans,
    letters: letters.letters,
    problems: [
      ...tag(sheets.activity?.name, activity.problems),
      ...tag(sheets.plans?.name, plans.problems),
      ...tag(sheets.log?.name, letters.problems),
    ],
  };
}

/**
 * The journal from the values of the JOURNAL_SHEETS, in their order (undefined: no such sheet).
 * @example journalOfSheets([undefined, undefined, undefined]).activity //=> []
 */
export function journalOfSheets(
  sheets: readonly ({ name: string; values: Values } | undefined)[]
): Journal {
  return journalFromValues({ activity: sheets[0], plans: sheets[1], log: sheets[2] });
}
