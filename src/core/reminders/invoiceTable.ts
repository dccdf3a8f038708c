import type { Language } from "../types";
import { formatDay, formatMoney } from "./format";
import { escapeHtml, inlineText } from "./render";
import { LETTER_WORDS } from "./templates/letterWords";
import type { DraftLine } from "./types";

/** How far past its due date an invoice is, in words: "30 days overdue", "due in 3 days". */
export function lineStatus(days: number, language: Language): string {
  return LETTER_WORDS[language].lineStatus(days);
}

export interface TableContext {
  language: Language;
  currency: string;
  withPenalties: boolean;
}

/** A draft line as the templates' `invoices` / `credits` items show it. */
export function lineView(line: DraftLine, ctx: TableContext) {
  const money = (n: number) => formatMoney(n, ctx.currency, ctx.language);
  const credit = line.open < 0;
  return {
    number: inlineText(line.invoiceNumber),
    invoiceDate: line.invoiceDate === undefined ? "" : formatDay(line.invoiceDate, ctx.language),
    dueDate: formatDay(line.dueDate, ctx.language),
    amount: money(line.amount),
    open: money(line.open),
    daysOverdue: String(Math.max(0, line.daysOverdue)),
    status: credit
      ? LETTER_WORDS[ctx.language].headers.deducted
      : lineStatus(line.daysOverdue, ctx.language),
    interest: line.interest === undefined ? "" : money(line.interest),
    indemnity: line.indemnity === undefined ? "" : money(line.indemnity),
  };
}

type LineView = ReturnType<typeof lineView>;

/** The table as text lines, one per invoice: readable in any font, no column alignment needed. */
export function invoiceTableText(
  lines: LineView[],
  credits: LineView[],
  ctx: TableContext
): string {
  const words = LETTER_WORDS[ctx.language];
  const penalty = (l: LineView) =>
    ctx.withPenalties && l.interest !== ""
      ? { interest: l.interest, indemnity: l.indemnity }
      : undefined;
  const invoiceLines = lines.map((l) => words.invoiceLine(l, penalty(l)));
  const creditLines = credits.map((l) => words.creditLine(l));
  return [...invoiceLines, ...creditLines].join("\n");
}

const CELL = "padding:4px 8px;border:1px solid #d1d1d1;text-align:left;vertical-align:top";
const NUMBER_CELL =
  "padding:4px 8px;border:1px solid #d1d1d1;text-align:right;vertical-align:top;white-space:nowrap";
const HEAD = "background:#f3f3f3;font-weight:600";

/** The table as HTML with inline styles; every value escaped. */
export function invoiceTableHtml(
  lines: LineView[],
  credits: LineView[],
  ctx: TableContext
): string {
  const h = LETTER_WORDS[ctx.language].headers;
  const partial =
    lines.some((l) => l.open !== l.amount) || credits.some((l) => l.open !== l.amount);
  const columns: {
    title: string;
    numeric: boolean;
    value: (l: LineView, credit: boolean) => string;
  }[] = [
    {
      title: h.number,
      numeric: false,
      value: (l, c) => (c ? `${h.credit} ${l.number}` : l.number),
    },
    { title: h.invoiceDate, numeric: false, value: (l) => l.invoiceDate },
    { title: h.dueDate, numeric: false, value: (l) => l.dueDate },
    { title: h.amount, numeric: true, value: (l) => l.amount },
    ...(partial ? [{ title: h.open, numeric: true, value: (l: LineView) => l.open }] : []),
    {
      title: h.days,
      numeric: true,
      value: (l, c) => (c || l.daysOverdue === "0" ? l.status : l.daysOverdue),
    },
    ...(ctx.withPenalties
      ? [
          { title: h.interest, numeric: true, value: (l: LineView) => l.interest },
          { title: h.indemnity, numeric: true, value: (l: LineView) => l.indemnity },
        ]
      : []),
  ];
  const cell = (tag: string, style: string, text: string) =>
    `<${tag} style="${style}">${escapeHtml(text)}</${tag}>`;
  const head = `<tr>${columns.map((c) => cell("th", `${c.numeric ? NUMBER_CELL : CELL};${HEAD}`, c.title)).join("")}</tr>`;
  const row = (l: LineView, credit: boolean) =>
    `<tr>${columns.map((c) => cell("td", c.numeric ? NUMBER_CELL : CELL, c.value(l, credit))).join("")}</tr>`;
  return [
    '<table style="border-collapse:collapse;margin:0 0 12px 0;font-size:13px">',
    `<thead>${head}</thead>`,
    `<tbody>${[...lines.map((l) => row(l, false)), ...credits.map((l) => row(l, true))].join("")}</tbody>`,
    "</table>",
  ].join("");
}
