import * as React from "react";
import {
  FluentProvider,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
  useId,
} from "@fluentui/react-components";
import type { Day, Language } from "../../core/types";
import { App } from "../../taskpane/App";
import type { ThemeMode } from "../../taskpane/theme/themeMode";
import type { MemoryWorkbook } from "../memoryWorkbook";
import { PREVIEW_STRINGS } from "./previewStrings";
import { SheetCharts } from "./SheetCharts";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { useWorkbookVersion } from "./useWorkbookVersion";
import { toIsoDate } from "../../core/dates/calendar";
import { todayInBrowser } from "../../taskpane/host/todayInBrowser";
import { FileButtons } from "./FileButtons";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  field: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  sheet: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  pane: {
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

interface PreviewPageProps {
  workbook: MemoryWorkbook;
  asOf: Day;
  asOfText: string;
  initialLanguage: Language;
  initialTheme: ThemeMode;
  /** Width of the task pane in px (Excel's pane can be as narrow as 320). */
  paneWidth: number;
}

/**
 * The pane beside the sample sheet, or beside the user's own file opened from the toolbar, as in
 * Excel. The language switch plays the part of Office's
 * display language (the pane's "automatic" language follows it); the theme switch that of the
 * Office theme.
 */
export function PreviewPage(props: PreviewPageProps): React.JSX.Element {
  const { asOfText, initialLanguage, initialTheme, paneWidth } = props;
  // The sample, or the user's own file once opened (it starts as of today).
  const [book, setBook] = React.useState({
    workbook: props.workbook,
    asOf: props.asOf,
    fileName: undefined as string | undefined,
    opened: 0,
  });
  const { workbook, asOf } = book;
  useWorkbookVersion(workbook);
  // The toolbar follows the pane's as-of once the pane has analysed at another date.
  const shownAsOf =
    workbook.analysedAsOf === undefined
      ? book.fileName === undefined
        ? asOfText
        : toIsoDate(asOf)
      : toIsoDate(workbook.analysedAsOf);
  const styles = useStyles();
  const [language, setLanguage] = React.useState<Language>(initialLanguage);
  const [theme, setTheme] = React.useState<ThemeMode>(initialTheme);
  const strings = PREVIEW_STRINGS[language];
  const languageId = useId("language");
  const locale = language === "fr" ? "fr-FR" : "en-US";
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <header className={styles.toolbar}>
          <Text as="p" className={styles.title}>
            {strings.title}
          </Text>
          <Text data-testid="preview-as-of">
            {book.fileName === undefined
              ? strings.asOf(shownAsOf)
              : strings.fileAsOf(book.fileName, shownAsOf)}
          </Text>
          <FileButtons
            workbook={workbook}
            fileName={book.fileName ?? "credit-control-sample.xlsx"}
            locale={locale}
            strings={strings}
            onOpened={(opened, fileName) =>
              setBook((previous) => ({
                workbook: opened,
                asOf: todayInBrowser(),
                fileName,
                opened: previous.opened + 1,
              }))
            }
          />
          <div className={styles.field}>
            <label htmlFor={languageId}>{strings.language}</label>
            <Select
              id={languageId}
              value={language}
              onChange={(_event, data) => setLanguage(data.value as Language)}
              data-testid="preview-language"
            >
              <option value="en">English</option>
              <option value="fr">Français</option>
            </Select>
          </div>
          <Switch
            label={strings.dark}
            checked={theme === "dark"}
            onChange={(_event, data) => setTheme(data.checked ? "dark" : "light")}
            data-testid="preview-theme"
          />
        </header>
        <div className={styles.body}>
          <section className={styles.sheet} aria-label={strings.sheets}>
            <SheetGrid
              key={book.opened}
              workbook={workbook}
              locale={locale}
              label={strings.sheet}
            />
            <SheetCharts key={`charts-${book.opened}`} workbook={workbook} locale={locale} />
            <SheetTabs key={`tabs-${book.opened}`} workbook={workbook} label={strings.sheets} />
          </section>
          <aside
            className={styles.pane}
            style={{ width: `${paneWidth}px` }}
            aria-label={strings.pane}
            data-testid="pane"
          >
            <App
              // A new file is a new workbook: the pane starts afresh on it, as Excel opens it.
              key={book.opened}
              workbook={workbook}
              hostLocale={locale}
              theme={theme}
              initialAsOf={asOf}
              recordOnAsOf
            />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
