import { en } from "../../../../src/taskpane/i18n/en";
import { fr } from "../../../../src/taskpane/i18n/fr";
import { createFormatters } from "../../../../src/taskpane/format/formatters";
import { describeExpectation } from "../../../../src/taskpane/views/selection/describeExpectation";
import { describeFactor } from "../../../../src/taskpane/views/selection/describeFactor";
import { describeNextAction } from "../../../../src/taskpane/views/selection/describeNextAction";
import { nextAction } from "../../../../src/core/policy/nextAction";
import { riskScore } from "../../../../src/core/risk/riskScore";
import {
  boundsFromText,
  boundsToText,
} from "../../../../src/taskpane/views/settings/bucketBoundsText";
import { confidenceLevel } from "../../../../src/taskpane/views/mapping/confidenceLevel";
import { inDayOrder, ladderIssues } from "../../../../src/taskpane/views/settings/ladderIssues";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const enFormat = createFormatters("en-GB", "EUR");
const frFormat = createFormatters("fr-FR", "EUR");

describe("describeFactor", () => {
  it("says what each factor adds, in the pane's language", () => {
    expect(describeFactor({ key: "averageDaysLate", points: 30, value: 28.2 }, en, enFormat)).toBe(
      "+30: pays 28 days late on average"
    );
    expect(describeFactor({ key: "averageDaysLate", points: 30, value: 28.2 }, fr, frFormat)).toBe(
      "+30 : paie en moyenne avec 28 jours de retard"
    );
    expect(plain(describeFactor({ key: "lateShare", points: 9, value: 0.6 }, fr, frFormat))).toBe(
      "+9 : paie 60 % des factures en retard"
    );
    expect(describeFactor({ key: "creditUse", points: 6, value: 1 }, en, enFormat)).toBe(
      "+6: uses 100% of the credit limit"
    );
    expect(describeFactor({ key: "disputed", points: 15, value: 1 }, en, enFormat)).toBe(
      "+15: the invoice is disputed"
    );
  });

  it("says when a typical payer was assumed for a customer with no history", () => {
    const [habit] = riskScore({}).factors;
    expect(describeFactor(habit, en, enFormat)).toBe(
      "+20: usually pays 12 days after the due date (assumed: no payment history yet)"
    );
    expect(describeFactor(habit, fr, frFormat)).toBe(
      "+20 : paie d’habitude 12 jours après l’échéance (supposé : pas encore d’historique de paiement)"
    );
  });

  it("says how the customer usually pays, early or late, and how well it is known", () => {
    const early = { key: "usualDelay", points: 9, value: -10 } as const;
    expect(describeFactor(early, en, enFormat)).toBe(
      "+9: usually pays only 10 days before the due date (no points from 30 days early)"
    );
    expect(describeFactor(early, fr, frFormat)).toBe(
      "+9 : paie d’habitude seulement 10 jours avant l’échéance (aucun point dès 30 jours d’avance)"
    );
    expect(describeFactor({ key: "fewSettled", points: 2, value: 1 }, en, enFormat)).toBe(
      "+2: only 1 invoice settled so far"
    );
    expect(describeFactor({ key: "severeLateShare", points: 1, value: 0.25 }, fr, frFormat)).toBe(
      `+1 : paie ${frFormat.percent(0.25)} des factures avec plus de 10 jours de retard`
    );
  });
});

describe("counted words follow the language's plural rule", () => {
  it("says 1 reminder, 1 invoice, and in French 0 jour", () => {
    expect(describeFactor({ key: "remindersSent", points: 4, value: 1 }, en, enFormat)).toBe(
      "+4: 1 reminder already sent"
    );
    expect(describeFactor({ key: "remindersSent", points: 4, value: 1 }, fr, frFormat)).toBe(
      "+4 : 1 relance déjà envoyée"
    );
    expect(describeFactor({ key: "remindersSent", points: 8, value: 2 }, en, enFormat)).toBe(
      "+8: 2 reminders already sent"
    );
    expect(en.selection.count(1)).toBe("1 invoice selected");
    expect(fr.reminders.total("5 €", 1)).toBe("5 €, 1 facture");
    expect(fr.factors.daysOverdue("0")).toBe("0 jour de retard");
    expect(en.factors.daysOverdue("1")).toBe("1 day overdue");
  });
});

describe("describeNextAction", () => {
  it("translates the action and its reason", () => {
    const next = nextAction({ daysOverdue: 20 });
    expect(describeNextAction(next, en)).toEqual({
      title: "Reminder 2",
      reason: "20 days overdue: “Reminder 2” is due from day 15.",
    });
    expect(describeNextAction(next, fr)).toEqual({
      title: "Relance 2",
      reason: "20 jours de retard : « Relance 2 » s’applique dès le jour 15.",
    });
  });

  it("says what is waited for", () => {
    const next = nextAction({ daysOverdue: 20, lastLevel: 2 });
    expect(next.kind).toBe("wait");
    const described = describeNextAction(next, fr);
    // The title says when, as the Next action column does; the level (masculine) is the subject,
    // so the participle agrees whatever the action's name.
    expect(described.title).toBe("Attendre : Appel téléphonique à partir du jour 30");
    expect(described.reason).toBe(
      "Le niveau « Relance 2 » est déjà envoyé ; « Appel téléphonique » s’applique dès le jour 30."
    );
    expect(describeNextAction(next, en).title).toBe("Wait: Phone call from day 30");
  });

  it("says how many days are left before the next contact, and 'today' rather than '0 days ago'", () => {
    const next = nextAction({ daysOverdue: 20, lastLevel: 1, daysSinceContact: 0 });
    expect(describeNextAction(next, en)).toEqual({
      title: "Wait: Reminder 2 in 7 days",
      reason: "Contacted today; wait 7 days between contacts (7 days more).",
    });
    const yesterday = nextAction({ daysOverdue: 20, lastLevel: 1, daysSinceContact: 6 });
    expect(describeNextAction(yesterday, en).reason).toBe(
      "Last contact 6 days ago; wait 7 days between contacts (1 day more)."
    );
    expect(describeNextAction(yesterday, fr)).toEqual({
      title: "Attendre : Relance 2 dans 1 jour",
      reason:
        "Dernier contact il y a 6 jours ; attendez 7 jours entre deux contacts (encore 1 jour).",
    });
  });

  it("speaks of a line not yet due as due in N days, not as '-2 days overdue'", () => {
    const ladder = [
      { level: 0, fromDay: -5, action: "Courtesy reminder", channel: "email", tone: "friendly" },
      { level: 1, fromDay: 1, action: "Reminder 1", channel: "email", tone: "courteous" },
    ] as const;
    const next = nextAction({ daysOverdue: -2 }, { ladder });
    expect(describeNextAction(next, en).reason).toBe(
      "Due in 2 days: “Courtesy reminder” is due from 5 days before the due date."
    );
    expect(describeNextAction(next, fr).reason).toBe(
      "Échéance dans 2 jours : « Rappel de courtoisie » s’applique dès 5 jours avant l’échéance."
    );
    const today = nextAction({ daysOverdue: 0 }, { ladder });
    expect(describeNextAction(today, en).reason).toMatch(/^Due today: /);
  });

  it("keeps a user's own action names and falls back on unknown reasons", () => {
    const described = describeNextAction(
      { kind: "act", action: "Send flowers", reason: { key: "somethingNew" as never, params: {} } },
      en
    );
    expect(described).toEqual({ title: "Send flowers", reason: "somethingNew" });
  });
});

describe("bucket bounds text", () => {
  it("reads bounds as users type them", () => {
    expect(boundsFromText("30, 60, 90")).toEqual([30, 60, 90]);
    expect(boundsFromText("15;45 ; 120")).toEqual([15, 45, 120]);
    expect(boundsToText([30, 60])).toBe("30, 60");
  });

  it("refuses bounds that cannot make buckets", () => {
    expect(boundsFromText("")).toBeUndefined();
    expect(boundsFromText("60, 30")).toBeUndefined();
    expect(boundsFromText("30, x")).toBeUndefined();
    expect(boundsFromText("0, 30")).toBeUndefined();
    expect(boundsFromText("7.5")).toBeUndefined();
  });
});

describe("confidenceLevel", () => {
  it("puts the mapping's confidence in three words", () => {
    expect(confidenceLevel(1)).toBe("high");
    expect(confidenceLevel(0.9)).toBe("high");
    expect(confidenceLevel(0.7)).toBe("medium");
    expect(confidenceLevel(0.5)).toBe("low");
  });
});

describe("ladder rules of the settings form", () => {
  const level = (level: number, fromDay: number, action = "Call") =>
    ({ level, fromDay, action, channel: "email", tone: "firm" }) as const;

  it("keeps the levels in from-day order, equal days in their order", () => {
    const ladder = inDayOrder([level(2, 30), level(1, 1), level(3, 1)]);
    expect(ladder.map((l) => l.level)).toEqual([1, 3, 2]);
  });

  it("never names a level left without action: it is an issue to fix, not a 'Level 2'", () => {
    expect(ladderIssues([level(1, 1, "  "), level(2, 15)]).unnamed).toEqual([1]);
  });

  it("says which levels share a day", () => {
    expect(ladderIssues([level(1, 15), level(2, 15), level(3, 30)]).sameDay).toEqual([
      { levels: [1, 2], day: 15 },
    ]);
  });
});

describe("describeExpectation", () => {
  const habit = {
    day: 45_400,
    basis: "habit",
    delay: 9,
    recentCount: 5,
    settledCount: 14,
    disputeDays: 0,
    overdue: false,
  } as const;

  it("says how the customer pays lately and over how many invoices", () => {
    expect(describeExpectation(habit, en, enFormat)).toBe(
      "pays 9 days after the due date lately (median of its latest 5 of 14 settled invoices)"
    );
    expect(describeExpectation({ ...habit, delay: -3 }, fr, frFormat)).toBe(
      "paie 3 jours avant l’échéance ces derniers temps (médiane de ses 5 dernières factures réglées sur 14)"
    );
  });

  it("names the promise, a missing history, a dispute and a day already past", () => {
    const promise = { ...habit, basis: "promise" } as const;
    expect(describeExpectation(promise, en, enFormat)).toBe("the promised date");
    const none = { ...habit, basis: "dueDate", overdue: true } as const;
    expect(describeExpectation(none, en, enFormat)).toBe(
      "the due date: no payment history yet; that day has passed, so from the as-of date on"
    );
    expect(describeExpectation({ ...habit, disputeDays: 13 }, fr, frFormat)).toContain(
      ", 13 jours de plus pour le litige"
    );
  });
});
