// Over 250 lines: the pane's layout: its tabs and the one handler per action the views raise, wired to the session in one place.
import * as React from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Workbook } from "../core/workbook";
import { AsOfField } from "./components/AsOfField";
import { Heading } from "./components/Heading";
import { STATUS_ID, StatusArea } from "./components/StatusArea";
import { focusResult } from "./browser/focusResult";
import { stringsFor, useStrings } from "./i18n/useStrings";
import { buildAgeingReport } from "./state/ageingReport";
import type { PaneSession } from "./state/usePaneSession";
import { useReminders } from "./state/useReminders";
import { todayInBrowser } from "./host/todayInBrowser";
import type { Invoice } from "../core/types";
import { useSelectedRows } from "./state/useSelectedRows";
import type { TaskRunner } from "./state/useTask";
import type { CustomerRisk } from "./state/topRiskCustomers";
import { MappingView } from "./views/mapping/MappingView";
import { OverviewView } from "./views/overview/OverviewView";
import { RemindersView } from "./views/reminders/RemindersView";
import { SelectionView } from "./views/selection/SelectionView";
import { SettingsView } from "./views/settings/SettingsView";
import { AccountView } from "./views/account/AccountView";
import { TodayView } from "./views/today/TodayView";
import { useAccountActions } from "./state/useAccountActions";
import { writeBasis } from "../core/sheet/writeBasis";
import { DEFAULT_LADDER } from "../core/policy/defaultLadder";
import { columnStyle } from "./components/paneStyles";

type TabKey = "today" | "overview" | "account" | "selection" | "reminders" | "settings";
const TABS: TabKey[] = ["today", "overview", "account", "selection", "reminders", "settings"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: columnStyle(tokens.spacingVerticalS),
  panel: columnStyle(tokens.spacingVerticalM),
  hint: { color: tokens.colorNeutralForeground2 },
  // Six tabs do not fit on one line of a 320 px pane: they wrap instead of scrolling away.
  tabs: { flexWrap: "wrap" },
});

interface PaneLayoutProps {
  /** Mark as sent records the as-of date, not today (the preview, whose clock is the sample's). */
  recordOnAsOf?: boolean;
  workbook: Workbook;
  session: PaneSession;
  task: TaskRunner;
  /** Whether the host saves downloaded files (not Excel for Mac): else copy is offered instead. */
  canDownload?: boolean;
}

/** The pane's frame: title, as-of date, status, then the columns check or the four views. */
export function PaneLayout({
  workbook,
  session,
  task,
  canDownload = true,
  recordOnAsOf = false,
}: PaneLayoutProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabKey>("overview");
  const [customer, setCustomer] = React.useState<string>();
  const busy = task.busy !== undefined;
  const working = session.phase === "overview";
  const selectedRows = useSelectedRows(workbook, working);
  const selected = React.useMemo(() => {
    const byRow = session.portfolio?.byRow;
    if (!byRow) return [];
    return selectedRows.flatMap((row) => {
      const analysis = byRow.get(row);
      return analysis ? [analysis] : [];
    });
  }, [selectedRows, session.portfolio]);

  const nextActionOf = React.useCallback(
    (invoice: Invoice) => session.portfolio?.byRow.get(invoice.row)?.next,
    [session.portfolio]
  );
  const reminders = useReminders({
    workbook,
    read: session.read,
    asOf: session.asOf,
    settings: session.settings,
    language: session.workbookLanguage,
    task,
    strings,
    onRecorded: () => session.refresh(true),
    canDownload,
    reminderLog: session.reminderLog,
    nextActionOf,
    recordDate: recordOnAsOf ? session.asOf : todayInBrowser(),
  });

  const accountActions = useAccountActions({
    workbook,
    settings: session.settings,
    language: session.workbookLanguage,
    asOf: session.asOf,
    task,
    strings,
    reload: session.reloadJournal,
    read: session.read,
  });
  const ladder = session.settings.ladder.length > 0 ? session.settings.ladder : DEFAULT_LADDER;
  // From the worklist: the customer's invoices are selected in the sheet and the account opens.
  const openAccount = (line: { customer: string; rows: number[] }) => {
    setCustomer(line.customer);
    setTab("account");
    void task.run("selecting", () => workbook.selectRows(line.rows), undefined, true);
  };

  const draft = () => {
    reminders.draft(selected.map((analysis) => analysis.invoice));
    setTab("reminders");
    focusResult("reminders-heading");
  };
  const selectCustomer = (customer: CustomerRisk) => {
    void task
      .run("selecting", () => workbook.selectRows(customer.rows))
      .then((selection) => {
        // Some hosts select fewer blocks of rows than asked: say so rather than let it pass.
        if (selection && selection.selected < selection.blocks)
          task.warn(strings.host.selectedSome(selection.selected, selection.blocks));
        setTab("selection");
        focusResult("selection-heading");
      });
  };
  const analyse = () => {
    void session.analyse().then((done) => {
      if (!done) return;
      setTab("overview");
      focusResult("overview-heading");
    });
  };
  /** After work whose result is a message (report written, settings saved): focus the message. */
  const thenStatus = (work: Promise<unknown>) => void work.then(() => focusResult(STATUS_ID));
  const writeReport = () => {
    const { portfolio, read } = session;
    if (!portfolio) return;
    thenStatus(
      task.run(
        "report",
        () =>
          workbook.writeAgeingReport(
            {
              ...buildAgeingReport(
                portfolio,
                stringsFor(session.workbookLanguage),
                session.settings.currency
              ),
              language: session.workbookLanguage,
            },
            read && writeBasis(read)
          ),
        () => strings.done.report
      )
    );
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Heading level={1}>{strings.app.title}</Heading>
        <AsOfField asOf={session.asOf} onChange={session.setAsOf} disabled={busy} />
      </header>
      <StatusArea task={task} />
      {session.phase === "mapping" && (
        <MappingView
          read={session.read}
          workbookLanguage={session.workbookLanguage}
          mapping={session.mapping}
          problem={session.mappingProblem}
          busy={busy}
          onChangeMapping={(mapping) => void session.changeMapping(mapping)}
          onAnalyse={analyse}
        />
      )}
      {working && (
        <>
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_event, data) => setTab(data.value as TabKey)}
            aria-label={strings.app.tabsLabel}
          >
            {TABS.map((key) => (
              <Tab key={key} value={key} id={`tab-${key}`}>
                {key === "today" || key === "account"
                  ? strings.customer.tabs[key]
                  : strings.tabs[key]}
              </Tab>
            ))}
          </TabList>
          <div className={styles.panel} role="tabpanel" aria-labelledby={`tab-${tab}`}>
            {tab === "today" && (
              <TodayView portfolio={session.portfolio} ladder={ladder} onOpen={openAccount} />
            )}
            {tab === "account" && (
              <AccountView
                session={session}
                customer={customer}
                onChoose={(name) => setCustomer(name || undefined)}
                selected={selected}
                ladder={ladder}
                actions={accountActions}
                busy={busy}
                onNotice={task.succeed}
              />
            )}
            {tab === "overview" && (
              <OverviewView
                portfolio={session.portfolio}
                busy={busy}
                onRefresh={() => thenStatus(session.refresh())}
                onReport={writeReport}
                onEditColumns={session.editColumns}
                onSelectCustomer={selectCustomer}
              />
            )}
            {tab === "selection" && (
              <SelectionView
                selected={selected}
                histories={session.portfolio?.histories}
                asOf={session.asOf}
                selectedRowCount={selectedRows.length}
                busy={busy}
                onDraft={draft}
              />
            )}
            {tab === "reminders" && (
              <RemindersView
                reminders={reminders}
                selectedCount={selected.length}
                busy={busy}
                onDraft={draft}
              />
            )}
            {tab === "settings" && (
              <SettingsView
                settings={session.settings}
                busy={busy}
                onSave={(settings) => thenStatus(session.saveSettings(settings))}
              />
            )}
          </div>
        </>
      )}
      {session.phase === "starting" && <Text className={styles.hint}>{strings.busy.loading}</Text>}
    </main>
  );
}
