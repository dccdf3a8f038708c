import { draftReminders, describeIssue } from "../../../../src/core/reminders";
import { reminderRecords } from "../../../../src/core/reminders/reminderRecords";
import { senderLines } from "../../../../src/core/reminders/senderLines";
import type { Invoice, Language, Settings } from "../../../../src/core/types";
import type { LoggedReminder } from "../../../../src/core/workbook";
import { AS_OF, invoice, settings } from "./fixtures";

const draft = (
  invoices: Invoice[],
  extra: Partial<Parameters<typeof draftReminders>[1]> = {},
  language: Language = "en",
  own: Partial<Settings> = {}
) =>
  draftReminders(invoices, {
    asOf: AS_OF,
    settings: settings(own),
    fallbackLanguage: language,
    ...extra,
  });

const letter = (level: number, daysAgo: number, channel = "email"): LoggedReminder => ({
  date: AS_OF - daysAgo,
  customer: "Dupont SA",
  invoiceNumbers: ["F-1"],
  level,
  channel,
});

/** Sentences that claim an earlier step, in either language. */
const CLAIMS =
  /Despite|our reminder|telephone call|formal notice of|Malgré|notre relance|entretien téléphonique|mise en demeure du/;

describe("the collections loop: letters state only what the workbook records", () => {
  it.each(["en", "fr"] as const)(
    "a first contact at any level claims no earlier reminder, call or notice (%s)",
    (language) => {
      for (const daysLate of [5, 20, 35, 50, 70]) {
        const result = draft(
          [invoice({ daysLate, language })],
          { sendAnyway: new Set(["dupont sa"]) },
          language
        );
        expect(result.drafts[0].text).not.toMatch(CLAIMS);
      }
    }
  );

  it("states the reminder and the call the Reminder log holds, with their dates (the add-in's memory)", () => {
    const log = [letter(2, 30), letter(3, 15, "phone")];
    const inv = invoice({ daysLate: 50, lastLevel: 3, lastReminder: AS_OF - 15 });
    const { drafts } = draft([inv], { log });
    expect(drafts[0].level).toBe(4);
    expect(drafts[0].text).toContain(
      "Despite our reminder of 4 February 2024 and our telephone call of 19 February 2024"
    );
  });

  it("states a reminder the user's own Last reminder / Level columns record, with its date", () => {
    const inv = invoice({ daysLate: 20, lastLevel: 1, lastReminder: AS_OF - 10 });
    const { drafts } = draft([inv], {}, "fr");
    expect(drafts[0].level).toBe(2);
    expect(drafts[0].text).toContain("Malgré notre relance du 24 février 2024");
  });

  it("never mentions the formal notice in the legal letter unless one is logged", () => {
    const log = [letter(1, 60), letter(2, 45), letter(3, 30, "phone")];
    const inv = invoice({ daysLate: 70, lastLevel: 3, lastReminder: AS_OF - 30 });
    // One above the last sent (the call): the formal notice, never the agency.
    expect(draft([inv], { log }).drafts[0].level).toBe(4);
    const afterNotice = { ...inv, lastLevel: 4, lastReminder: AS_OF - 10 };
    const noticed = draft([afterNotice], { log: [...log, letter(4, 10, "letter")] }).drafts[0];
    expect(noticed.level).toBe(5);
    expect(noticed.text).toContain("Despite our formal notice of 24 February 2024");
  });
});

describe("the collections loop: drafting rules", () => {
  it("holds back a first contact at the formal notice with the reason, until the user sends it anyway", () => {
    const inv = invoice({ daysLate: 50 });
    const held = draft([inv]).drafts[0];
    expect(held.level).toBe(4);
    expect(held.held?.key).toBe("firstContactHeld");
    expect(describeIssue(held.held!, "en")).toContain("first contact");
    expect(reminderRecords([held], AS_OF)[0].note).toBeUndefined();
    const chosen = draft([inv], { sendAnyway: new Set(["dupont sa"]) }).drafts[0];
    expect(chosen.held).toBeUndefined();
    expect(reminderRecords([chosen], AS_OF)[0].note).toBe("chosen");
  });

  it("writes never more than one level above the last one the customer was sent, across invoices", () => {
    const reminded = invoice({ daysLate: 20, lastLevel: 1, lastReminder: AS_OF - 10 });
    const fresh = invoice({ daysLate: 70, invoiceNumber: "F-2", row: 12 });
    expect(draft([reminded, fresh]).drafts[0].level).toBe(2);
  });

  it("leaves out invoices whose next action is not a reminder level, with the reason", () => {
    const { drafts, excluded } = draft([
      invoice({ daysLate: -16 }),
      invoice({ daysLate: 20, disputed: true, row: 12, invoiceNumber: "F-2" }),
    ]);
    expect(drafts).toEqual([]);
    expect(excluded.map((e) => e.reason.key)).toEqual(["notDue", "disputed"]);
  });

  it("puts an included not-yet-due invoice in a coming-due section, out of the total and of the record", () => {
    const late = invoice({ daysLate: 20 });
    const early = invoice({ daysLate: -17, row: 12, invoiceNumber: "F-2" });
    const { drafts } = draft([late, early], { include: new Set([early.row]) });
    expect(drafts[0].invoices.map((l) => l.row)).toEqual([late.row]);
    expect(drafts[0].comingDue.map((l) => l.row)).toEqual([early.row]);
    expect(drafts[0].total).toBe(late.open);
    expect(reminderRecords(drafts, AS_OF + 2)[0]).toMatchObject({
      rows: [late.row],
      date: AS_OF + 2,
    });
    expect(drafts[0].text).toContain("falls due shortly (not overdue");
  });

  it("gives one due date in the subject only when the invoices share it", () => {
    const a = invoice({ daysLate: -3 });
    const b = invoice({ daysLate: -2, row: 12, invoiceNumber: "F-2" });
    expect(draft([a]).drafts[0].subject).toContain("due on");
    expect(draft([a, b]).drafts[0].subject).not.toContain("due on");
  });

  it("one letter to a customer per contact interval, whichever invoice was reminded", () => {
    const reminded = invoice({ daysLate: 10, lastLevel: 1, lastReminder: AS_OF - 3 });
    const other = invoice({ daysLate: 20, row: 12, invoiceNumber: "F-2" });
    expect(draft([reminded, other]).drafts).toEqual([]);
  });
});

describe("the collections loop: warnings and the signature", () => {
  it("warns of a blank sender name, a zero rate from the firm level where the law sets one, and no e-mail", () => {
    const inv = invoice({ daysLate: 20, email: undefined });
    const keys = draft([inv], {}, "en", {
      senderName: "",
      annualRatePct: 0,
      jurisdiction: "FR",
    }).drafts[0].warnings.map((w) => w.key);
    expect(keys).toEqual(expect.arrayContaining(["zeroRate", "noSenderName", "noEmail"]));
    const none = draft([inv], {}, "en", { annualRatePct: 0, jurisdiction: "none" }).drafts[0];
    expect(none.warnings.map((w) => w.key)).not.toContain("zeroRate");
  });

  it("never prints an empty or a doubled name", () => {
    expect(senderLines("Jeanne Martin", "Jeanne Martin\nACME SAS").block).toBe(
      "Jeanne Martin\nACME SAS"
    );
    expect(senderLines("Jeanne Martin", "ACME SAS").block).toBe("Jeanne Martin\nACME SAS");
    expect(senderLines("", "").block).toBe("");
    const call = draft([invoice({ daysLate: 35 })], {}, "en", { senderName: "" }).drafts[0];
    expect(call.callScript).not.toContain("this is .");
    expect(call.text).not.toMatch(/\n\n$/);
  });
});
