import * as React from "react";
import type { Workbook } from "../../core/workbook";

/**
 * The sheet rows under the user's selection, kept current through onSelectionChanged.
 * Errors while reading a selection are ignored: the next selection change tries again, and the
 * pane must not flash an error each time the user clicks a cell.
 */
export function useSelectedRows(workbook: Workbook, enabled: boolean): number[] {
  const [rows, setRows] = React.useState<number[]>([]);
  React.useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    let unsubscribe: (() => void) | undefined;
    const read = () => {
      workbook.readSelection().then(
        (selected) => {
          if (live) setRows(selected);
        },
        () => undefined
      );
    };
    read();
    workbook.onSelectionChanged(read).then(
      (off) => {
        if (live) unsubscribe = off;
        else off();
      },
      () => undefined
    );
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [workbook, enabled]);
  return rows;
}
