import { payNowHtml, payNowOf } from "../payment/payNow";
import { escapeHtml, inlineText, multilineText } from "../reminders/render";
import { formatDay, formatMoney } from "../reminders/format";
import type { Language } from "../types";
import type { Statement } from "./statement";
import { STATEMENT_LABELS, statementHeaders } from "./statementLabels";

/** Who sends the statement and how to pay (the Settings' sender fields). */
export interface StatementSender {
  senderName: string;
  signature: string;
  paymentInstructions: string;
  currency: string;
  /** The sender's IBAN and BIC: with both, each statement carries the pay-now block (EPC QR). */
  iban?: string;
  bic?: string;
}

/** The statement's pay-now block: its balance, its open invoices as the reference. */
function statementPayNow(
  statement: Statement,
  sender: StatementSender,
  language: Language
): string {
  const pay = payNowOf({
    iban: sender.iban,
    bic: sender.bic,
    senderName: sender.senderName,
    currency: sender.currency,
    amount: statement.balance,
    invoiceNumbers: statement.lines
      .filter((l) => !l.credit && l.open > 0)
      .map((l) => l.invoiceNumber),
    language,
  });
  return pay ? payNowHtml(pay, language) : "";
}

const CELL = "padding:4px 8px;border-bottom:1px solid #ccc;text-align:left";
const NUMBER = "padding:4px 8px;border-bottom:1px solid #ccc;text-align:right;white-space:nowrap";

const lines = (text: string) => escapeHtml(multilineText(text)).replace(/\n/g, "<br>");

function oneStatement(statement: Statement, sender: StatementSender, language: Language): string {
  const labels = STATEMENT_LABELS[language];
  const money = (amount: number) => escapeHtml(formatMoney(amount, sender.currency, language));
  const date = (day: number | undefined) =>
    day === undefined ? "" : escapeHtml(formatDay(day, language));
  const head = statementHeaders(labels)
    .map((text, i) => `<th style="${i >= 3 ? NUMBER : CELL}">${escapeHtml(text)}</th>`)
    .join("");
  const body = statement.lines
    .map((line) => {
      const number =
        escapeHtml(inlineText(line.invoiceNumber)) +
        (line.credit ? ` (${escapeHtml(labels.creditNote)})` : "");
      return (
        `<tr data-invoice="${escapeHtml(line.invoiceNumber)}"><td style="${CELL}">${number}</td>` +
        `<td style="${CELL}">${date(line.invoiceDate)}</td><td style="${CELL}">${date(line.dueDate)}</td>` +
        `<td style="${NUMBER}">${money(line.amount)}</td><td style="${NUMBER}">${money(line.open)}</td>` +
        `<td style="${NUMBER}">${line.daysOverdue > 0 ? line.daysOverdue : ""}</td></tr>`
      );
    })
    .join("");
  const ageing = statement.ageing.labels
    .map(
      (label, i) =>
        `<tr><td style="${CELL}">${escapeHtml(labels.bucket(label))}</td><td style="${NUMBER}">${money(statement.ageing.amounts[i])}</td></tr>`
    )
    .join("");
  return [
    `<section style="page-break-after:always;margin-bottom:24px" data-customer="${escapeHtml(statement.customer)}">`,
    `<h1 style="font-size:20px;margin:0 0 8px">${escapeHtml(labels.title)}</h1>`,
    sender.senderName
      ? `<p style="margin:0 0 4px">${escapeHtml(labels.from)}: ${escapeHtml(inlineText(sender.senderName))}</p>`
      : "",
    `<p style="margin:0 0 4px">${escapeHtml(labels.customer)}: <strong>${escapeHtml(inlineText(statement.customer))}</strong></p>`,
    `<p style="margin:0 0 12px">${escapeHtml(labels.asOf)} ${date(statement.asOf)}</p>`,
    statement.lines.length === 0
      ? `<p>${escapeHtml(labels.nothingOpen)}</p>`
      : `<table style="border-collapse:collapse;width:100%"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
    `<p style="font-size:16px;margin:12px 0" data-balance>${escapeHtml(labels.balance)}: <strong>${money(statement.balance)}</strong></p>`,
    `<h2 style="font-size:15px;margin:12px 0 4px">${escapeHtml(labels.ageing)}</h2>`,
    `<table style="border-collapse:collapse"><tbody>${ageing}<tr><th style="${CELL}">${escapeHtml(labels.balance)}</th><th style="${NUMBER}">${money(statement.balance)}</th></tr></tbody></table>`,
    sender.paymentInstructions
      ? `<h2 style="font-size:15px;margin:12px 0 4px">${escapeHtml(labels.howToPay)}</h2><p style="margin:0">${lines(sender.paymentInstructions)}</p>`
      : "",
    statementPayNow(statement, sender, language),
    sender.signature ? `<p style="margin:12px 0 0">${lines(sender.signature)}</p>` : "",
    "</section>",
  ].join("");
}

/**
 * The statements as an HTML fragment with inline styles (no script, no link; the only image is
 * the EPC QR code, a data: URI, when the sender's IBAN and BIC are set): what the pane prints
 * and what the e-mail attachment holds. Every text from the workbook is escaped.
 * @example statementHtml([statementOf("ACME", [{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }], 45020)],
 *   { senderName: "Bolt SA", signature: "", paymentInstructions: "", currency: "EUR" }, "en").includes("F-1")
 * //=> true
 */
export function statementHtml(
  statements: readonly Statement[],
  sender: StatementSender,
  language: Language
): string {
  return statements.map((statement) => oneStatement(statement, sender, language)).join("");
}

/**
 * The statements as a self-contained HTML document (the .eml attachment, a saved file).
 * @example statementDocument([statementOf("ACME", [], 45020)], { senderName: "Bolt SA", signature: "", paymentInstructions: "", currency: "EUR" }, "en")
 *   .startsWith('<!DOCTYPE html><html lang="en">')
 * //=> true
 */
export function statementDocument(
  statements: readonly Statement[],
  sender: StatementSender,
  language: Language
): string {
  const title = STATEMENT_LABELS[language].title;
  const names = statements.map((s) => inlineText(s.customer)).join(", ");
  return (
    `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(`${title} – ${names}`)}</title>` +
    `<style>@page{margin:16mm}body{font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#000}</style>` +
    `</head><body>${statementHtml(statements, sender, language)}</body></html>`
  );
}
