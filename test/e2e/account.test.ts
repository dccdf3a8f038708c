import { accountScenario } from "./support/accountScenario";

/** The controller's day in English: worklist, account, timeline after a reload, statement PDF, plan. */
accountScenario("en", {
  analyse: "Analyse",
  today: "Today",
  account: "Account",
  kind: "What happened",
  kinds: { note: "Note", call: "Call", promise: "Promise to pay", dispute: "Dispute" },
  outcome: "Outcome",
  reason: "Reason",
  invoices: "Invoices (numbers, comma-separated)",
  amount: "Amount",
  promiseDate: "Promised payment date",
  note: "Note",
  record: "Record",
  recorded: "Recorded in the Activity sheet.",
  print: "Print or save as PDF",
  planCount: "Number of instalments",
  planFirst: "First instalment",
  planCreate: "Record the plan",
  planCreated: "Payment plan recorded in the Payment plans sheet.",
  brokenPromise: /Promise to pay broken/,
  moneyLocale: "en-GB",
});
