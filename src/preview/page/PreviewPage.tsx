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
 * The pane beside the sample sheet, as in Excel. The language switch plays the part of Office's
 * display language (the pane's "automatic" language follows it); the theme switch that of the
 * Office theme.
 */
export function PreviewPage(props: PreviewPageProps): React.JSX.Element {
  const { workbook, asOf, asOfText, initialLanguage, initialTheme, paneWidth } = props;
  useWorkbookVersion(workbook);
  // The toolbar follows the pane's as-of once the pane has analysed at another date.
  const shownAsOf =
    workbook.analysedAsOf === undefined ? asOfText : toIsoDate(workbook.analysedAsOf);
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
          <Text data-testid="preview-as-of">{strings.asOf(shownAsOf)}</Text>
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
            <SheetGrid workbook={workbook} locale={locale} label={strings.sheet} />
            <SheetCharts workbook={workbook} locale={locale} />
            <SheetTabs workbook={workbook} label={strings.sheets} />
          </section>
          <aside
            className={styles.pane}
            style={{ width: `${paneWidth}px` }}
            aria-label={strings.pane}
            data-testid="pane"
          >
            <App
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
