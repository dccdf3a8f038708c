import { createRoot } from "react-dom/client";
import sampleCsv from "../../assets/sample/ibm-accounts-receivable.csv";
import { toIsoDate } from "../core/dates/calendar";
import type { Language } from "../core/types";
import { dayFromIsoText } from "../taskpane/format/dayFromIsoText";
import type { ThemeMode } from "../taskpane/theme/themeMode";
import { PreviewPage } from "./page/PreviewPage";
import { keepBookOnLeave, keptBook } from "./keptBook";
import { buildSampleWorkbook } from "./sampleWorkbook";
import { exposeForTests } from "./testHook";

/*
 * The preview page: the task pane on the IBM sample, in memory, in any browser. No Office.js.
 * URL parameters: ?lang=fr (French sample sheet and pane), ?theme=dark, ?asOf=2013-06-30,
 * ?paneWidth=320 (the pane's width in px), ?e2e=1 (the end-to-end tests' read-only hook, testHook.ts).
 */

/** A day inside the sample's period: open invoices of all ages, and a payment history before. */
const SAMPLE_AS_OF = "2013-06-30";

const params = new URLSearchParams(window.location.search);
const language: Language = (params.get("lang") ?? navigator.language).toLowerCase().startsWith("fr")
  ? "fr"
  : "en";
const theme: ThemeMode =
  params.get("theme") === "dark" ||
  (params.get("theme") === null && window.matchMedia?.("(prefers-color-scheme: dark)").matches)
    ? "dark"
    : "light";
/** ?paneWidth=320: the narrowest task pane Excel shows (default 400). */
const paneWidth = Math.max(320, Number(params.get("paneWidth")) || 400);
const asOf = dayFromIsoText(params.get("asOf") ?? "") ?? (dayFromIsoText(SAMPLE_AS_OF) as number);

document.documentElement.lang = language;
// Kept across reloads of the tab, as Excel keeps what the add-in wrote in the file.
const storage = typeof sessionStorage === "undefined" ? undefined : sessionStorage;
const version = `${language}|${asOf}`;
const workbook = keptBook(storage, version, language === "fr" ? "dmy" : "mdy", () =>
  buildSampleWorkbook(sampleCsv, asOf, language)
);
keepBookOnLeave(window, storage, version, workbook);
if (params.get("e2e") === "1") exposeForTests(window, workbook);
const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <PreviewPage
      workbook={workbook}
      asOf={asOf}
      asOfText={toIsoDate(asOf)}
      initialLanguage={language}
      initialTheme={theme}
      paneWidth={paneWidth}
    />
  );
}
