import * as React from "react";
import type { ActivityEntry } from "../../core/account/activity";
import type { PaymentPlan } from "../../core/account/paymentPlan";
import { planLetter, type PlanLetter } from "../../core/account/planLetter";
import type { PlanLetterKind } from "../../core/account/planTemplates/kinds";
import type { TrackedInstalment } from "../../core/account/planStatus";
import type { Statement } from "../../core/account/statement";
import type { CourtFile } from "../../core/legal/courtFile";
import { statementDocument, type StatementSender } from "../../core/account/statementHtml";
import { STATEMENT_LABELS } from "../../core/account/statementLabels";
import { draftReminders } from "../../core/reminders/draftReminders";
import { toEml } from "../../core/reminders/toEml";
import { emlFileName, safeFileName } from "../../core/reminders/toEmlBundle";
import type { Day, Invoice, Language, Settings } from "../../core/types";
import { writeBasis } from "../../core/sheet/writeBasis";
import type { SheetRead, Workbook } from "../../core/workbook";
import { downloadText } from "../browser/downloadText";
import type { Strings } from "../i18n/strings";
import type { TaskRunner } from "./useTask";

export interface AccountActions {
  sender: StatementSender;
  recordActivity(entry: ActivityEntry): Promise<void>;
  recordPlan(plan: PaymentPlan): Promise<void>;
  writeStatement(statements: Statement[]): Promise<void>;
  /** Write the court file sheet (the add-in's own) in the workbook's language. */
  writeCourtFile(file: CourtFile): Promise<void>;
  /** Download the reminder due for these invoices as an .eml carrying the statement; false when none is due. */
  emailStatement(invoices: Invoice[], statement: Statement): boolean;
  /** Download a payment-plan letter as an .eml draft. */
  downloadPlanLetter(
    kind: PlanLetterKind,
    plan: PaymentPlan,
    to?: string,
    missed?: TrackedInstalment
  ): void;
}

interface AccountActionsInput {
  workbook: Workbook;
  settings: Settings;
  language: Language;
  asOf: Day;
  task: TaskRunner;
  strings: Strings;
  /** Read the journal sheets again once something was recorded. */
  reload(): Promise<void>;
  /**
   * The sheet as the pane read it: each write is refused (sheet-changed) when the customer's
   * invoices changed since (writeBasis), rather than written from a stale read.
   */
  read?: SheetRead;
}

/** What the account view writes to the workbook or hands to the mail client. */
export function useAccountActions(input: AccountActionsInput): AccountActions {
  const { workbook, settings, language, asOf, task, strings, reload, read } = input;
  const sender: StatementSender = {
    senderName: settings.senderName,
    signature: settings.signature,
    paymentInstructions: settings.paymentInstructions,
    currency: settings.currency,
    iban: settings.iban,
    bic: settings.bic,
  };
  const recordActivity = React.useCallback(
    async (entry: ActivityEntry) => {
      await task.run(
        "activity",
        async () => {
          await workbook.recordActivity(
            [entry],
            { language },
            read && writeBasis(read, [entry.customer])
          );
          await reload();
        },
        () => strings.customer.form.recorded
      );
    },
    [workbook, language, task, strings, reload, read]
  );
  const recordPlan = React.useCallback(
    async (plan: PaymentPlan) => {
      await task.run(
        "plan",
        async () => {
          await workbook.recordPaymentPlan(
            plan,
            { language },
            read && writeBasis(read, [plan.customer])
          );
          await reload();
        },
        () => strings.customer.plan.created
      );
    },
    [workbook, language, task, strings, reload, read]
  );
  const writeStatement = async (statements: Statement[]) => {
    await task.run(
      "statement",
      () =>
        workbook.writeStatement(
          { statements, sender, language },
          read &&
            writeBasis(
              read,
              statements.map((s) => s.customer)
            )
        ),
      () => strings.customer.statement.written
    );
  };
  const writeCourtFile = async (file: CourtFile) => {
    await task.run(
      "courtFile",
      () => workbook.writeCourtFile({ file, language }, read && writeBasis(read, [file.customer])),
      () => strings.customer.courtFile.written
    );
  };
  const emailStatement = (invoices: Invoice[], statement: Statement): boolean => {
    const { drafts } = draftReminders(invoices, { asOf, settings, fallbackLanguage: language });
    const draft = drafts[0];
    if (!draft) return false;
    const attachment = {
      filename: safeFileName(
        `${STATEMENT_LABELS[draft.language].title} ${statement.customer}`,
        "html"
      ),
      contentType: "text/html",
      content: statementDocument([statement], sender, draft.language),
    };
    downloadText(emlFileName(draft), toEml(draft, { date: new Date(), attachments: [attachment] }));
    return true;
  };
  const downloadPlanLetter = (
    kind: PlanLetterKind,
    plan: PaymentPlan,
    to?: string,
    missed?: TrackedInstalment
  ) => {
    const letter: PlanLetter = planLetter(kind, plan, { ...sender, language, to }, missed);
    downloadText(
      safeFileName(`${plan.id} ${plan.customer} - ${letter.subject}`, "eml"),
      toEml(letter, { date: new Date() })
    );
  };
  return {
    sender,
    recordActivity,
    recordPlan,
    writeStatement,
    writeCourtFile,
    emailStatement,
    downloadPlanLetter,
  };
}
