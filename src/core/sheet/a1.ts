/**
 * Column letters of a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA, 16383 -> XFD.
 * @example columnLetter(0) //=> "A"; columnLetter(27) //=> "AB"
 */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * 0-based column index of column letters: A -> 0, AA -> 26.
 * @example columnIndex("AB") //=> 27
 */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/**
 * A1 address of a rectangle (0-based column, 1-based row), e.g. "B2:D10" or "B2".
 * @example rangeAddress(1, 2, 3, 9) //=> "B2:D10"; rangeAddress(1, 2) //=> "B2"
 */
export function rangeAddress(column: number, row: number, columnCount = 1, rowCount = 1): string {
  const start = `${columnLetter(column)}${row}`;
  if (columnCount === 1 && rowCount === 1) return start;
  return `${start}:${columnLetter(column + columnCount - 1)}${row + rowCount - 1}`;
}

/** A rectangle of a sheet: 0-based columns, 1-based rows, as in an A1 address. */
export interface SheetArea {
  column: number;
  row: number;
  columnCount: number;
  rowCount: number;
}

/**
 * The rectangles of an address as Office.js writes it: "Sheet1!A2:C5, Sheet1!E7" or "'My sheet'!B:B"
 * (whole columns run to row 1,048,576, whole rows across 16,384 columns).
 * @example parseAddress("Sheet1!A2:C5") //=> [{ column: 0, row: 2, columnCount: 3, rowCount: 4 }]
 */
export function parseAddress(address: string): SheetArea[] {
  return areasOf(address)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const local = part.includes("!") ? part.slice(part.lastIndexOf("!") + 1) : part;
      const [start, end = start, ...more] = local.replace(/\$/g, "").split(":");
      if (more.length) throw new Error(`Not an A1 reference: ${local}`);
      const a = cellOf(start, "start");
      const b = cellOf(end, "end");
      return {
        column: Math.min(a.column, b.column),
        row: Math.min(a.row, b.row),
        columnCount: Math.abs(b.column - a.column) + 1,
        rowCount: Math.abs(b.row - a.row) + 1,
      };
    });
}

/**
 * The areas of an address list, split on the commas between them. Not on a comma inside a quoted
 * sheet name: Excel allows "Relances, mars", which Office.js writes 'Relances, mars'!A1:F100
 * (an apostrophe in the name is doubled, so the quotes still pair up).
 */
function areasOf(address: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of address) {
    if (char === "'") quoted = !quoted;
    if (char === "," && !quoted) {
      areas.push(current);
      current = "";
    } else current += char;
  }
  areas.push(current);
  return areas;
}

/** Last row and column of a sheet (Excel 2007 and later). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

function cellOf(ref: string, side: "start" | "end"): { column: number; row: number } {
  const match = /^([A-Za-z]*)(\d*)$/.exec(ref);
  if (!match || (match[1] === "" && match[2] === ""))
    throw new Error(`Not an A1 reference: ${ref}`);
  const column = match[1] === "" ? (side === "start" ? 0 : MAX_COLUMNS - 1) : columnIndex(match[1]);
  const row = match[2] === "" ? (side === "start" ? 1 : MAX_ROWS) : Number(match[2]);
  // Letters past XFD ("TOTAL") or a row 0 or past 1,048,576 name no cell of a sheet.
  if (column >= MAX_COLUMNS || row < 1 || row > MAX_ROWS)
    throw new Error(`Not an A1 reference: ${ref} is outside the sheet (A1 to XFD1048576)`);
  return { column, row };
}

/**
 * A sheet name as a formula or an address needs it: quoted when not a plain word.
 * @example quoteSheetName("My sheet") //=> "'My sheet'"; quoteSheetName("AR") //=> "AR"
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
