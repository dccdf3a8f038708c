import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/officeHost";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { shareWorkbookLocale } from "../excel/shareWorkbookLocale";
import { App } from "./App";
import { todayInBrowser } from "./host/todayInBrowser";
import { themeModeFromBackground } from "./theme/themeMode";

/*
 * Entry of the task pane in Excel. The pane itself never touches Office.*: this file reads the
 * host's language and theme once Office is ready and hands the pane an Office.js Workbook.
 * This page is also the shared runtime of the CREDIT functions (loaded even with the pane
 * closed): it gives them Excel's culture, the locale model the pane reads with too.
 */
Office.onReady(() => {
  // Without the culture (an older host, a failed read) the functions keep Office's language.
  shareWorkbookLocale().catch(() => undefined);
  const container = document.getElementById("container");
  if (!container) return;
  const context = Office.context;
  const hostLocale = context?.displayLanguage || navigator.language || "en-US";
  const theme = themeModeFromBackground(context?.officeTheme?.bodyBackgroundColor);
  createRoot(container).render(
    <App
      workbook={new OfficeWorkbook()}
      hostLocale={hostLocale}
      theme={theme}
      initialAsOf={todayInBrowser()}
      host={officeHost()}
    />
  );
});
