import type { ActivityKind, CallOutcome } from "../../core/account/activity";
import type { AmountBand } from "../../core/account/amountBand";
import type { PlanFrequency } from "../../core/account/paymentPlan";
import type { InstalmentState, PlanState } from "../../core/account/planStatus";
import type { PromiseState } from "../../core/account/promises";
import type { DisputeBucket } from "../../core/account/disputedByReason";

/** English texts of the worklist, the customer account, statements and payment plans (issue 12). */
export const accountEn = {
  tabs: { today: "Today", account: "Account" },
  busy: {
    journal: "Reading the Activity and Payment plans sheets…",
    activity: "Recording in the Activity sheet…",
    plan: "Recording the payment plan…",
    statement: "Writing the statement sheet…",
    courtFile: "Writing the court file sheet…",
  },
  today: {
    heading: "Today",
    hint: "Customers who need an action today, the most at stake first. Choose one to select their invoices and open the account.",
    empty: "Nothing to do today for this segment.",
    filters: "Segment",
    band: "Amount overdue",
    bucket: "Oldest invoice",
    riskClass: "Risk",
    level: "Action",
    any: "All",
    bands: {
      small: "Under 1,000",
      medium: "1,000 to 9,999",
      large: "10,000 and more",
    } satisfies Record<AmountBand, string>,
    brokenPromise: (date: string) => `Promise to pay broken (due ${date})`,
    promiseDue: (amount: string) => `Promise of ${amount} due today: check the payment`,
    stepDue: (action: string, days: number, count: number) =>
      count === 1
        ? `${action} due: 1 invoice, ${days} days overdue`
        : `${action} due: ${count} invoices, oldest ${days} days overdue`,
    next: (action: string) => `Next: ${action}`,
    checkPayment: "Next: check the promised payment",
    stake: (loss: string, overdue: string, score: number) =>
      `At stake ${loss} (overdue ${overdue} × risk ${score}%)`,
    open: (customer: string) => `Open the account of ${customer} and select their invoices`,
    count: (shown: number, total: number) =>
      total === 1
        ? "1 customer"
        : shown === total
          ? `${total} customers`
          : `${shown} of ${total} customers`,
  },
  hold: {
    badge: "On hold",
    overLimit: (exposure: string, limit: string) =>
      `Owes ${exposure}, over the credit limit of ${limit}`,
    pastDay: (days: number, holdDay: number) =>
      `An invoice is ${days} days overdue (hold after ${holdDay})`,
  },
  account: {
    heading: "Customer account",
    choose: "Customer",
    none: "Choose a customer in Today, or pick one here.",
    summary: "Summary",
    balance: "Balance due",
    overdue: "Overdue",
    creditLimit: "Credit limit",
    creditUse: "Credit used",
    noLimit: "No credit limit in the sheet",
    habit: "Payment habit",
    averageLate: (days: string) => `Pays ${days} days late on average`,
    trendLater: (days: string) => `Lately ${days} days later than usual`,
    trendEarlier: (days: string) => `Lately ${days} days earlier than usual`,
    noHistory: "No settled invoice yet",
    risk: (score: number, cls: string) => `Risk ${score}/100 (${cls})`,
    openItems: "Open items and credit notes",
    invoice: "Invoice",
    creditNote: "credit note",
    due: "Due",
    open: "Open",
    days: "Days",
    limitation: "Limitation",
    limitationSoon: (date: string) => `${date}: time-barred within 90 days (art. L110-4 C. com.)`,
    limitationPassed: (date: string) => `${date}: time-barred`,
    total: "Total",
    ageing: "Ageing of the balance",
    contacts: "Contacts",
    noContacts: "No e-mail address recorded. Add one with a note below.",
    timeline: "Timeline",
    timelineEmpty: "Nothing recorded yet.",
    letter: (action: string, invoices: string) => `${action} sent (${invoices})`,
    call: (outcome: string, text: string) => `Call: ${outcome}${text ? `. ${text}` : ""}`,
    note: (text: string) => `Note: ${text}`,
    promise: (amount: string, date: string, state: string) =>
      `Promise to pay ${amount} by ${date}: ${state}`,
    dispute: (reason: string, invoices: string, owner: string) =>
      `Dispute on ${invoices}: ${reason}${owner ? `, handled by ${owner}` : ""}`,
    resolved: (invoices: string) => `Dispute resolved on ${invoices}`,
    plan: (count: number, total: string, state: string) =>
      `Payment plan: ${count} instalments, ${total}: ${state}`,
    promiseStates: {
      pending: "pending",
      due: "due today",
      kept: "kept",
      broken: "broken",
    } satisfies Record<PromiseState, string>,
  },
  form: {
    heading: "Record",
    kind: "What happened",
    kinds: {
      note: "Note",
      call: "Call",
      promise: "Promise to pay",
      dispute: "Dispute",
      resolved: "Dispute resolved",
    } satisfies Record<ActivityKind, string>,
    invoices: "Invoices (numbers, comma-separated)",
    invoicesHint: "Leave empty for all the customer's open invoices.",
    amount: "Amount",
    promiseDate: "Promised payment date",
    reason: "Reason",
    outcome: "Outcome",
    owner: "Owner",
    email: "E-mail address to keep",
    text: "Note",
    submit: "Record",
    recorded: "Recorded in the Activity sheet.",
    needInvoices: "Name the disputed invoices.",
    needDate: "Enter the promised date.",
  },
  reasons: {
    price: "Price",
    quantity: "Quantity",
    quality: "Quality",
    delivery: "Delivery",
    duplicate: "Duplicate invoice",
    alreadyPaid: "Already paid",
    other: "Other",
    unrecorded: "Reason not recorded",
  } satisfies Record<DisputeBucket, string>,
  outcomes: {
    reached: "Reached",
    promised: "Promised to pay",
    noAnswer: "No answer",
    message: "Left a message",
    refused: "Refused to pay",
    wrongContact: "Wrong contact",
  } satisfies Record<CallOutcome, string>,
  disputes: {
    heading: "Disputed by reason",
    none: "No disputed invoice.",
  },
  courtFile: {
    heading: "Court file (France)",
    hint: "This customer is at the legal-action level: prepare the itemised claim an injonction de payer request needs (each invoice, late interest per period at your rate table's rates, the EUR 40 indemnity, the reminders and formal notice of the Reminder log).",
    prepare: "Prepare the injonction de payer file",
    written: "The court file sheet is written: check it, then print it.",
    print: "Print the court file",
    total: (amount: string, count: number) =>
      count === 1
        ? `Total claimed: ${amount} (1 invoice)`
        : `Total claimed: ${amount} (${count} invoices)`,
    consumer: "Consumer",
    consumerHint:
      "A consumer's debt is time-barred after 2 years (art. L218-2 Code de la consommation), a trader's after 5 (art. L110-4 Code de commerce). Saved with the workbook.",
  },
  statement: {
    heading: "Statement of account",
    writeSheet: "Write the statement sheet",
    print: "Print or save as PDF",
    email: "Reminder with the statement (.eml)",
    written: "The statement sheet is up to date.",
    noReminder:
      "No reminder is due for this customer: print the statement or write its sheet instead.",
    forSelection: (count: number) =>
      count === 1
        ? "Statement of the selected customer"
        : `Statements of the ${count} selected customers`,
    scope: "Statement of",
    scopeCustomer: "This customer",
    scopeSelection: "All customers selected in the sheet",
  },
  plan: {
    heading: "Payment plan",
    debt: (amount: string) => `Debt to split: ${amount}`,
    count: "Number of instalments",
    first: "First instalment",
    frequency: "Frequency",
    frequencies: {
      weekly: "Weekly",
      fortnightly: "Every two weeks",
      monthly: "Monthly",
    } satisfies Record<PlanFrequency, string>,
    instalment: (number: number, date: string, amount: string) => `${number}. ${date}: ${amount}`,
    create: "Record the plan",
    created: "Payment plan recorded in the Payment plans sheet.",
    invalid: "Give a whole number of instalments from 1 to 120 and a date.",
    nothingToSplit: "Nothing overdue or due to split.",
    states: {
      active: "on schedule",
      broken: "broken: an instalment was missed",
      completed: "paid",
    } satisfies Record<PlanState, string>,
    instalmentStates: {
      paid: "paid",
      due: "due today",
      missed: "missed",
      upcoming: "to come",
    } satisfies Record<InstalmentState, string>,
    proposal: "Proposal letter (.eml)",
    missedLetter: "Missed instalment reminder (.eml)",
  },
  settings: {
    holdDay: "Credit hold after (days overdue)",
    holdDayHint:
      "A customer over their credit limit, or with an invoice this late, is put on hold.",
  },
};
