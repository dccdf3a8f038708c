import type { DunningLevel } from "../../types";

/**
 * The six kinds of letter a credit controller writes, one per rung of the default ladder. A
 * user's ladder may have other levels: each is written as the kind its channel and tone call for.
 */
export type TemplateKind =
  "courtesy" | "reminder1" | "reminder2" | "call" | "formalNotice" | "legal";

/** The editable parts of a template; `callScript` only for the phone level. */
export interface ReminderTemplate {
  subject: string;
  body: string;
  callScript?: string;
}

export type TemplatePart = keyof ReminderTemplate;

/**
 * The kind of letter for a ladder level: the channel decides first, then the tone.
 * @example templateKind({ channel: "phone", tone: "firm" }) //=> "call"; templateKind({ channel: "email", tone: "formal" }) //=> "formalNotice"
 */
export function templateKind(level: Pick<DunningLevel, "channel" | "tone">): TemplateKind {
  if (level.channel === "phone") return "call";
  if (level.channel === "agency") return "legal";
  if (level.channel === "letter" || level.tone === "formal") return "formalNotice";
  if (level.tone === "firm") return "reminder2";
  if (level.tone === "courteous") return "reminder1";
  return "courtesy";
}
