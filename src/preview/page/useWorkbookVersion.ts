import * as React from "react";
import type { MemoryWorkbook } from "../memoryWorkbook";

/** Re-render on every change of the in-memory workbook (cells, selection, active sheet). */
export function useWorkbookVersion(workbook: MemoryWorkbook): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => workbook.subscribe(() => setVersion((v) => v + 1)), [workbook]);
  return version;
}
