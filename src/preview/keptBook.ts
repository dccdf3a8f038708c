import type { DateOrder } from "../core/types";
import type { BookSnapshot } from "./bookSnapshot";
import { MemoryWorkbook } from "./memoryWorkbook";

const KEY = "creditControl.preview.book";

/**
 * The preview's workbook, kept across a reload of the page like Excel keeps its file: what the
 * pane recorded (Activity, Payment plans, Reminder log, analysis columns, settings) is still
 * there. Kept in the tab's sessionStorage under `version` (the sample and as-of it was built
 * for); a new tab, another sample or a book that no longer fits starts from `build()`.
 */
export function keptBook(
  storage: Storage | undefined,
  version: string,
  dateOrder: DateOrder,
  build: () => MemoryWorkbook
): MemoryWorkbook {
  let workbook: MemoryWorkbook | undefined;
  try {
    const saved = storage?.getItem(KEY);
    const parsed = saved
      ? (JSON.parse(saved) as { version: string; book: BookSnapshot })
      : undefined;
    if (parsed?.version === version && parsed.book.version === 1) {
      workbook = new MemoryWorkbook(dateOrder);
      workbook.restore(parsed.book);
    }
  } catch {
    // A saved book that cannot be read back is dropped: the sample is built afresh.
    workbook = undefined;
  }
  return workbook ?? build();
}

/** Keep the book when the page goes away (a reload, or leaving the tab). */
export function keepBookOnLeave(
  target: Pick<Window, "addEventListener">,
  storage: Storage | undefined,
  version: string,
  workbook: MemoryWorkbook
): void {
  target.addEventListener("pagehide", () => {
    try {
      storage?.setItem(KEY, JSON.stringify({ version, book: workbook.toSnapshot() }));
    } catch {
      // Over the storage quota: the next load starts from the sample, as a new file would.
      storage?.removeItem(KEY);
    }
  });
}
