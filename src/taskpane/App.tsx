import * as React from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Day } from "../core/types";
import type { Workbook } from "../core/workbook";
import { resolveLanguage, resolveLocale } from "./i18n/resolveLanguage";
import { en } from "./i18n/en";
import type { Strings } from "./i18n/strings";
import { LocaleProvider, localeContextValue } from "./i18n/useStrings";
import { describeError } from "./state/describeError";
import { usePaneSession } from "./state/usePaneSession";
import { useTask } from "./state/useTask";
import type { ThemeMode } from "./theme/themeMode";
import { PaneLayout } from "./PaneLayout";

export interface AppProps {
  workbook: Workbook;
  /** The host's display language, e.g. "fr-FR" (Office.context.displayLanguage or navigator.language). */
  hostLocale: string;
  theme: ThemeMode;
  /** The date to compute at until the user changes it (today in Excel, a sample date in the preview). */
  initialAsOf: Day;
}

/**
 * The task pane: the same component in Excel and in the browser preview. The language follows
 * the settings (automatic = the host's), and so do the Intl formats.
 */
export function App({ workbook, hostLocale, theme, initialAsOf }: AppProps): React.JSX.Element {
  // The session's messages are in the language its settings choose: read through a ref that
  // always holds the strings of the last render.
  const stringsRef = React.useRef<Strings>(en);
  const task = useTask((error) => describeError(error, stringsRef.current));
  const session = usePaneSession(workbook, initialAsOf, task, stringsRef, hostLocale);
  const language = resolveLanguage(session.settings.language, hostLocale);
  const locale = resolveLocale(language, hostLocale);
  const currency = session.settings.currency;
  const localeValue = React.useMemo(
    () => localeContextValue(language, locale, currency),
    [language, locale, currency]
  );
  stringsRef.current = localeValue.strings;

  React.useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <LocaleProvider value={localeValue}>
        <PaneLayout workbook={workbook} session={session} task={task} />
      </LocaleProvider>
    </FluentProvider>
  );
}
