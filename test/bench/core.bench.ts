/**
 * Core and custom-function throughput on 100k and 1M invoices replicated from the IBM sample
 * (assets/sample/ibm-accounts-receivable.csv): each copy gets its own customer ids and dates
 * shifted by a few weeks, so histories and ageing differ from copy to copy.
 *
 * Figures: rows/s of the full core analysis (analyseInvoices), of the overview's KPIs
 * (portfolioKpis) and ageing buckets (agedBalance); rows/s of the formula columns the
 * pane writes, as one vectorised call per column (DAYSOVERDUE -> RISKSCORE -> NEXTACTION over
 * n x 1 ranges); calls/s of DAYSOVERDUE called once per cell; gzipped size of dist/functions.js.
 * The functions are measured twice: from the TypeScript source (through tsx's module interop)
 * and from the production bundle dist/functions.js, which is the code Excel runs.
 * Targets: vectorised pass >= 1M rows/s, per-cell DAYSOVERDUE >= 1M calls/s, functions.js <= 30 KB.
 */
import { existsSync, readFileSync } from "fs";
import { localeFromLanguage } from "../../src/core/locale/localeFromLanguage";
import { join } from "path";
import { gzipSync } from "zlib";
import Papa from "papaparse";
import { agedBalance } from "../../src/core/ageing/agedBalance";
import { analyseInvoices } from "../../src/core/analyse";
import { portfolioKpis } from "../../src/core/kpi/portfolioKpis";
import { dayFromYmd } from "../../src/core/dates/calendar";
import { customerHistories, customerKey } from "../../src/core/history/customerHistory";
import { readInvoices } from "../../src/core/sheet/readInvoices";
import type { Day, Invoice } from "../../src/core/types";
import { implementations } from "../../src/functions/registry";

const ROOT = join(__dirname, "..", "..");
const SIZES = [100_000, 1_000_000];
const AS_OF: Day = dayFromYmd(2013, 9, 30) as Day;

function sampleInvoices(): Invoice[] {
  const csv = readFileSync(join(ROOT, "assets", "sample", "ibm-accounts-receivable.csv"), "utf8");
  const cells = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
  const read = readInvoices(cells, {
    sheetName: "IBM sample",
    locale: localeFromLanguage("en-US"),
  });
  if (read.invoices.length < 2000)
    throw new Error(`only ${read.invoices.length} sample invoices read`);
  return read.invoices;
}

/** Deterministic shifts, so every run measures the same data. */
function shiftOf(copy: number): number {
  return ((copy * 7919) % 121) - 60;
}

function replicate(sample: readonly Invoice[], rows: number): Invoice[] {
  const invoices = new Array<Invoice>(rows);
  for (let i = 0; i < rows; i++) {
    const copy = Math.floor(i / sample.length);
    const base = sample[i % sample.length];
    const shift = shiftOf(copy);
    const move = (day: Day | undefined) => (day === undefined ? undefined : day + shift);
    invoices[i] = {
      ...base,
      row: i + 2,
      customer: copy === 0 ? base.customer : `${base.customer}-${copy}`,
      invoiceNumber: `${base.invoiceNumber}-${copy}`,
      invoiceDate: move(base.invoiceDate),
      dueDate: base.dueDate + shift,
      paidDate: move(base.paidDate),
    };
  }
  return invoices;
}

/**
 * Wall-clock and CPU seconds since a mark. CPU time (all threads of this process, GC helpers
 * included) is printed too: on a shared machine the wall clock also counts other processes.
 */
interface Mark {
  wall: bigint;
  cpu: NodeJS.CpuUsage;
}

function mark(): Mark {
  return { wall: process.hrtime.bigint(), cpu: process.cpuUsage() };
}

function seconds(start: Mark): { wall: number; cpu: number } {
  const cpu = process.cpuUsage(start.cpu);
  return {
    wall: Number(process.hrtime.bigint() - start.wall) / 1e9,
    cpu: (cpu.user + cpu.system) / 1e6,
  };
}

/** "1234567 rows/s (cpu 1500000 rows/s)". */
function rate(count: number, secs: { wall: number; cpu: number }, unit: string): string {
  return `${Math.round(count / secs.wall)} ${unit}/s (cpu ${Math.round(count / secs.cpu)} ${unit}/s)`;
}

function benchAnalyse(invoices: Invoice[]): void {
  analyseInvoices(invoices.slice(0, 10_000), { asOf: AS_OF }); // warm-up
  const start = mark();
  const analysis = analyseInvoices(invoices, { asOf: AS_OF });
  const secs = seconds(start);
  if (analysis.rows.length !== invoices.length) throw new Error("analysis lost rows");
  console.log(`core analyse ${invoices.length} rows: ${rate(invoices.length, secs, "rows")}`);
  // The overview's two passes over every invoice: its KPIs and its ageing buckets.
  const kpiStart = mark();
  portfolioKpis(invoices, AS_OF, {});
  console.log(
    `core portfolioKpis ${invoices.length} rows: ${rate(invoices.length, seconds(kpiStart), "rows")}`
  );
  const ageingStart = mark();
  agedBalance(invoices, AS_OF);
  console.log(
    `core agedBalance ${invoices.length} rows: ${rate(invoices.length, seconds(ageingStart), "rows")}`
  );
}

type CellFunction = (...args: unknown[]) => unknown[][];
type Functions = Readonly<Record<string, CellFunction>>;

/**
 * The functions as Excel runs them: dist/functions.js (the production bundle) run with a
 * CustomFunctions whose associate collects what the bundle registers. It runs in this realm (a
 * vm context would make every array cross realms and measure that instead). Undefined when the
 * bundle is not built.
 */
function shippedFunctions(): Functions | undefined {
  const bundle = join(ROOT, "dist", "functions.js");
  if (!existsSync(bundle)) return undefined;
  const associated: Record<string, CellFunction> = {};
  class CellError {
    constructor(
      public code: string,
      public message: string
    ) {}
  }
  const CustomFunctions = {
    associate: (id: string, fn: CellFunction) => (associated[id] = fn),
    Error: CellError,
    ErrorCode: { invalidValue: "#VALUE!" },
  };
  // The bundle is our own build output, run once as the custom-functions runtime would.
  new Function("CustomFunctions", readFileSync(bundle, "utf8"))(CustomFunctions);
  return associated;
}

/** The pane's formula columns over n x 1 ranges, one call per column. */
function benchVectorised(invoices: Invoice[], functions: Functions, source: string): void {
  const { DAYSOVERDUE, RISKSCORE, NEXTACTION } = functions;
  const n = invoices.length;
  const due = new Array<unknown[]>(n);
  const averageLate = new Array<unknown[]>(n);
  const lateShare = new Array<unknown[]>(n);
  const disputed = new Array<unknown[]>(n);
  // The history columns the pane writes next to the invoices: each row its customer's figures.
  const histories = customerHistories(invoices, AS_OF);
  for (let i = 0; i < n; i++) {
    const invoice = invoices[i];
    due[i] = [invoice.dueDate];
    const history = histories.get(customerKey(invoice.customer));
    averageLate[i] = [history?.averageDaysLate ?? ""];
    lateShare[i] = [history?.lateShare ?? ""];
    disputed[i] = [invoice.disputed ? "Yes" : "No"];
  }
  const asOf = [[AS_OF]];
  const pass = () => {
    const days = DAYSOVERDUE(due, asOf);
    const scores = RISKSCORE(days, averageLate, lateShare, disputed);
    return { days, scores, actions: NEXTACTION(days, scores) };
  };
  pass(); // warm-up (and checks)
  const start = mark();
  const { days, scores, actions } = pass();
  const secs = seconds(start);
  for (const column of [days, scores, actions]) {
    if (column.length !== n) throw new Error("a column lost rows");
  }
  const late = days.findIndex((row) => (row[0] as number) > 40);
  console.log(
    `functions vectorised DAYSOVERDUE->RISKSCORE->NEXTACTION (${source}) ${n} rows: ` +
      `${rate(n, secs, "rows")} ` +
      `(target >= 1000000; e.g. ${days[late][0]} days, score ${scores[late][0]}, ${actions[late][0]})`
  );
}

/** DAYSOVERDUE called once per cell, as =CREDIT.DAYSOVERDUE(A2,$B$1) filled down. */
function benchPerCell(invoices: Invoice[], functions: Functions, source: string): void {
  const { DAYSOVERDUE } = functions;
  const n = invoices.length;
  const cells = invoices.map((invoice) => [[invoice.dueDate]]);
  const asOf = [[AS_OF]];
  for (let i = 0; i < 100_000; i++) DAYSOVERDUE(cells[i % n], asOf); // warm-up
  let sum = 0;
  const start = mark();
  for (let i = 0; i < n; i++) sum += DAYSOVERDUE(cells[i], asOf)[0][0] as number;
  const secs = seconds(start);
  if (!Number.isFinite(sum)) throw new Error("DAYSOVERDUE gave a non-number");
  console.log(
    `functions per-cell DAYSOVERDUE (${source}) ${n} calls: ${rate(n, secs, "calls")} ` +
      `(target >= 1000000)`
  );
}

function reportBundle(): void {
  const bundle = join(ROOT, "dist", "functions.js");
  if (!existsSync(bundle)) {
    console.log("functions.js gzipped: not built (run npm run build)");
    return;
  }
  const raw = readFileSync(bundle);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  console.log(
    `functions.js gzipped: ${gzipped} bytes (${(gzipped / 1024).toFixed(1)} KB, raw ${raw.length} bytes; target <= 30 KB)`
  );
}

export function run(): void {
  const sample = sampleInvoices();
  console.log(`sample: ${sample.length} invoices, as of 2013-09-30`);
  const shipped = shippedFunctions();
  if (!shipped) console.log("dist/functions.js not built (npm run build): source figures only");
  for (const size of SIZES) {
    const invoices = replicate(sample, size);
    benchAnalyse(invoices);
    benchVectorised(invoices, implementations, "source");
    benchPerCell(invoices, implementations, "source");
    if (shipped) {
      benchVectorised(invoices, shipped, "dist/functions.js");
      benchPerCell(invoices, shipped, "dist/functions.js");
    }
  }
  reportBundle();
}
