import { parseAddress, rangeAddress, type SheetArea } from "../core/sheet/a1";
import { locateOwnedColumns } from "../core/sheet/columnMarks";
import { marksFrom, queueSheetNames } from "./columnMarks";
import { ownedColumnsOf } from "../core/sheet/addInMemory";
import { readInvoices } from "../core/sheet/readInvoices";
import { emptySheetError } from "../core/sheet/sheetErrors";
import { headerAndBody } from "../core/sheet/tableBody";
import { MAPPING_KEY } from "../core/sheet/storedKeys";
import type { ColumnMapping, SheetRead } from "../core/workbook";
import { rowsPerReadChunk } from "./chunking";
import { documentStore, getSetting } from "./documentSettings";
import { setFunctionsLocale } from "../functions/functionsLocale";
import { queueDateSystemCheck } from "./dateSystem";
import { readInChunks, queueProbes } from "./readChunks";
import { hasExcelApi, OPTIONAL_EXCEL_API } from "./requirements";
import { queueWorkbookCulture } from "./workbookCulture";

/** Rows read first to size the chunks, find the header and show samples. */
const SAMPLE_ROWS = 40;

/** Where the receivables are on the sheet. */
interface DataLocation {
  area: SheetArea;
  tableName?: string;
}

/**
 * Read the active sheet, or the sheet named (its first table, else its used range) in chunks sized from its first
 * rows and rows probed across the whole range: two syncs to locate the data and read the sample
 * (three with a table), then one per chunk (and one more per chunk Excel refuses for its size). Returns the read and the sheet's id, to tell later whether a selection is on it.
 */
export async function readReceivables(
  context: Excel.RequestContext,
  mapping: ColumnMapping | undefined,
  chunkBytes: number,
  sheetName?: string
): Promise<{ read: SheetRead; sheetId: string }> {
  // A named sheet: the one a write read before (read again just before writing to it).
  const sheet = sheetName
    ? context.workbook.worksheets.getItem(sheetName)
    : context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name,id");
  const tables = sheet.tables.load("items/name");
  const used = sheet.getUsedRangeOrNullObject(true).load("address");
  const names = queueSheetNames(sheet);
  const culture = queueWorkbookCulture(context);
  const checkDateSystem = queueDateSystemCheck(context);
  await context.sync(); // 1: where the data is, the workbook's locale and date system
  checkDateSystem();
  // One model for the pane and the functions (a culture changed since they started included).
  const locale = culture.locale();
  setFunctionsLocale(locale);

  const table = tables.items[0];
  if (!table && used.isNullObject) throw emptySheetError(sheet.name);
  let location: DataLocation;
  if (table) {
    // The header and the data body only: a Total row is not an invoice.
    const tableRange = table.getRange().load("address");
    const body = table.getDataBodyRange().load("address");
    await context.sync(); // a table: where it is
    const area = headerAndBody(parseAddress(tableRange.address)[0], parseAddress(body.address)[0]);
    location = { area, tableName: table.name };
  } else location = { area: parseAddress(used.address)[0] };
  const { area } = location;
  // The first rows, no further than the data: a range past row 1,048,576 is an error in
  // Excel, and data ending near the last row leaves fewer than SAMPLE_ROWS below its top.
  const first = sheet.getRange(
    rangeAddress(area.column, area.row, area.columnCount, Math.min(SAMPLE_ROWS, area.rowCount))
  );
  first.load("values,text");
  const probes = queueProbes(sheet, area);
  const merges = hasExcelApi(OPTIONAL_EXCEL_API.mergedAreas)
    ? first.getMergedAreasOrNullObject().load("address")
    : undefined;
  await context.sync(); // 2: the first rows, merged cells

  const sample = [...first.values, ...probes.map((probe) => probe.values[0])];
  const cells = await readInChunks(context, sheet, area, rowsPerReadChunk(sample, chunkBytes));
  const mergedAreas =
    merges && !merges.isNullObject
      ? parseAddress(merges.address).map((m) => ({
          ...m,
          row: m.row - area.row,
          column: m.column - area.column,
        }))
      : [];
  const read = readInvoices(cells, {
    sheetName: sheet.name,
    tableName: location.tableName,
    firstRow: area.row,
    firstColumn: area.column,
    mapping: mapping ?? getSetting<ColumnMapping>(MAPPING_KEY),
    locale,
    headerRowIndex: location.tableName ? 0 : undefined,
    mergedAreas,
    owned: locateOwnedColumns(
      ownedColumnsOf(documentStore, sheet.id),
      marksFrom(names, area.column).at
    ),
    displayTexts: first.text,
  });
  return { read, sheetId: sheet.id };
}
