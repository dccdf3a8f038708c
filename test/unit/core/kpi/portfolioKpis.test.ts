import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import { parseDate } from "../../../../src/core/dates/parseDate";
import { portfolioKpis } from "../../../../src/core/kpi/portfolioKpis";
import type { Invoice } from "../../../../src/core/types";

interface Row {
  invoice: string;
  invoiceDate?: number;
  dueDate: number;
  amount: number;
  open: number;
  paidDate?: number;
}

function sheet(rows: Row[]): Invoice[] {
  return rows.map((r, i) => ({
    row: i + 2,
    customer: `Customer ${r.invoice}`,
    invoiceNumber: r.invoice,
    invoiceDate: r.invoiceDate,
    dueDate: r.dueDate,
    amount: r.amount,
    paid: r.amount - r.open,
    paidDate: r.paidDate,
    open: r.open,
    disputed: false,
  }));
}

// asOf 1000, period (910, 1000]. See each line for where it counts.
const worked = sheet([
  { invoice: "A", invoiceDate: 850, dueDate: 880, amount: 1000, open: 1000 }, // 91+, AR at start
  { invoice: "B", invoiceDate: 900, dueDate: 930, amount: 500, open: 0, paidDate: 940 }, // AR at start, collected
  { invoice: "C", invoiceDate: 950, dueDate: 980, amount: 2000, open: 2000 }, // 1-30, sales
  { invoice: "D", invoiceDate: 980, dueDate: 1010, amount: 1500, open: 1500 }, // current, sales
  { invoice: "E", invoiceDate: 960, dueDate: 990, amount: 800, open: 0, paidDate: 990 }, // sales, collected
  { invoice: "F", invoiceDate: 970, dueDate: 970, amount: -200, open: -200 }, // credit note: 1-30, sales
  { invoice: "G", invoiceDate: 800, dueDate: 830, amount: 300, open: 0, paidDate: 900 }, // paid before the period
]);

describe("portfolioKpis on a worked example", () => {
  const kpis = portfolioKpis(worked, 1000, { periodDays: 90 });

  it("sums the open amounts, with credit notes, into the aged buckets", () => {
    expect(kpis.invoiceCount).toBe(7);
    expect(kpis.openInvoiceCount).toBe(4);
    expect(kpis.outstanding).toBe(4300);
    expect(kpis.buckets).toEqual([1500, 1800, 0, 0, 1000]);
    expect(kpis.bucketLabels).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
    expect(kpis.overdue).toBe(2800);
    expect(kpis.overdueShare).toBeCloseTo(2800 / 4300, 12);
  });

  it("computes the sales-based DSOs over the period", () => {
    expect(kpis.creditSales).toBe(4100);
    expect(kpis.openInvoicesOnly).toBe(false);
    expect(kpis.dso).toBeCloseTo((4300 / 4100) * 90, 10);
    expect(kpis.bestPossibleDso).toBeCloseTo((1500 / 4100) * 90, 10);
    expect(kpis.averageDaysDelinquent).toBeCloseTo((2800 / 4100) * 90, 10);
    // 30-day periods back from asOf: 1500, 2600, 0, 500 -> 30 + 30 + 30 + 200/500 x 30.
    expect(kpis.dsoCountback).toBeCloseTo(102, 10);
  });

  it("rebuilds the receivables at the period start from the paid dates", () => {
    expect(kpis.receivablesAtPeriodStart).toBe(1500);
    expect(kpis.collectedInPeriod).toBe(1300);
    expect(kpis.cei).toBeCloseTo((1300 / 4100) * 100, 10);
    expect(kpis.recoveryRate).toBeCloseTo(1300 / 5600, 12);
    expect(kpis.averageCollectionDays).toBe(35);
  });

  it("counts the last bucket, and critical invoices, as doubtful", () => {
    expect(kpis.doubtfulShare).toBeCloseTo(1000 / 4300, 12);
    const critical = portfolioKpis(worked, 1000, {
      isCritical: (invoice) => invoice.invoiceNumber === "C",
    });
    expect(critical.doubtfulShare).toBeCloseTo(3000 / 4300, 12);
    const creditNoteCritical = portfolioKpis(worked, 1000, { isCritical: (i) => i.amount < 0 });
    expect(creditNoteCritical.doubtfulShare).toBeCloseTo(1000 / 4300, 12);
  });

  it("follows custom bounds", () => {
    const custom = portfolioKpis(worked, 1000, { bounds: [15, 45] });
    expect(custom.bucketLabels).toEqual(["Current", "1-15", "16-45", "46+"]);
    expect(custom.buckets).toEqual([1500, 0, 1800, 1000]);
    expect(custom.doubtfulShare).toBeCloseTo(1000 / 4300, 12);
  });
});

describe("portfolioKpis when the data does not allow a KPI", () => {
  function expectNoNaN(kpis: object): void {
    for (const value of Object.values(kpis)) {
      if (typeof value === "number") expect(Number.isNaN(value)).toBe(false);
    }
  }

  it("gives zeros and nulls for an empty sheet", () => {
    const kpis = portfolioKpis([], 1000, {});
    expect(kpis.outstanding).toBe(0);
    expect(kpis.overdueShare).toBeNull();
    expect(kpis.creditSales).toBeNull();
    expect(kpis.dso).toBeNull();
    expect(kpis.dsoCountback).toBeNull();
    expect(kpis.cei).toBeNull();
    expect(kpis.recoveryRate).toBeNull();
    expect(kpis.averageCollectionDays).toBeNull();
    expect(kpis.doubtfulShare).toBeNull();
    expect(kpis.openInvoicesOnly).toBe(false);
    expectNoNaN(kpis);
  });

  it("leaves the sales KPIs out without invoice dates", () => {
    const undated = sheet([{ invoice: "A", dueDate: 990, amount: 100, open: 100 }]);
    const kpis = portfolioKpis(undated, 1000, {});
    expect(kpis.outstanding).toBe(100);
    expect(kpis.overdueShare).toBe(1);
    expect(kpis.creditSales).toBeNull();
    expect(kpis.dso).toBeNull();
    expect(kpis.bestPossibleDso).toBeNull();
    expect(kpis.averageDaysDelinquent).toBeNull();
    expect(kpis.dsoCountback).toBeNull();
    expect(kpis.cei).toBeNull();
    expectNoNaN(kpis);
  });

  it("cannot rebuild the period start from a sheet of open invoices, and says it lists only those", () => {
    const openOnly = worked.filter((invoice) => invoice.open !== 0);
    const kpis = portfolioKpis(openOnly, 1000, {});
    expect(kpis.openInvoicesOnly).toBe(true);
    expect(kpis.dso).not.toBeNull();
    expect(kpis.receivablesAtPeriodStart).toBeNull();
    expect(kpis.cei).toBeNull();
    expect(kpis.recoveryRate).toBeNull();
    expect(kpis.averageCollectionDays).toBeNull();
  });

  it("cannot rebuild it either when a settled invoice has no paid date", () => {
    const missing = worked.map((invoice) =>
      invoice.invoiceNumber === "E" ? { ...invoice, paidDate: undefined } : invoice
    );
    const kpis = portfolioKpis(missing, 1000, {});
    expect(kpis.cei).toBeNull();
    expect(kpis.recoveryRate).toBeNull();
    expect(kpis.averageCollectionDays).toBe(40);
  });

  it("gives null rather than NaN when there are no sales in the period", () => {
    const old = sheet([{ invoice: "A", invoiceDate: 500, dueDate: 530, amount: 100, open: 100 }]);
    const kpis = portfolioKpis(old, 1000, {});
    expect(kpis.creditSales).toBe(0);
    expect(kpis.dso).toBeNull();
    expect(kpis.bestPossibleDso).toBeNull();
    expect(kpis.dsoCountback).toBeCloseTo(510, 10);
    expectNoNaN(kpis);
  });

  it("gives null for the period KPIs with an impossible period", () => {
    const kpis = portfolioKpis(worked, 1000, { periodDays: 0 });
    expect(kpis.creditSales).toBeNull();
    expect(kpis.dso).toBeNull();
    expect(kpis.cei).toBeNull();
    expect(kpis.outstanding).toBe(4300);
    expectNoNaN(kpis);
  });
});

describe("portfolioKpis on the IBM accounts-receivable sample", () => {
  const csv = readFileSync(
    join(__dirname, "../../../../assets/sample/ibm-accounts-receivable.csv"),
    "utf8"
  );
  const records = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const day = (text: string): number => {
    const result = parseDate(text, "mdy");
    if (!result.ok) throw new Error(result.reason);
    return result.value;
  };
  const all = records.map((r) => ({
    customer: r.customerID,
    invoiceNumber: r.invoiceNumber,
    invoiceDate: day(r.InvoiceDate),
    dueDate: day(r.DueDate),
    settled: day(r.SettledDate),
    amount: Number(r.InvoiceAmount),
    daysToSettle: Number(r.DaysToSettle),
  }));
  const asOf = day("9/30/2013");
  // The sheet as it stood at asOf: invoices issued by then, open until their settlement date.
  const snapshot: Invoice[] = all
    .filter((r) => r.invoiceDate <= asOf)
    .map((r, i) => ({
      row: i + 2,
      customer: r.customer,
      invoiceNumber: r.invoiceNumber,
      invoiceDate: r.invoiceDate,
      dueDate: r.dueDate,
      amount: r.amount,
      paid: r.settled <= asOf ? r.amount : 0,
      paidDate: r.settled <= asOf ? r.settled : undefined,
      open: r.settled <= asOf ? 0 : r.amount,
      disputed: false,
    }));
  const kpis = portfolioKpis(snapshot, asOf, { periodDays: 90 });
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  const openAtAsOf = all.filter((r) => r.invoiceDate <= asOf && r.settled > asOf);

  it("reads all 2,466 invoices", () => {
    expect(all).toHaveLength(2466);
  });

  it("matches the outstanding and overdue amounts summed straight from the CSV", () => {
    expect(kpis.outstanding).toBeCloseTo(sum(openAtAsOf.map((r) => r.amount)), 2);
    expect(kpis.overdue).toBeCloseTo(
      sum(openAtAsOf.filter((r) => r.dueDate < asOf).map((r) => r.amount)),
      2
    );
  });

  it("matches the average collection time with the sample's DaysToSettle column", () => {
    const settledInPeriod = all.filter((r) => r.settled > asOf - 90 && r.settled <= asOf);
    expect(settledInPeriod.length).toBeGreaterThan(100);
    expect(kpis.averageCollectionDays).toBeCloseTo(
      sum(settledInPeriod.map((r) => r.daysToSettle)) / settledInPeriod.length,
      10
    );
  });

  it("gives KPIs in their possible ranges", () => {
    expect(kpis.dso).toBeGreaterThan(0);
    expect(kpis.dsoCountback).toBeGreaterThan(0);
    expect(kpis.bestPossibleDso!).toBeLessThanOrEqual(kpis.dso!);
    expect(kpis.cei).toBeGreaterThan(0);
    expect(kpis.cei).toBeLessThanOrEqual(100);
    expect(kpis.recoveryRate).toBeGreaterThan(0);
    expect(kpis.recoveryRate).toBeLessThanOrEqual(1);
    // The receivables at asOf are what was owed at the start, plus sales, less collections.
    expect(
      kpis.receivablesAtPeriodStart! + kpis.creditSales! - kpis.collectedInPeriod!
    ).toBeCloseTo(kpis.outstanding, 2);
  });
});

describe("portfolioKpis on a large sheet", () => {
  // Its speed is a figure of npm run bench (core portfolioKpis rows/s), not asserted here.
  it("counts every one of 300,000 invoices: outstanding and collection days exact at scale", () => {
    const many: Invoice[] = [];
    for (let i = 0; i < 300_000; i++) {
      const invoiceDate = 45000 + (i % 365);
      const settled = i % 3 === 0;
      many.push({
        row: i + 2,
        customer: `C${i % 3000}`,
        invoiceNumber: `F${i}`,
        invoiceDate,
        dueDate: invoiceDate + 30,
        amount: 100,
        paid: settled ? 100 : 0,
        paidDate: settled ? invoiceDate + 40 : undefined,
        open: settled ? 0 : 100,
        disputed: false,
      });
    }
    const kpis = portfolioKpis(many, 45400, {});
    expect(kpis.outstanding).toBe(200_000 * 100);
    expect(kpis.averageCollectionDays).toBe(40);
  });
});
