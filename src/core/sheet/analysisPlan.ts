import type { Language, Settings } from "../types";
import type { ColumnKey, SheetRead } from "../workbook";
import { columnLetter } from "./a1";
import {
  ANALYSIS_COLUMNS,
  headersIn,
  MEMORY_COLUMNS,
  type AnalysisColumn,
  type AnalysisColumnId,
  type MemoryColumnId,
} from "./analysisColumns";
import { assertColumnsFit } from "./gridLimits";
import { placeColumns, type OwnedColumn, type Placement } from "./ownedColumns";
import { renderFormula, ROW_TOKEN, tableRowRef, type RowRefs } from "./renderFormula";

/** Where each analysis column goes and the formula it gets. */
export interface PlannedColumn extends Placement {
  spec: AnalysisColumn;
  /**
   * Table: the calculated column's formula (structured references, one for every row).
   * Range: a template per row, to be split on ROW_TOKEN and joined with the row number.
   */
  formula: string;
}

export interface AnalysisPlan {
  mode: "table" | "range";
  columns: PlannedColumn[];
}

/**
 * Plan the analysis columns of a sheet read: reuse the add-in's own columns (found by header),
 * put new ones in free columns from `firstFree` (0-based within the header row read: past the
 * table's last column or the used range's), and render each formula, with structured references
 * in a table ([@[Due date]]) or A1 references per row beside a plain range. Headers are in
 * `language` (the pane's); an own column written in the other language is renamed in place.
 */
export function planAnalysis(
  read: SheetRead,
  headerCells: readonly unknown[],
  owned: readonly OwnedColumn[],
  firstFree: number,
  settings: Pick<Settings, "bucketBounds">,
  language: Language = "en"
): AnalysisPlan {
  const mode = read.tableName ? "table" : "range";
  const placements = placeColumns(
    headerCells,
    headersIn(ANALYSIS_COLUMNS, language),
    owned,
    firstFree
  );
  const byId = new Map(placements.map((p) => [p.id as AnalysisColumnId, p]));
  const memory = memoryColumnsOnSheet(headerCells, owned, language);
  const mapped = new Map(read.columns.map((c) => [c.key, c]));
  const firstColumn = read.firstColumn ?? 0;
  const refs: RowRefs =
    mode === "table"
      ? {
          column: (key: ColumnKey) => {
            const match = mapped.get(key);
            return match ? tableRowRef(match.header) : undefined;
          },
          analysis: (id) => tableRowRef((byId.get(id) as Placement).header),
          memory: (id) => {
            const placement = memory.get(id);
            return placement ? tableRowRef(placement.header) : undefined;
          },
        }
      : {
          column: (key: ColumnKey) => {
            const match = mapped.get(key);
            return match ? columnLetter(firstColumn + match.index) + ROW_TOKEN : undefined;
          },
          analysis: (id) =>
            columnLetter(firstColumn + (byId.get(id) as Placement).index) + ROW_TOKEN,
          memory: (id) => {
            const placement = memory.get(id);
            return placement ? columnLetter(firstColumn + placement.index) + ROW_TOKEN : undefined;
          },
        };
  const context = {
    refs,
    bucketBounds: settings.bucketBounds,
    hasCreditUse: mapped.has("creditLimit"),
    language,
  };
  return {
    mode,
    columns: ANALYSIS_COLUMNS.map((spec) => ({
      ...(byId.get(spec.id) as Placement),
      spec,
      formula: renderFormula(spec, context),
    })),
  };
}

/**
 * The add-in's reminder memory columns already on the sheet (written by recordReminders), by id,
 * with the header they have after this run (renamed into the language): the formulas read them.
 * @example [...memoryColumnsOnSheet(["Customer", "Last reminder", "Level"],
 *   [{ id: "lastReminder", header: "Last reminder", index: 1 }, { id: "lastLevel", header: "Level", index: 2 }], "fr").values()].map((column) => column.header)
 * //=> ["Dernière relance", "Niveau"]
 */
export function memoryColumnsOnSheet(
  headerCells: readonly unknown[],
  owned: readonly OwnedColumn[],
  language: Language
): Map<MemoryColumnId, Placement> {
  const found = placeColumns(headerCells, headersIn(MEMORY_COLUMNS, language), owned, 0);
  return new Map(found.filter((p) => !p.isNew).map((p) => [p.id as MemoryColumnId, p] as const));
}

/**
 * Rows of the sheet that get analysis formulas beside a range: the invoices read.
 * @example analysisRows(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000], [], ["Bolt", "B-7", 45010, 250]],
 *   { sheetName: "AR", locale: localeFromLanguage("en-US") }))
 * //=> [2, 4]
 */
export function analysisRows(read: SheetRead): number[] {
  return read.invoices.map((invoice) => invoice.row).sort((a, b) => a - b);
}

/**
 * The rows beside a range that get the analysis' cells: from the first invoice row to the last
 * (rows between them get blanks), undefined when there is no invoice. Not down to the last row
 * read: a stray value far below the invoices (an "x" typed in row 1,048,576) stretches the used
 * range down to it, and writing there would move millions of cells for nothing. The rows after
 * the span only have the add-in's stale cells, if any, cleared.
 * @example analysisSpan(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000], [], ["Bolt", "B-7", 45010, 250]],
 *   { sheetName: "AR", locale: localeFromLanguage("en-US") }))
 * //=> { first: 2, last: 4 }
 */
export function analysisSpan(read: SheetRead): { first: number; last: number } | undefined {
  if (read.invoices.length === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const { row } of read.invoices) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  return { first, last };
}

/**
 * The reminder memory columns already on the sheet whose header changes with the language (a
 * French run after an English one): the analysis renames them with its own columns so the sheet
 * speaks one language. Columns not there yet are left to recordReminders.
 */
export function renamedMemoryColumns(
  headerCells: readonly unknown[],
  owned: readonly OwnedColumn[],
  language: Language
): Placement[] {
  return [...memoryColumnsOnSheet(headerCells, owned, language).values()].filter(
    (placement) => placement.renamedFrom !== undefined
  );
}

/**
 * Everything writeAnalysis puts in the header row: the analysis columns and the memory columns
 * they rename into the language. Refused, before anything is written, when a column would go
 * past XFD.
 * @example planAnalysisColumns(readInvoices([["Customer", "Invoice", "Due date", "Amount"], ["ACME", "F-1", 45000, 1000]], { sheetName: "AR", locale: localeFromLanguage("en-US") }),
 *   ["Customer", "Invoice", "Due date", "Amount"], [], 4, { bucketBounds: [30, 60, 90] }, "en").plan.columns.slice(0, 2).map((column) => [column.index, column.header])
 * //=> [[4, "Days overdue"], [5, "Ageing"]]
 */
export function planAnalysisColumns(
  read: SheetRead,
  headerCells: readonly unknown[],
  owned: readonly OwnedColumn[],
  firstFree: number,
  settings: Pick<Settings, "bucketBounds">,
  language: Language
): { plan: AnalysisPlan; renamed: Placement[] } {
  const plan = planAnalysis(read, headerCells, owned, firstFree, settings, language);
  const renamed = renamedMemoryColumns(headerCells, owned, language);
  assertColumnsFit(
    read.sheetName,
    read.firstColumn ?? 0,
    plan.columns.map((c) => c.index)
  );
  return { plan, renamed };
}
