import type { SheetArea } from "../core/sheet/a1";
import { isBlank } from "../core/values/isBlank";
import { cellText } from "./cellText";

/** How a cell looks: what the preview grid draws. */
export interface CellFormat {
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  fontColor?: string;
}

/** A cell: its value (computed when it has a formula), the formula, the format. */
export interface MemoryCell {
  value: unknown;
  formula?: string;
  format?: CellFormat;
}

/**
 * An Excel table: its header row is `area.row`, its data rows follow. With `showTotals` the last
 * row of `area` is the table's Total row (as Table.getRange() covers it in Excel).
 */
export interface MemoryTable {
  name: string;
  area: SheetArea;
  showTotals?: boolean;
}

export interface MemoryChart {
  type: "ColumnClustered";
  title: string;
  source: SheetArea;
  /** Series in rows (labels in the first row) or in columns (labels in the first column). */
  seriesBy?: "rows" | "columns";
}

export interface MemoryConditionalFormat {
  type: "colorScale";
  area: SheetArea;
  colors: [string, string, string];
}

let sheetsCreated = 0;

/**
 * One sheet of the in-memory workbook. Rows are 1-based, columns 0-based, as in A1 addresses.
 * `id` is given on creation and never changes, like Excel's Worksheet.id: a sheet made later
 * under a deleted sheet's name is a different sheet.
 */
export class MemorySheet {
  /** rows[row - 1][column]; sparse. */
  readonly rows: (MemoryCell | undefined)[][] = [];
  readonly hiddenRows = new Set<number>();
  readonly merges: SheetArea[] = [];
  readonly charts: MemoryChart[] = [];
  readonly conditionalFormats: MemoryConditionalFormat[] = [];
  /**
   * Sheet-scoped defined names, by name: the cell each refers to. They move with their cell when
   * columns are inserted or deleted, and go when it is deleted (Excel's #REF!): the add-in marks
   * its own columns' header cells with them (columnMarks).
   */
  readonly names = new Map<string, { row: number; column: number }>();
  table?: MemoryTable;
  protected = false;

  readonly id: string;

  /** `id` is given only when a saved sheet is restored (the preview kept across a reload). */
  constructor(
    public name: string,
    id?: string
  ) {
    const kept = /^sheet-(\d+)$/.exec(id ?? "");
    // A restored id is taken, and no sheet made later may get it again.
    if (kept) sheetsCreated = Math.max(sheetsCreated, Number(kept[1]));
    this.id = id ?? `sheet-${++sheetsCreated}`;
  }

  cell(row: number, column: number): MemoryCell | undefined {
    return this.rows[row - 1]?.[column];
  }

  value(row: number, column: number): unknown {
    return this.cell(row, column)?.value ?? null;
  }

  setCell(row: number, column: number, cell: MemoryCell | undefined): void {
    // Emptying a cell of a row that holds nothing leaves the row absent: a sheet with a cell in
    // row 1,048,576 stays sparse when the rows above it are cleared.
    if (!cell && !this.rows[row - 1]) return;
    const cells = (this.rows[row - 1] ??= []);
    cells[column] = cell;
  }

  /**
   * Write what a user (or Office.js `values`) would type: "'text" is the text without its
   * apostrophe, "=..." is a formula, and so is "+..." or "-..." that is not a number (Excel's
   * Range.values: "If the value starts with a plus (+), minus (-), or equal sign (=), Excel
   * interprets this value as a formula"; "+call" becomes =+call) (kept as its text: the preview evaluates only the add-in's
   * own formulas, given with their value; ="" is ""), anything else is the value. The format
   * is kept.
   */
  input(row: number, column: number, input: unknown, format?: CellFormat): void {
    const previous = this.cell(row, column)?.format;
    const merged = format || previous ? { ...previous, ...format } : undefined;
    if (typeof input === "string" && input.startsWith("'")) {
      this.setCell(row, column, { value: input.slice(1), format: merged });
    } else if (typeof input === "string" && input.startsWith("=")) {
      // ="" (a history figure the customer lacks) is the one formula whose value is known here.
      const value = input === '=""' ? "" : input;
      this.setCell(row, column, { value, formula: input, format: merged });
    } else if (typeof input === "string" && isSignedFormula(input)) {
      this.setCell(row, column, { value: `=${input}`, formula: `=${input}`, format: merged });
    } else if (isBlank(input) && !merged) {
      this.setCell(row, column, undefined);
    } else {
      this.setCell(row, column, { value: isBlank(input) ? null : input, format: merged });
    }
  }

  /** Values of a rectangle, null for empty cells. */
  values(area: SheetArea): unknown[][] {
    const out: unknown[][] = [];
    for (let r = 0; r < area.rowCount; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < area.columnCount; c++)
        row.push(this.value(area.row + r, area.column + c));
      out.push(row);
    }
    return out;
  }

  /** The cells as displayed with their number formats, like Excel's Range.text. */
  texts(area: SheetArea, locale: string): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < area.rowCount; r++) {
      const row: string[] = [];
      for (let c = 0; c < area.columnCount; c++)
        row.push(cellText(this.cell(area.row + r, area.column + c), locale));
      out.push(row);
    }
    return out;
  }

  /** The smallest rectangle holding every non-blank value (Excel's used range, values only). */
  usedArea(): SheetArea | undefined {
    let top = 0;
    let bottom = 0;
    let left = Infinity;
    let right = -1;
    this.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (cell && !isBlank(cell.value)) {
          if (top === 0) top = r + 1;
          bottom = r + 1;
          left = Math.min(left, c);
          right = Math.max(right, c);
        }
      });
    });
    if (top === 0) return undefined;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Empty the sheet's cells, charts and conditional formats (a sheet the add-in owns). */
  clear(): void {
    this.rows.length = 0;
    this.charts.length = 0;
    this.conditionalFormats.length = 0;
  }

  /**
   * Insert `count` empty columns at `column` in the rows of `area` only, shifting those cells
   * right: what Excel does beside a table that grows a column.
   */
  insertCells(area: SheetArea, column: number, count: number): void {
    for (let row = area.row; row < area.row + area.rowCount; row++) {
      const cells = this.rows[row - 1];
      if (cells && cells.length > column) cells.splice(column, 0, ...Array<undefined>(count));
    }
  }
}

/** "+call" or "-note": text Excel takes as a formula; a signed number ("-12.5") stays a number. */
export function isSignedFormula(input: string): boolean {
  return /^[+-]./s.test(input) && !Number.isFinite(Number(input));
}
