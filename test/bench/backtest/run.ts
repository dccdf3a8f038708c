/**
 * `npm run backtest`: the forecast features measured on IBM's accounts-receivable sample
 * (assets/sample), each prediction made from what the sheet showed on the day it is made.
 * - Risk score AUC for "paid more than 10 days late", scored at each due date, on the invoices
 *   due from 2013-04-01 (the weights were chosen on the earlier ones) and on all.
 * - CREDIT.PAYDATE's mean absolute error against the settlement, predicted on each invoice date,
 *   beside the due date as a prediction.
 * - The cash-in forecast's first week, made each Monday of 2013, against what the invoices open
 *   that Monday brought in that week, beside a forecast that expects each invoice on its due date.
 */
import { aucOf, payDateErrors, scoreAtDueDates, weeklyForecast } from "./measures";
import { isoDay, readIbmSample, usDay } from "./ibmSample";

const CUTOFF = usDay("4/1/2013");

function main(): void {
  const invoices = readIbmSample();
  const scored = scoreAtDueDates(invoices);
  const later = scored.filter((s) => s.invoice.dueDate >= CUTOFF);
  const earlier = scored.filter((s) => s.invoice.dueDate < CUTOFF);
  console.log(`IBM accounts-receivable sample: ${invoices.length} invoices`);
  console.log(
    `risk score AUC (paid > 10 days late), due from 2013-04-01: ${aucOf(later).toFixed(4)} ` +
      `(${later.length} invoices; target >= 0.93); due before (weights chosen there): ` +
      `${aucOf(earlier).toFixed(4)}; all: ${aucOf(scored).toFixed(4)}`
  );
  const mae = payDateErrors(invoices);
  console.log(
    `PAYDATE mean absolute error, predicted on each invoice date: ${mae.payDate.toFixed(2)} days; ` +
      `due date: ${mae.dueDate.toFixed(2)} days; ratio ${(mae.payDate / mae.dueDate).toFixed(3)} ` +
      `(target <= 0.6)`
  );
  const mondays: number[] = [];
  // 2013-01-07 was the first Monday of 2013.
  for (let day = usDay("1/7/2013"); day <= usDay("12/30/2013"); day += 7) mondays.push(day);
  const weeks = weeklyForecast(invoices, mondays);
  console.log("\nweek of       collected   forecast   due-date forecast");
  for (const w of weeks) {
    console.log(
      `${isoDay(w.start)}  ${w.actual.toFixed(0).padStart(9)}  ${w.forecast.toFixed(0).padStart(9)}` +
        `  ${w.dueDateForecast.toFixed(0).padStart(9)}`
    );
  }
  const meanError = (pick: (w: (typeof weeks)[number]) => number) =>
    weeks.reduce((sum, w) => sum + Math.abs(pick(w) - w.actual), 0) / weeks.length;
  const collected = weeks.reduce((sum, w) => sum + w.actual, 0) / weeks.length;
  const forecastError = meanError((w) => w.forecast);
  const dueDateError = meanError((w) => w.dueDateForecast);
  console.log(
    `weekly forecast mean absolute error over ${weeks.length} weeks of 2013: ` +
      `${forecastError.toFixed(0)} (${((forecastError / collected) * 100).toFixed(1)} % of the ` +
      `${collected.toFixed(0)} collected a week on average); due-date forecast: ` +
      `${dueDateError.toFixed(0)} (${((dueDateError / collected) * 100).toFixed(1)} %)`
  );
}

main();
