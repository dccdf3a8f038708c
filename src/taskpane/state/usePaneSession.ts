// Over 250 lines: the pane's one session (read, map, analyse, settings): the steps share one state, so each transition reads in one place.
import * as React from "react";
import type { Journal } from "../../core/account/journal";
import type { Day, Language, Settings } from "../../core/types";
import {
  WorkbookError,
  type ColumnKey,
  type ColumnMapping,
  type LoggedReminder,
  type SheetRead,
  type Workbook,
} from "../../core/workbook";
import { describeError } from "./describeError";
import { changesSheet, workbookLanguageOf } from "./workbookLanguage";
import type { Strings } from "../i18n/strings";
import { defaultSettings } from "../../core/settings/defaultSettings";
import { settingsProblems, validateSettings } from "../../core/settings/validateSettings";
import { settingProblemsText } from "./settingProblemsText";
import { freshAsOf, type PaneHost } from "../host/paneHost";
import { computePortfolio, type Portfolio } from "./portfolio";
import type { TaskRunner } from "./useTask";

/** Where the user is: reading, checking the columns (first run), or working on the overview. */
export type Phase = "starting" | "mapping" | "overview";

/** Why the sheet could not be read with the user's mapping, and the field it is about. */
export interface MappingProblem {
  key?: ColumnKey;
  text: string;
}

export interface PaneSession {
  phase: Phase;
  read?: SheetRead;
  mapping: ColumnMapping;
  mappingProblem?: MappingProblem;
  settings: Settings;
  asOf: Day;
  /** The language of what the add-in writes in the workbook (see workbookLanguageOf). */
  workbookLanguage: Language;
  /** The analysis at `asOf`, once the sheet has been analysed. */
  portfolio?: Portfolio;
  /** The letters of the workbook's reminder log, as last read. */
  reminderLog: LoggedReminder[];
  setAsOf(asOf: Day): void;
  changeMapping(mapping: ColumnMapping): Promise<void>;
  /** Write the analysis columns, remember the mapping and settings, show the overview; false when it failed. */
  analyse(): Promise<boolean>;
  /**
   * Read the sheet again (after edits or reminders) and rewrite the analysis columns. `quiet`
   * keeps the message of the work that asked for it ("3 reminders recorded").
   */
  refresh(quiet?: boolean): Promise<void>;
  editColumns(): void;
  saveSettings(settings: Settings): Promise<void>;
  /** The add-in's Activity, Payment plans and Reminder log sheets, as last read. */
  journal?: Journal;
  /** Read those sheets again (after recording in them). */
  reloadJournal(): Promise<void>;
}

type Loaded = Awaited<ReturnType<Workbook["loadSettings"]>>;

/**
 * The pane's session with one workbook. Every change goes through the Workbook port; the
 * analysis shown is computed here from the rows read (core functions), the same functions the
 * sheet's formula columns call, so the pane and the sheet agree. The columns' headers are
 * written in the pane's language: the settings' choice, else `hostLocale`'s (as App resolves it).
 */
export function usePaneSession(
  workbook: Workbook,
  initialAsOf: Day,
  task: TaskRunner,
  strings: React.RefObject<Strings>,
  hostLocale = "",
  host?: PaneHost
): PaneSession {
  const [phase, setPhase] = React.useState<Phase>("starting");
  const [read, setRead] = React.useState<SheetRead>();
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  const [settings, setSettings] = React.useState<Settings>(defaultSettings);
  const [asOf, setAsOfState] = React.useState<Day>(initialAsOf);
  /** Whether the user chose the date: else it follows today's, in Excel. */
  const asOfChosen = React.useRef(false);
  const mappingRef = React.useRef(mapping);
  mappingRef.current = mapping;
  /** The date to write at: today's in Excel unless the user chose one (the pane may be days old). */
  const writeDate = React.useCallback(
    (at: Day) => {
      if (!host?.today) return at;
      const fresh = freshAsOf(at, asOfChosen.current, host.today());
      if (fresh !== at) setAsOfState(fresh);
      return fresh;
    },
    [host]
  );
  const [analysed, setAnalysed] = React.useState(false);
  const [journal, setJournal] = React.useState<Journal>();
  const [reminderLog, setReminderLog] = React.useState<LoggedReminder[]>([]);
  const [mappingProblem, setMappingProblem] = React.useState<MappingProblem>();
  const { run, warn, fail } = task;

  const portfolio = React.useMemo(
    () =>
      analysed && read
        ? computePortfolio(read.invoices, asOf, settings, journal, reminderLog)
        : undefined,
    [analysed, read, asOf, settings, journal, reminderLog]
  );

  // The journal sheets are read with the sheet: a reload of the pane finds what was recorded.
  const reloadJournal = React.useCallback(async () => {
    setJournal(await workbook.readJournal());
  }, [workbook]);
  React.useEffect(() => {
    if (read) void run("journal", reloadJournal, undefined, true);
  }, [read, run, reloadJournal]);

  // Saved settings or mapping mean the user analysed this workbook before: straight to the overview.
  React.useEffect(() => {
    let live = true;
    void run("loading", async () => {
      // Unreadable saved settings must not lock the user out: start from the defaults.
      const saved: Loaded = await workbook.loadSettings().catch((): Loaded => ({}));
      const savedMapping = saved.mapping ?? {};
      if (!live) return;
      // Each saved setting is checked: an invalid one is reset to its default, and named.
      const checked = validateSettings(saved.settings);
      setSettings(checked.settings);
      if (checked.replaced.length > 0 && strings.current) {
        const { savedSettings } = strings.current;
        warn(savedSettings.replaced(settingProblemsText(checked.replaced, strings.current)));
      }
      setMapping(savedMapping);
      const seenBefore = saved.mapping !== undefined || saved.settings !== undefined;
      try {
        const sheet = await workbook.readReceivables(savedMapping);
        const log = await workbook.readReminderLog();
        if (!live) return;
        setReminderLog(log);
        setRead(sheet);
        setAnalysed(seenBefore);
        setPhase(seenBefore ? "overview" : "mapping");
      } catch (error) {
        // A sheet that cannot be read still shows the columns view, with the reason and "Read again".
        if (live) setPhase("mapping");
        throw error;
      }
    });
    return () => {
      live = false;
    };
  }, [workbook, run, warn]);

  /**
   * Rewrite the analysis columns and remember the choices; returns the rows written. The log is
   * read first: "Reminders sent" counts its letters.
   */
  const writeAll = React.useCallback(
    async (sheet: SheetRead, at: Day, current: Settings, columns: ColumnMapping) => {
      // The workbook's language, not the pane's: set from Office's on the first analysis and
      // saved with the workbook, so a pane shown in another language never rewrites its words.
      const language = workbookLanguageOf(current, hostLocale);
      const log = await workbook.readReminderLog();
      setReminderLog(log);
      const result = await workbook.writeAnalysis(sheet, {
        asOf: at,
        settings: current,
        language,
        reminderLog: log,
      });
      const saved = { ...current, workbookLanguage: language };
      await workbook.saveSettings(saved, columns);
      setSettings((now) =>
        now.workbookLanguage === language ? now : { ...now, workbookLanguage: language }
      );
      return result.rowsWritten;
    },
    [workbook, hostLocale]
  );

  const analysedText = (rows: number) => strings.current?.done.analysed(rows) ?? "";

  const changeMapping = React.useCallback(
    async (next: ColumnMapping) => {
      setMapping(next);
      setMappingProblem(undefined);
      const sheet = await run("loading", async () => {
        try {
          return await workbook.readReceivables(next);
        } catch (error) {
          // A mapping the sheet cannot be read with stays shown, with why beside its field.
          if (!(error instanceof WorkbookError)) throw error;
          const column = error.details.column;
          setMappingProblem({
            key: typeof column === "string" ? (column as ColumnKey) : undefined,
            text: strings.current ? describeError(error, strings.current) : error.message,
          });
          return undefined;
        }
      });
      if (sheet) setRead(sheet);
    },
    [workbook, run]
  );

  const analyse = React.useCallback(async () => {
    if (!read) return false;
    const rows = await run(
      "analysing",
      async () => {
        // Read again before writing: the sheet may have changed since the pane read it.
        const sheet = await workbook.readReceivables(mapping);
        setRead(sheet);
        return writeAll(sheet, writeDate(asOf), settings, mapping);
      },
      analysedText
    );
    if (rows === undefined) return false;
    setAnalysed(true);
    setPhase("overview");
    return true;
  }, [workbook, read, asOf, settings, mapping, writeAll, writeDate, run]);

  const rewrite = React.useCallback(
    async (at: Day, current: Settings, quiet = false) => {
      await run(
        "analysing",
        async () => {
          const sheet = await workbook.readReceivables(mapping);
          setRead(sheet);
          setAnalysed(true);
          return writeAll(sheet, writeDate(at), current, mapping);
        },
        quiet ? undefined : analysedText,
        quiet
      );
    },
    [workbook, mapping, writeAll, writeDate, run]
  );

  // A pane loaded hidden by the shared runtime read the sheet and took the date at load: read
  // both again each time it is shown.
  React.useEffect(() => {
    if (!host?.onShown) return undefined;
    return host.onShown(() => {
      if (host.today && !asOfChosen.current) setAsOfState(host.today());
      void run(
        "loading",
        async () => setRead(await workbook.readReceivables(mappingRef.current)),
        undefined,
        true
      );
    });
  }, [host, workbook, run]);

  const refresh = React.useCallback(
    (quiet = false) => rewrite(asOf, settings, quiet),
    [rewrite, asOf, settings]
  );

  const setAsOf = React.useCallback(
    (next: Day) => {
      asOfChosen.current = true;
      setAsOfState(next);
      // The sheet's as-of cell must follow, or its columns and the pane would disagree.
      if (analysed) void rewrite(next, settings);
    },
    [analysed, rewrite, settings]
  );

  const saveSettings = React.useCallback(
    async (next: Settings) => {
      // Refused before anything changes: the draft stays in the form for the user to fix.
      const problems = settingsProblems(next);
      if (problems.length > 0 && strings.current) {
        fail(
          strings.current.savedSettings.notSaved(settingProblemsText(problems, strings.current))
        );
        return;
      }
      const previous = settings;
      setSettings(next);
      if (analysed && changesSheet(previous, next)) {
        // A new ladder or new buckets change the next actions: the columns are rewritten.
        await rewrite(asOf, next);
        return;
      }
      await run(
        "saving",
        () => workbook.saveSettings(next, mapping),
        () => strings.current?.done.saved ?? ""
      );
    },
    [workbook, mapping, analysed, asOf, rewrite, run, fail, settings]
  );

  const editColumns = React.useCallback(() => setPhase("mapping"), []);

  return {
    phase,
    read,
    mapping,
    mappingProblem,
    settings,
    asOf,
    workbookLanguage: workbookLanguageOf(settings, hostLocale),
    portfolio,
    reminderLog,
    setAsOf,
    changeMapping,
    analyse,
    refresh,
    editColumns,
    saveSettings,
    journal,
    reloadJournal,
  };
}
