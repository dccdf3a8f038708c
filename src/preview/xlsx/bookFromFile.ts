import Papa from "papaparse";
import { MemoryWorkbook } from "../memoryWorkbook";

/** Excel's day 0 (1899-12-30) as a UTC timestamp: a Day is whole days since then. */
const DAY_ZERO = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
/**
 * A plain number as Excel reads it from a CSV, with the locale's decimal mark ("55.94", or
 * "55,94" in French); "0012" keeps its zeros as text (an invoice number).
 */
function numberIn(text: string, decimal: string): number | undefined {
  const match = /^-?(0|[1-9]\d*)([.,]\d+)?$/.exec(text);
  if (!match || (match[2] !== undefined && match[2][0] !== decimal)) return undefined;
  return Number(text.replace(decimal, "."));
}

/** Why a file could not be opened, said to the user with the file's name. */
export class UnreadableFile extends Error {
  constructor(readonly reason: "type" | "empty" | "corrupt") {
    super(reason);
  }
}

/**
 * The user's own file as the preview's in-memory workbook, read in the browser (nothing is sent
 * anywhere): an .xlsx through exceljs (loaded only when a file is opened), a .csv through
 * papaparse. `locale` is the workbook's culture (how its text dates and amounts read).
 */
export async function bookFromFile(
  name: string,
  content: ArrayBuffer,
  locale: string
): Promise<MemoryWorkbook> {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv")) return bookFromCsv(name, new TextDecoder().decode(content), locale);
  if (lower.endsWith(".xlsx")) return bookFromXlsx(content, locale);
  throw new UnreadableFile("type");
}

/** A CSV as Excel opens it: one sheet named after the file, plain numbers as numbers. */
export function bookFromCsv(name: string, text: string, locale: string): MemoryWorkbook {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trim(), {
    skipEmptyLines: true,
  });
  if (parsed.data.length === 0) throw new UnreadableFile("empty");
  const workbook = new MemoryWorkbook(locale);
  // Excel names the sheet after the file, cut to its 31 characters.
  const sheetName = name
    .replace(/\.csv$/i, "")
    .replace(/[[\]:*?/\\]/g, "_")
    .slice(0, 31);
  const sheet = workbook.addSheet(sheetName || "Sheet1");
  const decimal =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === "decimal")
      ?.value ?? ".";
  parsed.data.forEach((cells, r) =>
    cells.forEach((text, c) => {
      if (text === "") return;
      const value = numberIn(text, decimal) ?? text;
      sheet.setCell(r + 1, c, { value, format: r === 0 ? { bold: true } : undefined });
    })
  );
  return workbook;
}

/** An .xlsx: each worksheet's values (a formula's last computed result), number formats, bold. */
async function bookFromXlsx(content: ArrayBuffer, locale: string): Promise<MemoryWorkbook> {
  const { default: ExcelJS } = await import("exceljs");
  const file = new ExcelJS.Workbook();
  try {
    await file.xlsx.load(content);
  } catch {
    throw new UnreadableFile("corrupt");
  }
  if (file.worksheets.length === 0) throw new UnreadableFile("empty");
  const workbook = new MemoryWorkbook(locale);
  for (const worksheet of file.worksheets) {
    const sheet = workbook.addSheet(worksheet.name);
    worksheet.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = plainValue(cell.value);
        if (value === undefined) return;
        const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
        const bold = cell.font?.bold === true ? true : undefined;
        sheet.setCell(r, c - 1, {
          value,
          format: numberFormat || bold ? { numberFormat, bold } : undefined,
        });
      })
    );
  }
  return workbook;
}

/** A cell value of exceljs as the workbook's plain value: dates as Excel days, text as text. */
function plainValue(value: unknown): unknown {
  if (value === null || value === undefined || value === "") return undefined;
  if (value instanceof Date) return Math.round((value.getTime() - DAY_ZERO) / MS_PER_DAY);
  if (typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if ("result" in record || "formula" in record || "sharedFormula" in record)
    return plainValue(record.result);
  if (Array.isArray(record.richText))
    return (record.richText as { text: string }[]).map((part) => part.text).join("");
  if ("text" in record) return String(record.text);
  if ("error" in record) return record.error;
  return undefined;
}
