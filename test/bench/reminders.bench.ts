/**
 * Reminder drafting on a realistic selection: 1,000 invoices of 200 customers taken from the IBM
 * sample (assets/sample/ibm-accounts-receivable.csv), made open again and spread over the whole
 * ladder (from not yet due to 90 days late), half the customers in French, half in English.
 * Figures: time to draft them all (draftReminders), then to write every draft as an .eml.
 * Target: well under a second each.
 */
import { readFileSync } from "fs";
import { localeFromLanguage } from "../../src/core/locale/localeFromLanguage";
import { join } from "path";
import Papa from "papaparse";
import { dayFromYmd } from "../../src/core/dates/calendar";
import { DEFAULT_LADDER } from "../../src/core/policy/defaultLadder";
import { draftReminders, toEmlBundle } from "../../src/core/reminders";
import { readInvoices } from "../../src/core/sheet/readInvoices";
import type { Day, Invoice, Settings } from "../../src/core/types";

const ROOT = join(__dirname, "..", "..");
const AS_OF: Day = dayFromYmd(2024, 3, 5) as Day;
const INVOICES = 1000;
const CUSTOMERS = 200;

function selection(): Invoice[] {
  const csv = readFileSync(join(ROOT, "assets", "sample", "ibm-accounts-receivable.csv"), "utf8");
  const cells = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
  const sample = readInvoices(cells, {
    sheetName: "IBM sample",
    locale: localeFromLanguage("en-US"),
  }).invoices;
  // The sample has about 100 customers: each becomes two (" A" and " B") to reach 200.
  const names = [...new Set(sample.map((invoice) => invoice.customer))];
  return sample.slice(0, INVOICES).map((invoice, i) => {
    const k = i % CUSTOMERS;
    const customer = `${names[k % names.length]} ${k < names.length ? "A" : "B"}`;
    const dueDate = AS_OF - (((i * 37) % 96) - 5);
    return {
      ...invoice,
      row: i + 2,
      customer,
      invoiceDate: dueDate - 30,
      dueDate,
      paid: 0,
      paidDate: undefined,
      open: invoice.amount,
      disputed: false,
      email: `ar${i % CUSTOMERS}@customer.example`,
      language: i % 2 === 0 ? "fr" : "en",
    };
  });
}

const settings: Settings = {
  ladder: DEFAULT_LADDER.map((l) => ({ ...l })),
  minDaysBetweenContacts: 7,
  bucketBounds: [30, 60, 90],
  language: "auto",
  currency: "EUR",
  senderName: "Credit control",
  signature: "ACME SAS",
  paymentInstructions: "IBAN FR76 3000 6000 0112 3456 7890 189",
  templates: {},
  jurisdiction: "FR",
  annualRatePct: 12.15,
  fixedFee: 40,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run(): Promise<void> {
  const invoices = selection();
  const customers = new Set(invoices.map((i) => i.customer)).size;
  draftReminders(invoices, { asOf: AS_OF, settings, fallbackLanguage: "en" }); // warm-up
  const draftTimes: number[] = [];
  let drafts = draftReminders(invoices, { asOf: AS_OF, settings, fallbackLanguage: "en" }).drafts;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    drafts = draftReminders(invoices, { asOf: AS_OF, settings, fallbackLanguage: "en" }).drafts;
    draftTimes.push(performance.now() - start);
  }
  const emlTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const files = toEmlBundle(drafts, { date: new Date(Date.UTC(2024, 2, 5, 9)) });
    emlTimes.push(performance.now() - start);
    bytes = files.reduce((n, f) => n + f.content.length, 0);
  }
  console.log(
    `reminders draft ${invoices.length} invoices / ${customers} customers: ${median(draftTimes).toFixed(1)} ms` +
      ` (${drafts.length} drafts; target < 1000 ms)`
  );
  console.log(
    `reminders .eml ${drafts.length} drafts: ${median(emlTimes).toFixed(1)} ms` +
      ` (${Math.round(bytes / 1024)} KB; target < 1000 ms)`
  );
}

export default run;
