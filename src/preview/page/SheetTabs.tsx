import { Tab, TabList } from "@fluentui/react-components";
import type { MemoryWorkbook } from "../memoryWorkbook";
import { useWorkbookVersion } from "./useWorkbookVersion";

/** The sheet tabs under the grid, as in Excel: the report and the reminder log appear here. */
export function SheetTabs({ workbook, label }: { workbook: MemoryWorkbook; label: string }) {
  useWorkbookVersion(workbook);
  return (
    <TabList
      size="small"
      aria-label={label}
      selectedValue={workbook.activeSheetName}
      onTabSelect={(_event, data) => workbook.setActiveSheet(String(data.value))}
    >
      {workbook.listSheets().map((name) => (
        <Tab key={name} value={name}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}
