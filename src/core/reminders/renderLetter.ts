import { payNowHtml, type PayNow } from "../payment/payNow";
import type { DunningLevel, Language, Settings } from "../types";
import { issue } from "./draftIssue";
import { withPayNowText } from "./draftPayNow";
import { invoiceTableHtml, invoiceTableText, lineView, type TableContext } from "./invoiceTable";
import { COMING_DUE_MARKER, TABLE_MARKER, type LetterViewData } from "./letterView";
import { htmlDocument, inlineText, renderTemplate, textToHtml } from "./render";
import { defaultTemplate, templateKey, type TemplateKind, type TemplatePart } from "./templates";
import type { ReminderIssue } from "./types";

/** Text without trailing spaces and with at most one blank line in a row. */
function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

type LineView = ReturnType<typeof lineView>;

/**
 * A letter's subject, text, HTML and (for a call) script from the user's template of its level
 * when it renders, else the default one: an unusable template or an unknown placeholder is a
 * warning on the draft. The invoice tables replace their markers once rendered, as text and HTML.
 */
export function renderLetter(
  view: LetterViewData,
  letter: {
    level: DunningLevel;
    kind: TemplateKind;
    language: Language;
    settings: Settings;
    /** The transfer details, after the text and (with the QR code) after the HTML body. */
    payNow?: PayNow;
  },
  tables: { table: TableContext; invoices: LineView[]; credits: LineView[]; comingDue: LineView[] },
  warnings: ReminderIssue[]
): { subject: string; text: string; html: string; callScript?: string } {
  const { level, language, settings } = letter;
  const render = (part: TemplatePart): string => {
    const partKey = templateKey(level.level, language, part);
    const own = settings.templates?.[partKey];
    if (own !== undefined && own.trim() !== "") {
      const rendered = renderTemplate(own, view);
      if (rendered.ok) {
        for (const name of rendered.unknown)
          warnings.push(issue("unknownPlaceholder", { key: partKey, name }));
        return rendered.text;
      }
      // The user's words cannot be used: say so on the draft, and write it with the default.
      warnings.push(issue("templateError", { key: partKey, error: rendered.reason }));
    }
    const fallback = renderTemplate(defaultTemplate(level, language, part), view);
    return fallback.ok ? fallback.text : "";
  };

  const { table } = tables;
  const tableText = invoiceTableText(tables.invoices, tables.credits, table);
  const tableHtml = invoiceTableHtml(tables.invoices, tables.credits, table);
  const dueTable = { ...table, withPenalties: false };
  const comingText = invoiceTableText(tables.comingDue, [], dueTable);
  const comingHtml = invoiceTableHtml(tables.comingDue, [], dueTable);
  const withTables = (text: string) =>
    text.split(TABLE_MARKER).join(tableText).split(COMING_DUE_MARKER).join(comingText);

  const rawSubject = render("subject");
  if (/[\r\n]/.test(rawSubject.trim())) warnings.push(issue("subjectLineBreak"));
  const subject = inlineText(
    rawSubject.split(TABLE_MARKER).join(" ").split(COMING_DUE_MARKER).join(" ")
  );
  const body = tidyText(render("body"));
  const { payNow } = letter;
  const html = htmlDocument(
    textToHtml(body, { [TABLE_MARKER]: tableHtml, [COMING_DUE_MARKER]: comingHtml }) +
      (payNow ? `\n${payNowHtml(payNow, language)}` : ""),
    language,
    subject
  );
  return {
    subject,
    text: withPayNowText(withTables(body), payNow, language),
    html,
    ...(letter.kind === "call" ? { callScript: withTables(tidyText(render("callScript"))) } : {}),
  };
}
