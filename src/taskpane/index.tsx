import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { App } from "./App";
import { todayInBrowser } from "./host/todayInBrowser";
import { themeModeFromBackground } from "./theme/themeMode";

/*
 * Entry of the task pane in Excel. The pane itself never touches Office.*: this file reads the
 * host's language and theme once Office is ready and hands the pane an Office.js Workbook.
 */
Office.onReady(() => {
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
    />
  );
});
