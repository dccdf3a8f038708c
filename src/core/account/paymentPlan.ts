import { dayFromYmd, daysInMonth, ymdFromDay } from "../dates/calendar";
import type { Day } from "../types";

/** How often instalments fall due. */
export type PlanFrequency = "weekly" | "fortnightly" | "monthly";

export const PLAN_FREQUENCIES: readonly PlanFrequency[] = ["weekly", "fortnightly", "monthly"];

export interface Instalment {
  /** 1-based. */
  number: number;
  due: Day;
  amount: number;
}

/** A payment plan ("échéancier") as the "Payment plans" sheet keeps it. */
export interface PaymentPlan {
  id: string;
  customer: string;
  /** Day it was agreed. */
  created: Day;
  /** Invoice numbers the plan settles. */
  invoices: string[];
  frequency: PlanFrequency;
  instalments: Instalment[];
}

/** Excel's EDATE: the same day `months` later, the month's last day when it has fewer days. */
function addMonths(day: Day, months: number, anchorDay: number): Day {
  const { year, month } = ymdFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromYmd(y, m, Math.min(anchorDay, daysInMonth(y, m))) as Day;
}

/**
 * Due day of the instalment `index` (0-based) of a plan starting on `first`.
 * @example toIsoDate(instalmentDue(dayFromYmd(2024, 1, 31), "monthly", 1)) //=> "2024-02-29"
 */
export function instalmentDue(first: Day, frequency: PlanFrequency, index: number): Day {
  if (frequency === "weekly") return first + 7 * index;
  if (frequency === "fortnightly") return first + 14 * index;
  return addMonths(first, index, ymdFromDay(first).day);
}

/**
 * Split a debt into `count` instalments from `first`, in whole cents: every instalment but the
 * last is the debt divided by the count, rounded down to the cent; the last takes the rest, so
 * they always add up to the debt exactly. Refused (undefined) when the debt is not above 0 or the
 * count is not a whole number from 1 to 120.
 * @example splitPlan(100, 3, 45000, "monthly").map((instalment) => instalment.amount) //=> [33.33, 33.33, 33.34]
 */
export function splitPlan(
  debt: number,
  count: number,
  first: Day,
  frequency: PlanFrequency
): Instalment[] | undefined {
  if (!Number.isFinite(debt) || debt <= 0) return undefined;
  if (!Number.isInteger(count) || count < 1 || count > 120) return undefined;
  const cents = Math.round(debt * 100);
  const share = Math.floor(cents / count);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    due: instalmentDue(first, frequency, i),
    amount: (i === count - 1 ? cents - share * (count - 1) : share) / 100,
  }));
}
