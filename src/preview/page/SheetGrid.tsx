// Over 250 lines: the preview's virtualised grid (rows, header, selection, keyboard) is one component; the preview page is a test harness, not part of the add-in.
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../core/sheet/a1";
import type { MemoryWorkbook } from "../memoryWorkbook";
import { cellText } from "../cellText";
import { areasToRows, clickRow, rowsToAreas, type RowSelectionState } from "./rowSelection";
import { useWorkbookVersion } from "./useWorkbookVersion";

/** Height of a grid row in pixels: fixed, so the visible rows follow from the scroll position. */
const ROW_HEIGHT = 24;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 12;
/** Empty rows and columns drawn past the data, as Excel shows empty cells. */
const MIN_ROWS = 40;
const MIN_COLUMNS = 8;

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    position: "relative",
    // The spacer rows change height as the user scrolls: the browser must not "anchor" the
    // scroll position to them, or each render scrolls again.
    overflowAnchor: "none",
    backgroundColor: tokens.colorNeutralBackground1,
    outlineStyle: "none",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  corner: { width: "48px", left: 0, zIndex: 3 },
  // The sheet's row 1 under the column letters: its cells stay in view while the rows scroll.
  headerRow: {
    position: "sticky",
    top: `${ROW_HEIGHT}px`,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    width: "112px",
    fontWeight: tokens.fontWeightRegular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: "48px",
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    cursor: "pointer",
    userSelect: "none",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHeaderSelected: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  cell: {
    // Border included, so that every row is exactly ROW_HEIGHT and the spacers match.
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    paddingTop: 0,
    paddingBottom: 0,
    maxWidth: "112px",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
    userSelect: "none",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  number: { textAlign: "right" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  spacer: {
    padding: 0,
    borderTopStyle: "none",
    borderBottomStyle: "none",
    borderLeftStyle: "none",
    borderRightStyle: "none",
  },
});

interface SheetGridProps {
  workbook: MemoryWorkbook;
  locale: string;
  label: (sheet: string) => string;
}

/**
 * The active sheet of the in-memory workbook, drawn like Excel: column letters, row numbers,
 * values as their number formats show them. Only the rows in view are in the DOM. Clicking,
 * shift-clicking and ctrl-clicking rows selects them as Excel does, and tells the workbook,
 * whose selection event the pane listens to.
 */
export function SheetGrid({ workbook, locale, label }: SheetGridProps): React.JSX.Element {
  const styles = useStyles();
  useWorkbookVersion(workbook);
  const scroller = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [viewHeight, setViewHeight] = React.useState(600);
  const anchor = React.useRef<number | undefined>(undefined);

  React.useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const sheet = workbook.getSheet(workbook.activeSheetName);
  const used = sheet?.usedArea();
  const rowCount = Math.max(MIN_ROWS, used ? used.row + used.rowCount : 0);
  const columnCount = Math.max(MIN_COLUMNS, used ? used.column + used.columnCount : 0);
  const selectedRows = new Set(areasToRows(workbook.getSelection()));

  // Each sheet opens at its top, as in Excel (not at the previous tab's scroll position).
  React.useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [workbook.activeSheetName]);

  // Row 1 (the sheet's headers) is drawn in the table head, sticky: it stays in view.
  const first = Math.max(2, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN + 1);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);

  const select = (row: number, shift: boolean, toggle: boolean) => {
    const state: RowSelectionState = {
      rows: [...selectedRows].sort((a, b) => a - b),
      anchor: anchor.current,
    };
    const next = clickRow(state, { row, shift, toggle });
    anchor.current = next.anchor;
    workbook.setSelection(rowsToAreas(next.rows, 0, columnCount));
  };
  const onClick = (row: number) => (event: React.MouseEvent) =>
    select(row, event.shiftKey, event.ctrlKey || event.metaKey);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const current = anchor.current ?? 1;
    const target =
      event.key === "ArrowDown" ? Math.min(rowCount, current + 1) : Math.max(1, current - 1);
    if (event.shiftKey) {
      // Shift+arrow extends from the anchor, which stays where the range began.
      const start = anchor.current ?? target;
      workbook.setSelection(rowsToAreas(range(start, target), 0, columnCount));
      anchor.current = start;
      return;
    }
    select(target, false, false);
  };

  const columns = Array.from({ length: columnCount }, (_v, i) => i);
  const drawRow = (row: number): React.JSX.Element => {
    const selected = selectedRows.has(row);
    return (
      <tr
        key={row}
        data-row={row}
        data-selected={selected || undefined}
        className={row === 1 ? styles.headerRow : undefined}
      >
        <th
          scope="row"
          className={mergeClasses(styles.rowHeader, selected && styles.rowHeaderSelected)}
          onClick={onClick(row)}
          data-row-header={row}
        >
          {row}
        </th>
        {columns.map((column) => {
          const cell = sheet?.cell(row, column);
          return (
            <td
              key={column}
              className={mergeClasses(
                styles.cell,
                typeof cell?.value === "number" && styles.number,
                cell?.format?.bold && styles.bold,
                selected && styles.selected
              )}
              onClick={onClick(row)}
              data-column={columnLetter(column)}
            >
              {cellText(cell, locale)}
            </td>
          );
        })}
      </tr>
    );
  };
  const rows = Array.from({ length: Math.max(0, last - first + 1) }, (_v, i) => first + i);
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      tabIndex={0}
      role="region"
      aria-label={label(workbook.activeSheetName)}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      data-testid="sheet-grid"
    >
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.columnHeader, styles.corner)} scope="col">
              <span hidden>#</span>
            </th>
            {columns.map((column) => (
              <th key={column} className={styles.columnHeader} scope="col">
                {columnLetter(column)}
              </th>
            ))}
          </tr>
          {drawRow(1)}
        </thead>
        <tbody>
          {first > 2 && (
            <tr aria-hidden="true">
              <td
                className={styles.spacer}
                colSpan={columnCount + 1}
                style={{ height: (first - 2) * ROW_HEIGHT }}
              />
            </tr>
          )}
          {rows.map(drawRow)}
          {last < rowCount && (
            <tr aria-hidden="true">
              <td
                className={styles.spacer}
                colSpan={columnCount + 1}
                style={{ height: (rowCount - last) * ROW_HEIGHT }}
              />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function range(from: number, to: number): number[] {
  const low = Math.min(from, to);
  return Array.from({ length: Math.abs(to - from) + 1 }, (_v, i) => low + i);
}
