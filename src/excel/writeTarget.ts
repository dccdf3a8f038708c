import { parseAddress, type SheetArea } from "../core/sheet/a1";
import type { SheetIdentity } from "../core/sheet/addInMemory";
import { protectedSheetError } from "../core/sheet/sheetErrors";
import { headerAndBody } from "../core/sheet/tableBody";
import type { SheetRead } from "../core/workbook";
import { queueDateSystemCheck } from "./dateSystem";
import { ownedColumnsOf } from "../core/sheet/addInMemory";
import { locateOwnedColumns } from "../core/sheet/columnMarks";
import type { OwnedColumn } from "../core/sheet/ownedColumns";
import { documentStore } from "./documentSettings";
import { marksFrom, queueSheetNames, type LoadedMarks } from "./columnMarks";

/** What a write needs to know of the sheet read before it queues anything. */
export interface WriteTarget {
  sheet: Excel.Worksheet;
  sheetId: string;
  table?: Excel.Table;
  tableArea?: SheetArea;
  /** The header row from the first column read to the end of the data, "" where empty. */
  headerCells: unknown[];
  /** 0-based within headerCells: the first column past the data, where new columns may go. */
  firstFree: number;
  /** Every sheet of the workbook, with its id: how the add-in knows its own sheets. */
  sheets: SheetIdentity[];
  /** The workbook's names (the history sheet's names are replaced). */
  names: string[];
  /** The add-in's column marks on the sheet (sheet-scoped names), relative to the first column read. */
  marks: LoadedMarks;
  /** The add-in's remembered columns on this sheet, where their marks are now. */
  owned: OwnedColumn[];
}

/**
 * Sync 1 of a write: protection, the table or used range, the header row, sheet and name lists,
 * the date system, the add-in's column marks. A protected sheet or a 1904 workbook is refused
 * here, before anything is queued.
 */
export async function loadWriteTarget(
  context: Excel.RequestContext,
  read: SheetRead
): Promise<WriteTarget> {
  const sheet = context.workbook.worksheets.getItem(read.sheetName);
  sheet.load("id,name,protection/protected");
  const table = read.tableName ? sheet.tables.getItem(read.tableName) : undefined;
  const tableRange = table?.getRange().load("address");
  // Formulas go into the data body only: a Total row keeps its SUBTOTAL cells.
  const tableBody = table?.getDataBodyRange().load("address");
  const used = sheet.getUsedRangeOrNullObject(true).load("address");
  const headerUsed = sheet
    .getRange(`${read.headerRow}:${read.headerRow}`)
    .getUsedRangeOrNullObject(true)
    .load("address,values");
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const names = context.workbook.names.load("items/name");
  const checkDateSystem = queueDateSystemCheck(context);
  const sheetNames = queueSheetNames(sheet);
  await context.sync();
  checkDateSystem();

  if (sheet.protection.protected) throw protectedSheetError(sheet.name);
  const firstColumn = read.firstColumn ?? 0;
  const tableArea =
    tableRange && tableBody
      ? headerAndBody(parseAddress(tableRange.address)[0], parseAddress(tableBody.address)[0])
      : undefined;
  const usedArea = used.isNullObject ? undefined : parseAddress(used.address)[0];
  const dataEnd = tableArea
    ? tableArea.column + tableArea.columnCount
    : Math.max(
        usedArea ? usedArea.column + usedArea.columnCount : 0,
        firstColumn + read.headers.length
      );
  const headerCells: unknown[] = new Array(Math.max(dataEnd - firstColumn, 0)).fill("");
  if (!headerUsed.isNullObject) {
    const area = parseAddress(headerUsed.address)[0];
    headerUsed.values[0].forEach((value, i) => {
      const index = area.column + i - firstColumn;
      if (index >= 0 && index < headerCells.length) headerCells[index] = value;
    });
  }
  const marks = marksFrom(sheetNames, firstColumn);
  return {
    sheet,
    sheetId: sheet.id,
    table,
    tableArea,
    headerCells,
    firstFree: headerCells.length,
    sheets: sheets.items.map(({ name, id }) => ({ name, id })),
    names: names.items.map((n) => n.name),
    marks,
    owned: locateOwnedColumns(ownedColumnsOf(documentStore, sheet.id), marks.at),
  };
}
