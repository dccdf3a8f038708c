import type { DunningLevel } from "../types";

/**
 * The default dunning ladder (docs/design.md §4): a friendly word before the due date, two written
 * reminders, a call, the formal notice ("mise en demeure"), then an agency or the court.
 * `fromDay` is in days overdue (negative = before the due date).
 */
export const DEFAULT_LADDER: readonly DunningLevel[] = Object.freeze([
  { level: 0, fromDay: -5, action: "Courtesy reminder", channel: "email", tone: "friendly" },
  { level: 1, fromDay: 1, action: "Reminder 1", channel: "email", tone: "courteous" },
  { level: 2, fromDay: 15, action: "Reminder 2", channel: "email", tone: "firm" },
  { level: 3, fromDay: 30, action: "Phone call", channel: "phone", tone: "firm" },
  { level: 4, fromDay: 45, action: "Formal notice", channel: "letter", tone: "formal" },
  {
    level: 5,
    fromDay: 60,
    action: "Collection agency / legal action",
    channel: "agency",
    tone: "formal",
  },
] as const satisfies readonly DunningLevel[]);

/**
 * Index in `ladder` of its formal notice: the registered letter, or failing that the first formal
 * level that is not the agency. -1 when the ladder has none (then nothing forbids escalating past it).
 * @example DEFAULT_LADDER[formalNoticeIndex(DEFAULT_LADDER)].action //=> "Formal notice"
 */
export function formalNoticeIndex(ladder: readonly DunningLevel[]): number {
  // Plain loops: nextAction asks this for every row of the analysis.
  for (let i = 0; i < ladder.length; i++) if (ladder[i].channel === "letter") return i;
  for (let i = 0; i < ladder.length; i++) {
    if (ladder[i].tone === "formal" && ladder[i].channel !== "agency") return i;
  }
  return -1;
}
