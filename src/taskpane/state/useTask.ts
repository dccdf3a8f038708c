import * as React from "react";

/** Which long piece of work is running: it selects the text of the progress indicator. */
export type BusyKey =
  | "loading"
  | "analysing"
  | "report"
  | "saving"
  | "drafting"
  | "recording"
  | "selecting"
  | "journal"
  | "activity"
  | "plan"
  | "statement"
  | "courtFile";

export interface Notice {
  intent: "success" | "warning" | "error";
  text: string;
}

export interface TaskRunner {
  busy: BusyKey | undefined;
  notice: Notice | undefined;
  dismiss(): void;
  /**
   * Run `work` with a progress indicator; its failure becomes an error notice, never a throw.
   * `quiet` work (a follow-up such as re-reading after recording) keeps the current notice.
   */
  run<T>(
    key: BusyKey,
    work: () => Promise<T>,
    success?: (result: T) => string,
    quiet?: boolean
  ): Promise<T | undefined>;
  fail(text: string): void;
  /** Something the user should check, though the work went on (a saved setting was reset). */
  warn(text: string): void;
  succeed(text: string): void;
}

/**
 * One piece of work at a time, with its progress and outcome for the status area.
 * `describe` turns a failure into the user's language.
 */
export function useTask(describe: (error: unknown) => string): TaskRunner {
  const [busy, setBusy] = React.useState<BusyKey>();
  const [notice, setNotice] = React.useState<Notice>();
  const running = React.useRef(false);
  const describeRef = React.useRef(describe);
  describeRef.current = describe;

  const run = React.useCallback(
    async <T>(
      key: BusyKey,
      work: () => Promise<T>,
      success?: (result: T) => string,
      quiet = false
    ) => {
      // One piece of work at a time: a second click while the first is working does nothing
      // (a follow-up, quiet, runs after the work that asked for it has finished).
      if (running.current && !quiet) return undefined;
      running.current = true;
      setBusy(key);
      if (!quiet) setNotice(undefined);
      try {
        const result = await work();
        if (success) setNotice({ intent: "success", text: success(result) });
        return result;
      } catch (error) {
        setNotice({ intent: "error", text: describeRef.current(error) });
        return undefined;
      } finally {
        running.current = false;
        setBusy(undefined);
      }
    },
    []
  );
  const dismiss = React.useCallback(() => setNotice(undefined), []);
  const fail = React.useCallback((text: string) => setNotice({ intent: "error", text }), []);
  const warn = React.useCallback((text: string) => setNotice({ intent: "warning", text }), []);
  const succeed = React.useCallback((text: string) => setNotice({ intent: "success", text }), []);
  return { busy, notice, dismiss, run, fail, warn, succeed };
}
