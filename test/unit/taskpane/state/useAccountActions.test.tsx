/**
 * The account view's writes (statement, activity line, payment plan, court file) re-read the sheet
 * before writing (issue 9): the hook hands the workbook the pane's read of the customer's invoices
 * as the write's basis, so a sheet changed since the read refuses the write, with the
 * sheet-changed message in the pane's language, and nothing is written.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { statementOf } from "../../../../src/core/account/statement";
import type { SheetRead } from "../../../../src/core/workbook";
import { MemoryWorkbook } from "../../../../src/preview/memoryWorkbook";
import { en } from "../../../../src/taskpane/i18n/en";
import { fr } from "../../../../src/taskpane/i18n/fr";
import type { Strings } from "../../../../src/taskpane/i18n/strings";
import { describeError } from "../../../../src/taskpane/state/describeError";
import {
  useAccountActions,
  type AccountActions,
} from "../../../../src/taskpane/state/useAccountActions";
import type { TaskRunner } from "../../../../src/taskpane/state/useTask";
import { testSettings } from "../../support/testSettings";
import { smallCourtFile } from "../../workbook/contract";
import { NOTE, PLAN } from "../../workbook/markerContract";

const AS_OF = 45383; // 2024-04-01

/** A task runner as useTask is: a failure becomes the notice's text, never a throw. */
function recordingTask(strings: Strings): TaskRunner & { failures: string[] } {
  const failures: string[] = [];
  return {
    busy: undefined,
    notice: undefined,
    failures,
    dismiss: () => undefined,
    async run(_key, work) {
      try {
        return await work();
      } catch (error) {
        failures.push(describeError(error, strings));
        return undefined;
      }
    },
    fail: (text) => void failures.push(text),
    warn: () => undefined,
    succeed: () => undefined,
  };
}

/** The hook's actions, as the account view gets them, for a workbook and the pane's read. */
function actionsFor(
  workbook: MemoryWorkbook,
  read: SheetRead,
  task: TaskRunner,
  strings: Strings
): AccountActions {
  let actions: AccountActions | undefined;
  function Probe() {
    actions = useAccountActions({
      workbook,
      settings: testSettings({ senderName: "Credit team" }),
      language: "en",
      asOf: AS_OF,
      task,
      strings,
      reload: async () => undefined,
      read,
    });
    return null;
  }
  renderToStaticMarkup(<Probe />);
  return actions as AccountActions;
}

async function bookAndRead(): Promise<{ workbook: MemoryWorkbook; read: SheetRead }> {
  const workbook = new MemoryWorkbook("mdy");
  workbook.addSheet("Receivables", [
    ["Customer", "Invoice", "Due date", "Amount"],
    ["ACME", "F-1", 45352, 1200],
    ["Beta", "F-2", 45300, 300],
  ]);
  return { workbook, read: await workbook.readReceivables() };
}

describe("useAccountActions: each write re-reads the sheet first", () => {
  it.each([
    ["English", en],
    ["French", fr],
  ])(
    "refuses a statement whose invoice changed since the read, in %s, writing nothing",
    async (_, strings) => {
      const { workbook, read } = await bookAndRead();
      const task = recordingTask(strings);
      const actions = actionsFor(workbook, read, task, strings);
      workbook.getSheet("Receivables")?.input(2, 3, 1500); // ACME's amount typed over
      await actions.writeStatement([statementOf("ACME", read.invoices, AS_OF)]);
      expect(task.failures).toEqual([strings.errors.codes["sheet-changed"]]);
      expect(workbook.listSheets()).toEqual(["Receivables"]);
    }
  );

  it("refuses an activity line, a plan and a court file for a customer whose invoice was renumbered", async () => {
    const { workbook, read } = await bookAndRead();
    const task = recordingTask(en);
    const actions = actionsFor(workbook, read, task, en);
    workbook.getSheet("Receivables")?.input(2, 1, "F-1b"); // ACME's invoice renumbered
    await actions.recordActivity(NOTE);
    await actions.recordPlan(PLAN);
    await actions.writeCourtFile({ ...smallCourtFile(), customer: "ACME" });
    expect(task.failures).toEqual(new Array(3).fill(en.errors.codes["sheet-changed"]));
    expect(workbook.listSheets()).toEqual(["Receivables"]);
  });

  it("writes for a customer whose invoices are as the pane read them", async () => {
    const { workbook, read } = await bookAndRead();
    const task = recordingTask(en);
    const actions = actionsFor(workbook, read, task, en);
    workbook.getSheet("Receivables")?.input(3, 3, 999); // Beta's row, not ACME's
    await actions.writeStatement([statementOf("ACME", read.invoices, AS_OF)]);
    expect(task.failures).toEqual([]);
    expect(workbook.listSheets()).toContain("Statement");
  });
});
