import { toIsoDate } from "../dates/calendar";
import type { Language } from "../types";
import { asCellInput } from "../sheet/cellText";
import type { CourtFile } from "./courtFile";

const MONEY = "#,##0.00";

/** The court file's texts. The court type is a reminder, not legal advice. */
const LABELS: Readonly<
  Record<
    Language,
    {
      title: (customer: string) => string;
      headers: string[];
      total: string;
      court: string;
      asOf: string;
    }
  >
> = {
  en: {
    title: (customer) => `Injonction de payer file: ${customer}`,
    headers: [
      "Invoice",
      "Due date",
      "Principal",
      "Late interest (period: days x rate)",
      "Interest",
      "Indemnity",
      "Reminders",
      "Formal notice",
      "Limitation",
      "Total",
    ],
    total: "Total claimed",
    asOf: "Amounts as of",
    court:
      "Reminder, not legal advice: between traders the request goes to the tribunal de commerce " +
      "of the debtor's seat; otherwise to the tribunal judiciaire (art. 1406 Code de procédure civile).",
  },
  fr: {
    title: (customer) => `Dossier d’injonction de payer : ${customer}`,
    headers: [
      "Facture",
      "Échéance",
      "Principal",
      "Intérêts de retard (période : jours x taux)",
      "Intérêts",
      "Indemnité",
      "Relances",
      "Mise en demeure",
      "Prescription",
      "Total",
    ],
    total: "Total réclamé",
    asOf: "Montants arrêtés au",
    court:
      "Rappel, pas un conseil juridique : entre commerçants, la requête va au tribunal de commerce " +
      "du siège du débiteur ; sinon au tribunal judiciaire (art. 1406 du Code de procédure civile).",
  },
};

export interface CourtFileLayout {
  /**
   * Rows of cells, all as wide as the headers: title, as-of, headers, one row per invoice, the
   * totals, the court reminder. Texts from the workbook that look like formulas are kept as text.
   */
  cells: (string | number)[][];
  /** Excel number format of each cell (money with cents, the rest as written). */
  formats: string[][];
  /** 0-based row indexes of the headers and of the totals. */
  headerRow: number;
  totalsRow: number;
}

/** The itemised claim as rows of values (dates as yyyy-mm-dd), what both the sheet and page show. */
function claimGrid(
  file: CourtFile,
  language: Language
): { cells: (string | number)[][]; totalsRow: number } {
  const labels = LABELS[language];
  const days = (list: number[]) => list.map(toIsoDate).join(", ");
  const cells: (string | number)[][] = [
    [labels.title(file.customer)],
    [labels.asOf, toIsoDate(file.asOf)],
    [],
    labels.headers,
  ];
  for (const line of file.lines) {
    cells.push([
      line.invoiceNumber,
      toIsoDate(line.dueDate),
      line.principal,
      line.periods
        .map((p) => `${toIsoDate(p.from + 1)} – ${toIsoDate(p.to)}: ${p.days} x ${p.ratePct} %`)
        .join("; "),
      line.interest,
      line.indemnity,
      days(line.reminders),
      line.formalNotice === undefined ? "" : toIsoDate(line.formalNotice),
      toIsoDate(line.limitation.date),
      line.total,
    ]);
  }
  const t = file.totals;
  const totalsRow = cells.length;
  cells.push([labels.total, "", t.principal, "", t.interest, t.indemnity, "", "", "", t.total]);
  cells.push([], [labels.court]);
  return { cells, totalsRow };
}

/**
 * The itemised claim as the sheet's grid: rows padded to the headers' width, with formats.
 * @example courtFileLayout(courtFileOf("ACME", [], [], defaultSettings(), 45020), "en").cells[1].slice(0, 2) //=> ["Amounts as of", "2023-04-04"]
 */
export function courtFileLayout(file: CourtFile, language: Language): CourtFileLayout {
  const { cells, totalsRow } = claimGrid(file, language);
  const width = LABELS[language].headers.length;
  const padded = cells.map((row) =>
    [...row, ...Array<string>(width - row.length).fill("")].map((v) =>
      typeof v === "string" ? asCellInput(v) : v
    )
  );
  const formats = padded.map((row) => row.map((v) => (typeof v === "number" ? MONEY : "@")));
  return { cells: padded, formats, headerRow: 3, totalsRow };
}

const escape = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string
  );

/**
 * The printable page: the same grid as an HTML table (the pane opens it to print).
 * @example courtFileHtml(courtFileOf("ACME", [], [], defaultSettings(), 45020), "en").includes("ACME") //=> true
 */
export function courtFileHtml(file: CourtFile, language: Language): string {
  const { cells, totalsRow } = claimGrid(file, language);
  const headerRow = 3;
  const cell = (value: string | number, tag: string) =>
    `<${tag}>${escape(typeof value === "number" ? value.toFixed(2) : value)}</${tag}>`;
  const rows = cells
    .slice(headerRow, totalsRow + 1)
    .map((row, i) => `<tr>${row.map((v) => cell(v, i === 0 ? "th" : "td")).join("")}</tr>`)
    .join("\n");
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>` +
    `${escape(String(cells[0][0]))}</title><style>table{border-collapse:collapse}` +
    `td,th{border:1px solid;padding:4px}</style></head><body><h1>${escape(String(cells[0][0]))}` +
    `</h1><p>${escape(cells[1].join(" "))}</p><table>\n${rows}\n</table><p>` +
    `${escape(String(cells[cells.length - 1][0]))}</p></body></html>`
  );
}
