// Over 250 lines: the English text table of the pane, data only (one key per text); splitting it by view would scatter a translator's work.
import { SHEET_WORDS } from "../../core/sheet/sheetWords";
import { accountEn } from "./accountEn";
import { ACTION_NAMES } from "../../core/policy/actionNames";
import { rowProblemsEn } from "./rowProblemsEn";
import { plural } from "./plural";
/**
 * English texts of the task pane. `fr.ts` has the same keys (the `Strings` type enforces it).
 * Texts with values are functions so that word order can differ between languages.
 */
import type { InvoiceStatus, NextActionReason } from "../../core/policy/nextAction";
import type { RiskClass } from "../../core/risk/riskClass";
import type { DunningLevel, Jurisdiction, Settings } from "../../core/types";
import type { WorkbookErrorCode } from "../../core/workbook";

/** Why the next action is what it is, one text per reason key (the reason's params fill it). */
export type ReasonTexts = Record<NextActionReason, (p: Params) => string>;

/** "1 day" / "3 days". */
const days = (count: number | string) =>
  plural("en", Number(count), { one: `${count} day`, other: `${count} days` });
/** How late an invoice is, also before its due date: "3 days overdue", "due today", "due in 2 days". */
const lateness = (daysOverdue: number | string) => {
  const value = Number(daysOverdue);
  if (value > 0) return `${days(value)} overdue`;
  return value === 0 ? "due today" : `due in ${days(-value)}`;
};
/** When a ladder level applies: "from day 15", "from the due date", "from 5 days before the due date". */
const fromDay = (day: number | string) => {
  const value = Number(day);
  if (value > 0) return `from day ${value}`;
  return value === 0 ? "from the due date" : `from ${days(-value)} before the due date`;
};
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const reasonsEn: ReasonTexts = {
  creditNote: () => "A credit note is deducted from reminders, never reminded.",
  paid: () => "The invoice is paid.",
  disputed: () => "The invoice is disputed: settle the dispute before any reminder.",
  promise: () => "The customer promised to pay and the date has not passed yet.",
  emptyLadder: () => "The reminder ladder has no level.",
  unknownDaysOverdue: () => "The due date is unknown.",
  beforeFirstLevel: (p: Params) =>
    `${capital(lateness(p.daysOverdue))}: “${p.action}” starts ${fromDay(p.fromDay)}.`,
  due: (p: Params) =>
    `${capital(lateness(p.daysOverdue))}: “${p.action}” is due ${fromDay(p.fromDay)}.`,
  riskBroughtForward: (p: Params) =>
    `${capital(lateness(p.daysOverdue))}, and the high risk brings “${p.action}” forward by ${days(p.leadDays)}.`,
  brokenPromise: (p: Params) => `The customer broke a promise to pay: escalate to “${p.action}”.`,
  oneAboveLastLevel: (p: Params) =>
    `Level ${p.lastLevel} was the last one sent: one level at a time, so “${p.action}”.`,
  formalNoticeFirst: (p: Params) => `A formal notice comes before any later step: “${p.action}”.`,
  levelAlreadySent: (p: Params) =>
    `“${p.sentAction}” was already sent; “${p.action}” is due ${fromDay(p.fromDay)}.`,
  lastLevelSent: (p: Params) => `“${p.action}”, the last level of the ladder, was already sent.`,
  contactInterval: (p: Params) =>
    `${Number(p.daysSinceContact) === 0 ? "Contacted today" : `Last contact ${days(p.daysSinceContact)} ago`}; wait ${days(p.minDays)} between contacts (${days(p.days)} more).`,
};

export const en = {
  app: {
    title: "Credit control",
    tabsLabel: "Views",
    dismiss: "Dismiss",
  },
  asOf: {
    label: "As of",
    hint: "Ages and next actions are computed at this date.",
    invalid: "Enter a valid date.",
    outside: (min: string, max: string) =>
      `Choose a date from ${min} to ${max}: figures at a date so far from today mean nothing.`,
    future:
      "This date is after today: invoices count as later than they are, and payments not yet made are missing.",
  },
  busy: {
    loading: "Reading the sheet…",
    analysing: "Writing the analysis columns…",
    report: "Writing the ageing report…",
    saving: "Saving the settings…",
    drafting: "Drafting the reminders…",
    recording: "Recording the reminders in the workbook…",
    selecting: "Selecting the rows…",
  },
  done: {
    analysed: (rows: number) =>
      plural("en", rows, {
        one: `Analysis written on ${rows} row.`,
        other: `Analysis written on ${rows} rows.`,
      }),
    report: "The ageing report sheet is up to date.",
    saved: "Settings saved with the workbook.",
    recorded: (count: number) =>
      plural("en", count, {
        one: `${count} reminder recorded in the sheet and the Reminder log.`,
        other: `${count} reminders recorded in the sheet and the Reminder log.`,
      }),
    /** Rows whose Last reminder / Level cells the user typed in: kept (issue 10). */
    recordedKept: (count: number, rows: string) =>
      plural("en", count, {
        one: `Row ${rows}: the Last reminder and Level cells hold what you typed, so they were kept; this letter is in the Reminder log only.`,
        other: `Rows ${rows}: the Last reminder and Level cells hold what you typed, so they were kept; these letters are in the Reminder log only.`,
      }),
    copied: "Copied. Paste it into your email.",
    drafted: (count: number) =>
      plural("en", count, { one: `${count} draft ready.`, other: `${count} drafts ready.` }),
  },
  tabs: {
    overview: "Overview",
    selection: "Selection",
    reminders: "Reminders",
    settings: "Settings",
  },
  columns: {
    customer: "Customer",
    invoiceNumber: "Invoice number",
    invoiceDate: "Invoice date",
    dueDate: "Due date",
    amount: "Amount",
    paid: "Amount paid",
    paidDate: "Payment date",
    open: "Balance due",
    email: "Email",
    disputed: "Disputed",
    promiseDate: "Promised payment date",
    creditLimit: "Credit limit",
    lastReminder: "Last reminder",
    lastLevel: "Last reminder level",
    language: "Language",
  },
  /** Why a row of the sheet was not used (the reader's keyed reasons). */
  rowProblems: rowProblemsEn,
  mapping: {
    heading: "Check the columns",
    found: (sheet: string, row: number, count: number) =>
      `Sheet “${sheet}”: headers on row ${row}, ${count} invoices read.`,
    intro: "Each field below uses one column of your sheet. Change it where the guess is wrong.",
    notUsed: "(not used)",
    memoryColumn: (header: string) =>
      `Kept by the add-in in its own column “${header}” (updated by Mark as sent; the formulas read it).`,
    memoryColumnLater: (header: string) =>
      `Kept by the add-in in its own column “${header}”, added by the first Mark as sent (the formulas read it).`,
    required: "required",
    samples: (values: string) => `Examples: ${values}`,
    noSamples: "No values in this column.",
    confidence: { high: "Sure", medium: "Likely", low: "Check" },
    confidenceLabel: (label: string) => `Match: ${label}`,
    problems: (count: number) =>
      plural("en", count, {
        one: `${count} row could not be used`,
        other: `${count} rows could not be used`,
      }),
    problemLine: (row: number, column: string, value: string, reason: string) =>
      `Row ${row}${column ? `, ${column}` : ""}${value ? ` (“${value}”)` : ""}: ${reason}`,
    moreProblems: (count: number) => `…and ${count} more.`,
    missingRequired: (fields: string) => `Choose a column for: ${fields}.`,
    missingColumn: (field: string) =>
      `No column is chosen for “${field}”, and the analysis needs it. Choose its column in the list below.`,
    moved: (header: string, from: string, to: string) =>
      `Column “${header}” was used for “${from}”: it now fills “${to}”, and “${from}” has no column.`,
    toCheck: (count: number) =>
      count === 0
        ? "Every column was recognised for sure."
        : plural("en", count, {
            one: `${count} field needs a look:`,
            other: `${count} fields need a look:`,
          }),
    showAll: (count: number) => `Show all ${count} fields`,
    showFewer: "Show only the fields to check",
    reread: "Read again",
    analyse: "Analyse",
  },
  overview: {
    heading: "Overview",
    refresh: "Refresh",
    editColumns: "Columns",
    ageingReport: "Ageing report",
    reportTitle: "Aged balance",
    reportTotal: "Total",
    kpisLabel: "Key figures",
    notAvailable: "n/a",
    notAvailableHint: "Not enough data in the sheet",
    kpi: {
      outstanding: "Outstanding",
      overdueShare: "Overdue share",
      dso: "DSO",
      dsoCountback: "DSO (countback)",
      bestPossibleDso: "Best possible DSO",
      averageDaysDelinquent: "Average days delinquent",
      cei: "Collection effectiveness (CEI)",
      recoveryRate: "Recovery rate",
      averageCollectionDays: "Average collection time",
      doubtfulShare: "Doubtful share",
    },
    days: (value: string) => `${value} d`,
    /** Each KPI's definition and formula, shown on hover and keyboard focus with its period. */
    kpiHelp: {
      outstanding:
        "What customers owe. Formula: the sum of the open amounts, credit notes deducted.",
      overdueShare:
        "The part of what is owed that is past its due date. Formula: overdue ÷ outstanding.",
      dso: "Days sales outstanding: how many days of sales are still unpaid. Formula: outstanding ÷ credit sales of the period × days of the period.",
      dsoCountback:
        "DSO by countback: the days of the latest sales that add up to the outstanding, walking back 30 days at a time from the as-of date.",
      bestPossibleDso:
        "The DSO if every customer paid on the due date. Formula: amounts not yet due ÷ credit sales of the period × days of the period.",
      averageDaysDelinquent:
        "The days of DSO due to late payment. Formula: DSO − best possible DSO.",
      cei: "Collection effectiveness index: the share of what could be collected that was. Formula: (receivables at the start + sales − receivables at the end) ÷ (receivables at the start + sales − amounts not yet due at the end) × 100.",
      recoveryRate:
        "Formula: amounts collected in the period ÷ (receivables at the start of the period + sales of the period).",
      averageCollectionDays:
        "Mean days from invoice date to payment date of the invoices settled in the period.",
      doubtfulShare:
        "Open amount in the last ageing bucket or with a Critical risk. Formula: that amount ÷ outstanding.",
    } satisfies Record<string, string>,
    kpiPeriod: (days: number) =>
      plural("en", days, {
        one: `Period: the ${days} day up to the as-of date.`,
        other: `Period: the ${days} days up to the as-of date.`,
      }),
    kpiAtAsOf: "At the as-of date.",
    ageingHeading: "Ageing",
    forecast: {
      heading: "Expected receipts",
      hint: "Each open invoice on the days its customer paid lately, week by week; past the last ageing bucket or a Critical risk is unlikely.",
      label: "Expected receipts by week",
      week: (date: string) => `From ${date}`,
      later: "Later",
      unlikely: "Unlikely",
      reportTitle: "Expected receipts, next 12 weeks",
      periodColumn: "Period",
      amountColumn: "Expected",
    },
    ageingLabel: "Open balance by age",
    bucket: (label: string) => (label === "Current" ? "Not yet due" : `${label} days`),
    bucketValue: (amount: string, share: string) => `${amount} (${share})`,
    topRiskHeading: "Customers most at risk",
    topRiskHint: "Choose a customer to select their invoices in the sheet.",
    riskColumn: "Risk",
    overdueColumn: "Overdue",
    openColumn: "Balance due",
    customerColumn: "Customer",
    noOpen: "No open invoice at this date.",
    selectCustomer: (customer: string) => `Select the invoices of ${customer}`,
  },
  selection: {
    heading: "Selection",
    empty: "Select one or more invoice rows in the sheet.",
    notInvoices: "The selected rows are not invoices of the analysed table.",
    count: (count: number) =>
      plural("en", count, {
        one: `${count} invoice selected`,
        other: `${count} invoices selected`,
      }),
    invoice: (number: string) => `Invoice ${number}`,
    due: "Due",
    daysOverdue: "Days overdue",
    open: "Balance due",
    bucket: "Age",
    status: "Status",
    risk: (score: number, riskClass: string) => `Risk ${score}/100 (${riskClass})`,
    expected: "Expected payment",
    expectation: {
      promise: () => "the promised date",
      noHistory: () => "the due date: no payment history yet",
      after: (delay: string, recent: number, settled: number) =>
        `pays ${days(delay)} after the due date lately (median of its latest ${recent} of ${settled} settled invoices)`,
      before: (delay: string, recent: number, settled: number) =>
        `pays ${days(delay)} before the due date lately (median of its latest ${recent} of ${settled} settled invoices)`,
      disputed: (text: string, extra: number) => `${text}, ${days(extra)} more for the dispute`,
      overdue: (text: string) => `${text}; that day has passed, so from the as-of date on`,
    },
    factorsHeading: "Why this score",
    factorLine: (points: number, text: string) => `+${points}: ${text}`,
    /** A wait says until when, as the Next action column does. */
    waitFromDay: SHEET_WORDS.en.waitFromDay,
    waitIn: SHEET_WORDS.en.waitIn,
    waitAlreadySent: SHEET_WORDS.en.waitAlreadySent,
    noFactors: "Nothing raises the risk.",
    nextHeading: "Next action",
    why: (reason: string) => `Why: ${reason}`,
    draft: "Draft reminders",
    totals: {
      label: "Totals of the selection",
      open: "Open invoices",
      openAmount: "Balance due",
      overdueAmount: "Of which overdue",
      customers: "Customers with open invoices",
      paid: "Paid invoices (not shown)",
      allPaid: "Every selected invoice is paid: nothing to chase.",
    },
    more: (count: number) =>
      plural("en", count, {
        one: `${count} more open invoice selected; the first ones are shown.`,
        other: `${count} more open invoices selected; the first ones are shown.`,
      }),
  },
  riskClass: {
    Low: "low",
    Medium: "medium",
    High: "high",
    Critical: "critical",
  } satisfies Record<RiskClass, string>,
  status: {
    paid: "Paid",
    disputed: "Disputed",
    promise: "Payment promised",
    "broken promise": "Promise broken",
  } satisfies Record<Exclude<InvoiceStatus, "">, string>,
  /** Action names of the default ladder and of the policy outcomes (docs/design.md §4). */
  actions: ACTION_NAMES.en,
  factors: {
    daysOverdue: (value: string) => `${days(value)} overdue`,
    averageDaysLate: (value: string) => `pays ${days(value)} late on average`,
    usualDelayAfter: (value: string) => `usually pays ${days(value)} after the due date`,
    // The points count from 30 days early (USUAL_DELAY_FROM): say so, or "+9" reads as a penalty for paying early.
    usualDelayBefore: (value: string) =>
      `usually pays only ${days(value)} before the due date (no points from 30 days early)`,
    severeLateShare: (value: string) => `pays ${value} of invoices more than 10 days late`,
    fewSettled: (value: string) =>
      plural("en", Number(value), {
        one: `only ${value} invoice settled so far`,
        other: `only ${value} invoices settled so far`,
      }),
    lateShare: (value: string) => `pays ${value} of invoices late`,
    disputed: () => "the invoice is disputed",
    remindersSent: (value: string) =>
      plural("en", Number(value), {
        one: `${value} reminder already sent`,
        other: `${value} reminders already sent`,
      }),
    creditUse: (value: string) => `uses ${value} of the credit limit`,
    other: (key: string, value: string) => `${key}: ${value}`,
    /** Appended when the customer has no settled invoice yet and a typical payer is assumed. */
    assumed: (text: string) => `${text} (assumed: no payment history yet)`,
  },
  reasons: reasonsEn,
  settings: {
    heading: "Settings",
    ladderHeading: "Reminder ladder",
    ladderLabel: "Levels of the reminder ladder",
    level: (level: number) => `Level ${level}`,
    fromDay: "From day",
    action: "Action",
    channel: "Channel",
    tone: "Tone",
    addLevel: "Add a level",
    removeLevel: (level: number) => `Remove level ${level}`,
    minDays: "Minimum days between contacts",
    bucketBounds: "Ageing buckets (upper bounds in days)",
    bucketBoundsHint: "For example 30, 60, 90",
    bucketBoundsInvalid: "Give whole numbers of days that increase, e.g. 30, 60, 90.",
    rateTable: {
      label: "Rate table for the court file",
      hint: "Each late-interest rate from its first day (yyyy-mm-dd), as in force then. Empty: the rate above throughout.",
      from: "From",
      rate: "Rate (% a year)",
      remove: "Remove",
      add: "Add a rate",
      dayFormat: "Write the day as yyyy-mm-dd, e.g. 2024-01-01.",
      order: "Each period must start after the one above.",
    },
    payment: {
      iban: "Your IBAN (payment details and QR code on letters)",
      ibanHint: "Letters carry a bank-app QR code (EPC) when the IBAN and BIC are set.",
      ibanFormat: "This is not an IBAN: country code, two check digits, then the account.",
      ibanChecksum: "This IBAN's check digits do not match: check it against your bank details.",
      bic: "Your BIC",
      bicInvalid: "A BIC has 8 or 11 letters and digits, e.g. BNPAFRPP.",
    },
    penaltiesHeading: "Late-payment penalties",
    jurisdiction: "Jurisdiction",
    jurisdictions: {
      FR: "France (Code de commerce)",
      EU: "European Union (directive 2011/7/EU)",
      UK: "United Kingdom (Late Payment Act)",
      none: "None",
    } satisfies Record<Jurisdiction, string>,
    rate: "Late-interest rate (% a year)",
    fixedFee: "Fixed indemnity per invoice",
    senderHeading: "Sender",
    language: "Language",
    languages: { auto: "Automatic", fr: "Français", en: "English" } satisfies Record<
      Settings["language"],
      string
    >,
    senderName: "Sender name",
    signature: "Signature",
    paymentInstructions: "Payment instructions",
    currency: "Currency",
    currencyHint: "Three-letter code, e.g. EUR",
    templatesHeading: "Reminder templates",
    templateLevel: "Level",
    templateLanguage: "Language of the template",
    subject: "Subject",
    body: "Body",
    callScript: "Call script",
    placeholders: "Placeholders",
    resetTemplate: "Back to the default text",
    save: "Save settings",
    invalidNumber: "Enter a number.",
    channels: {
      email: "Email",
      phone: "Phone",
      letter: "Registered letter",
      agency: "Agency / court",
    } satisfies Record<DunningLevel["channel"], string>,
    tones: {
      friendly: "Friendly",
      courteous: "Courteous",
      firm: "Firm",
      formal: "Formal",
    } satisfies Record<DunningLevel["tone"], string>,
  },
  settingsForm: {
    wholeNumber: "Enter a whole number of days, without decimals.",
    number: "Enter a number.",
    atLeast: (min: number) => `Enter a number of ${min} or more.`,
    between: (min: number, max: number) => `Enter a number from ${min} to ${max}.`,
    actionRequired: "Give this level an action name.",
    sameDay: (levels: string, day: number) =>
      `Levels ${levels} all start on day ${day}: give each level its own day.`,
    ladderOrder: "Levels are kept in the order of their from-day.",
    fieldOf: (field: string, level: number) => `${field} (level ${level})`,
    blocked: (fields: string) => `Not saved yet: fix ${fields}.`,
    paneLanguage: "Language of the pane",
    paneLanguageHint: "Only what you read here; the workbook keeps its own language.",
    workbookLanguage: "Language of the workbook",
    workbookLanguageHint:
      "Headers, sheet names and the values of the analysis columns (Current, High, Reminder 1…).",
    currencyHint: "ISO 4217 currency of the amounts in the sheet.",
  },
  savedSettings: {
    names: {
      jurisdiction: "Jurisdiction",
      annualRatePct: "Late-interest rate",
      fixedFee: "Fixed indemnity per invoice",
      ladder: "Reminder ladder",
      minDaysBetweenContacts: "Minimum days between contacts",
      bucketBounds: "Ageing buckets",
      language: "Language",
      workbookLanguage: "Language of the workbook",
      currency: "Currency",
      senderName: "Sender name",
      signature: "Signature",
      paymentInstructions: "Payment instructions",
      templates: "Reminder templates",
      holdDay: "Credit hold day",
      iban: "IBAN",
      bic: "BIC",
      lateRates: "Late-interest rate table",
      consumers: "Consumer customers",
    } satisfies Record<keyof Settings, string>,
    replaced: (list: string) =>
      `Some settings saved in this workbook were not valid and were reset to their default: ${list}. Check them in Settings.`,
    notSaved: (list: string) => `Settings not saved: fix ${list} first.`,
  },
  crashed: {
    title: "The pane stopped on an unexpected error",
    text: "Nothing was written to the workbook by the step that failed. Reload the pane to carry on.",
    detail: (message: string) => `Error: ${message}`,
    reload: "Reload the pane",
  },
  reminders: {
    heading: "Reminders",
    payNowQr: (amount: string, reference: string) =>
      `EPC QR code for the customer's banking app, in the HTML e-mail and the .eml: ${amount}, ${reference}`,
    draft: "Draft reminders for the selection",
    empty: "Select invoices in the sheet, then draft the reminders.",
    nothing: "No reminder to send for the selected invoices.",
    draftLabel: (customer: string) => `Reminder to ${customer}`,
    level: (level: number, action: string) => `Level ${level}: ${action}`,
    to: "To",
    noEmail: "No email address in the sheet: add the recipient in your mail app.",
    subject: "Subject",
    body: "Message",
    total: (total: string, count: number) =>
      plural("en", count, {
        one: `${total}, ${count} invoice`,
        other: `${total}, ${count} invoices`,
      }),
    copy: "Copy",
    copyFailed: "The clipboard is not available here. Select the text of the message and copy it.",
    mailOpened:
      "Your mail app should open with the draft. If it does not (some Excel versions open no mail link from an add-in), use Copy.",
    openMail: "Open in mail app",
    tooLong: "This message is too long for a mail link. Download the .eml file instead.",
    downloadEml: "Download .eml",
    downloadAll: "Download all",
    markSent: "Mark as sent",
    markAllSent: "Mark all as sent",
    skip: "Skip",
    undo: "Undo the last mark",
    undone: "The last mark was undone: the sheet and the Reminder log are as they were.",
    recordsOn: (date: string) =>
      `Mark as sent records the date ${date} (today), not the as-of date.`,
    sendAnyway: "Send anyway",
    includeEdited:
      "You edited this customer's draft. Including the invoice writes the draft again and your edits are lost.",
    includeConfirm: "Include and rewrite",
    includeCancel: "Keep my edits",
    excludedHeading: "Not included",
    excludedLine: (invoice: string, customer: string, reason: string) =>
      `${invoice} (${customer}): ${reason}`,
    includeAnyway: "Include anyway",
    compactLabel: (count: number) => `${count} drafts, one open at a time`,
    compactLine: (customer: string, total: string) => `${customer} · ${total}`,
    showAllExcluded: (count: number) => `Show all ${count} invoices not included`,
    includeLabel: (invoice: string) => `Include invoice ${invoice} anyway`,
  },
  /** The worklist, the customer account, statements and payment plans (issue 12). */
  customer: accountEn,
  errors: {
    title: "Something needs your attention",
    generic: (message: string) => `The operation did not complete: ${message}`,
    codes: {
      "empty-sheet":
        "The active sheet is empty. Open the sheet with your invoices, then read it again.",
      "header-only": "The sheet has column titles but no invoice below them.",
      "merged-header":
        "The row of column titles has merged cells. Unmerge them so that each column has its own title.",
      "missing-column":
        "A required column (customer, invoice number or due date) was not found. Choose it in the list of columns.",
      "mixed-date-formats":
        "The dates of a column are written in different orders (day/month and month/day). Write them all the same way.",
      "no-header":
        "No row of column titles was found. Put titles such as Customer, Invoice, Due date above your invoices.",
      "no-sheet": "The workbook has no sheet to read.",
      "sheet-missing":
        "The sheet analysed before no longer exists. Choose Refresh to read the active sheet.",
      "sheet-changed":
        "The sheet changed since the pane read it: an invoice moved, changed, is gone or was added. Nothing was written. Choose Refresh, then try again.",
      "sheet-protected":
        "The sheet is protected. Unprotect it (Review > Unprotect Sheet) and try again.",
      "two-header-rows":
        "Two rows look like column titles. Keep a single row of titles above your invoices.",
      "edit-mode": "Excel is editing a cell. Press Enter or Esc, then try again.",
      "grid-full":
        "The sheet has no room left for the add-in's columns or lines (it reaches the last column or row of Excel). Move your data or clear unused columns, then try again.",
      "host-too-old":
        "This version of Excel is too old for the add-in (Excel API 1.9 or later is needed). Update Excel or use Excel on the web.",
      unsupported:
        "This version of Excel does not support this feature. Update Excel or use Excel on the web.",
      "invalid-settings": "Settings not saved: a value is not valid.",
      "date-system-1904":
        "This workbook uses the 1904 date system, which Credit Control does not support: its dates would be read 4 years (1,462 days) off. Nothing was read or written.",
    } satisfies Record<WorkbookErrorCode, string>,
  },
  /** What this Excel host can and cannot do (selection of several blocks, downloads). */
  host: {
    selectedSome: (selected: number, blocks: number) =>
      selected === 1
        ? `This version of Excel selects one block of rows at a time: the first of the ${blocks} blocks is selected.`
        : `Excel selected the first ${selected} of the ${blocks} blocks of rows.`,
    noDownloads:
      "Excel for Mac does not save files from add-ins: copy each message into your mail app instead.",
    downloadAllZip: "Download all (.zip)",
  },
};

/** Values passed with a reason key (numbers, dates already formatted, names). */
export type Params = Record<string, string | number>;
