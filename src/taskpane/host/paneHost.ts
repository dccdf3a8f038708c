import type { Day } from "../../core/types";

/**
 * What the pane needs of its host beyond the workbook: the Office.js version lives in
 * src/excel/officeHost.ts, the preview passes none (a browser page is never loaded hidden).
 */
export interface PaneHost {
  /**
   * Call `handler` each time the pane is shown. With the shared runtime the pane may be loaded
   * hidden, long before the user opens it: what it read at load is stale by then.
   */
  onShown?(handler: () => void): () => void;
  /** Whether files can be downloaded from the pane (not in Excel for Mac). */
  canDownload: boolean;
  /** Today in the user's time zone, where the pane computes at today's date (not the preview). */
  today?(): Day;
}

/**
 * The date to compute at: today's, unless the user chose one. A pane loaded hidden yesterday
 * and shown today, or open past midnight, must not compute at yesterday's date.
 */
export function freshAsOf(current: Day, chosenByUser: boolean, today: Day): Day {
  return chosenByUser ? current : today;
}
