import Mustache from "mustache";
import {
  DEFAULT_TEMPLATES,
  PLACEHOLDERS,
  TEMPLATES_BY_KIND,
  defaultTemplates,
  describeIssue,
  draftReminders,
  templateKind,
} from "../../../../src/core/reminders";
import type { DunningLevel, Settings } from "../../../../src/core/types";
import { AS_OF, invoice, settings } from "./fixtures";

const draftWith = (overrides: Partial<Settings>, daysLate = 20) =>
  draftReminders([invoice({ daysLate, language: "en", invoiceNumber: "INV-1" })], {
    asOf: AS_OF,
    settings: settings(overrides),
    fallbackLanguage: "en",
  }).drafts[0];

describe("default templates", () => {
  it("exist for every level of the default ladder in French and English, with a call script for the call", () => {
    const keys = Object.keys(DEFAULT_TEMPLATES).sort();
    expect(keys).toHaveLength(2 * 6 * 2 + 2);
    expect(keys).toContain("0.fr.subject");
    expect(keys).toContain("5.en.body");
    expect(keys).toContain("3.fr.callScript");
    expect(keys).toContain("3.en.callScript");
    expect(keys).not.toContain("2.en.callScript");
    expect(DEFAULT_TEMPLATES["4.fr.body"]).toContain("mise en demeure");
  });

  it("use only the documented placeholders", () => {
    const documented = new Set(PLACEHOLDERS.flatMap((p) => [p.name, ...(p.fields ?? [])]));
    const used = new Set<string>();
    const walk = (tokens: unknown[][]) => {
      for (const t of tokens) {
        if (["name", "&", "#", "^"].includes(t[0] as string)) used.add(t[1] as string);
        if (Array.isArray(t[4])) walk(t[4] as unknown[][]);
      }
    };
    for (const text of Object.values(DEFAULT_TEMPLATES)) walk(Mustache.parse(text) as unknown[][]);
    expect([...used].filter((n) => !documented.has(n))).toEqual([]);
    for (const p of PLACEHOLDERS) {
      expect(p.description.fr).not.toBe("");
      expect(p.description.en).not.toBe("");
    }
  });

  it("are chosen by the level's channel and tone for a user's own ladder", () => {
    const level = (channel: DunningLevel["channel"], tone: DunningLevel["tone"]) => ({
      channel,
      tone,
    });
    expect(templateKind(level("email", "friendly"))).toBe("courtesy");
    expect(templateKind(level("email", "courteous"))).toBe("reminder1");
    expect(templateKind(level("email", "firm"))).toBe("reminder2");
    expect(templateKind(level("phone", "firm"))).toBe("call");
    expect(templateKind(level("letter", "formal"))).toBe("formalNotice");
    expect(templateKind(level("email", "formal"))).toBe("formalNotice");
    expect(templateKind(level("agency", "formal"))).toBe("legal");
    const sevenLevels: DunningLevel[] = [
      ...settings().ladder.slice(0, 3),
      { level: 3, fromDay: 25, action: "Reminder 3", channel: "email", tone: "firm" },
      { level: 4, fromDay: 45, action: "Mise en demeure", channel: "letter", tone: "formal" },
    ];
    expect(Object.keys(defaultTemplates(sevenLevels))).toHaveLength(5 * 4);
    const draft = draftWith({ ladder: sevenLevels }, 30);
    expect(draft.level).toBe(3);
    expect(draft.kind).toBe("reminder2");
  });

  it("are the same texts in both maps", () => {
    expect(DEFAULT_TEMPLATES["2.en.body"]).toBe(TEMPLATES_BY_KIND.en.reminder2.body);
  });
});

describe("templates the user edits", () => {
  it("are used for their level and language, with placeholders filled by Mustache", () => {
    const draft = draftWith({
      templates: {
        "2.en.subject": "Account {{customer}}: {{total}} overdue",
        "2.en.body":
          "Hello,\n\n{{#invoices}}{{number}} ({{dueDate}}) {{open}}\n{{/invoices}}\n{{invoiceTable}}\n\n{{penaltyNotice}}",
        "2.fr.subject": "Pas celui-ci",
      },
    });
    expect(draft.warnings).toEqual([]);
    expect(draft.subject).toBe("Account Dupont SA: €1,000.00 overdue");
    expect(draft.text).toContain("INV-1 (14 February 2024) €1,000.00");
    expect(draft.text).toContain("- Invoice INV-1 of 15 January 2024");
    expect(draft.text).toContain("Article L441-10");
    expect(draft.html).toContain("<table");
  });

  it("that Mustache cannot parse show the error on the draft, which is written with the default text", () => {
    const draft = draftWith({ templates: { "2.en.body": "Hello {{#invoices}}{{number}}" } });
    expect(draft.warnings).toEqual([
      {
        key: "templateError",
        params: { key: "2.en.body", error: 'Unclosed section "invoices" at 29' },
      },
    ]);
    expect(describeIssue(draft.warnings[0], "en")).toBe(
      'Your template "2.en.body" cannot be used (Unclosed section "invoices" at 29); the default text was used instead. Correct it in the settings.'
    );
    expect(describeIssue(draft.warnings[0], "fr")).toContain(
      "Votre modèle « 2.en.body » est inutilisable"
    );
    expect(draft.text).toContain("According to our records, we have not yet received payment");
  });

  it("with an unknown placeholder warn that it stays blank", () => {
    const draft = draftWith({
      templates: { "2.en.subject": "Invoice {{invoiceNumber}} {{> partial}}" },
    });
    expect(draft.warnings).toEqual([
      { key: "unknownPlaceholder", params: { key: "2.en.subject", name: "invoiceNumber" } },
      { key: "unknownPlaceholder", params: { key: "2.en.subject", name: ">partial" } },
    ]);
    expect(draft.subject).toBe("Invoice");
  });

  it("warn when the currency is not a code Intl knows, and still show the amounts", () => {
    const draft = draftWith({ currency: "EURO" });
    expect(draft.warnings).toEqual([{ key: "currency", params: { currency: "EURO" } }]);
    expect(draft.text).toContain("1,000.00 EURO");
    expect(draft.text).not.toContain("NaN");
  });

  it("left blank fall back to the default text", () => {
    expect(draftWith({ templates: { "2.en.subject": "  " } }).subject).toMatch(/^Second reminder/);
  });
});
