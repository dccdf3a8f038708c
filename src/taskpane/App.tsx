import * as React from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Day } from "../core/types";
import type { Workbook } from "../core/workbook";
import { resolveLanguage, resolveLocale } from "./i18n/resolveLanguage";
import { en } from "./i18n/en";
import type { Strings } from "./i18n/strings";
import { LocaleProvider, localeContextValue, stringsFor } from "./i18n/useStrings";
import { describeError } from "./state/describeError";
import { usePaneSession } from "./state/usePaneSession";
import { useTask } from "./state/useTask";
import type { ThemeMode } from "./theme/themeMode";
import { PaneLayout } from "./PaneLayout";
import { PaneErrorBoundary } from "./components/PaneErrorBoundary";
import type { PaneHost } from "./host/paneHost";

export interface AppProps {
  workbook: Workbook;
  /** The host's display language, e.g. "fr-FR" (Office.context.displayLanguage or navigator.language). */
  hostLocale: string;
  theme: ThemeMode;
  /** The date to compute at until the user changes it (today in Excel, a sample date in the preview). */
  initialAsOf: Day;
  /** Excel's pane host (shown again, downloads, today); none in the preview. */
  host?: PaneHost;
  /** Mark as sent records the as-of date instead of today: the preview, whose clock is the sample's. */
  recordOnAsOf?: boolean;
}

/**
 * The task pane: the same component in Excel and in the browser preview. An error while it
 * renders shows a message and "Reload the pane", which starts a fresh session (settings and
 * sheet read again), never a blank pane: one boundary in the host's language around the
 * session, one in the settings' language around the views.
 */
export function App(props: AppProps): React.JSX.Element {
  const [session, setSession] = React.useState(0);
  const reload = React.useCallback(() => setSession((n) => n + 1), []);
  const hostStrings = stringsFor(resolveLanguage("auto", props.hostLocale));
  return (
    <FluentProvider theme={props.theme === "dark" ? webDarkTheme : webLightTheme}>
      <PaneErrorBoundary key={session} strings={hostStrings} onReload={reload}>
        <WorkbookSession {...props} onReload={reload} />
      </PaneErrorBoundary>
    </FluentProvider>
  );
}

/**
 * One session with the workbook. The language follows the settings (automatic = the host's),
 * and so do the Intl formats.
 */
function WorkbookSession({
  workbook,
  hostLocale,
  initialAsOf,
  host,
  recordOnAsOf,
  onReload,
}: AppProps & { onReload(): void }): React.JSX.Element {
  // The session's messages are in the language its settings choose: read through a ref that
  // always holds the strings of the last render.
  const stringsRef = React.useRef<Strings>(en);
  const task = useTask((error) => describeError(error, stringsRef.current));
  const session = usePaneSession(workbook, initialAsOf, task, stringsRef, hostLocale, host);
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
    <LocaleProvider value={localeValue}>
      <PaneErrorBoundary strings={localeValue.strings} onReload={onReload}>
        <PaneLayout
          workbook={workbook}
          session={session}
          task={task}
          canDownload={host?.canDownload ?? true}
          recordOnAsOf={recordOnAsOf}
        />
      </PaneErrorBoundary>
    </LocaleProvider>
  );
}
