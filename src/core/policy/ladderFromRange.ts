import { normalizeHeader } from "../sheet/normalizeHeader";
import type { DunningLevel } from "../types";
import { describeValue } from "../values/describeValue";
import { isBlank } from "../values/isBlank";
import { parsed, refused, type Parsed } from "../values/parsed";

type Channel = DunningLevel["channel"];
type Tone = DunningLevel["tone"];

/**
 * Words that name a channel, in English and French, matched inside the normalised text (so
 * "Registered letter + email" and "Lettre recommandée" are letters). Letters and agencies are
 * tried first: their descriptions often also mention email. No "appel": it is inside "rappel".
 */
const CHANNEL_WORDS: readonly [Channel, readonly string[]][] = [
  [
    "agency",
    [
      "agency",
      "agence",
      "court",
      "tribunal",
      "legal",
      "juridique",
      "huissier",
      "contentieux",
      "injonction",
      "recouvrement",
    ],
  ],
  ["letter", ["letter", "lettre", "courrier", "recommande", "notice", "demeure"]],
  ["phone", ["phone", "telephon", "call"]],
  ["email", ["email", "mail", "courriel"]],
];

const TONE_WORDS: readonly [Tone, readonly string[]][] = [
  ["friendly", ["friendly", "amical", "cordial"]],
  ["courteous", ["courteous", "courtois", "polite", "poli"]],
  ["firm", ["firm", "ferme"]],
  ["formal", ["formal", "formel"]],
];

function findWord<T>(text: unknown, words: readonly [T, readonly string[]][]): T | undefined {
  const normalized = normalizeHeader(text);
  if (normalized === "") return undefined;
  for (const [key, list] of words) if (list.some((w) => normalized.includes(w))) return key;
  return undefined;
}

/**
 * The word a channel or tone cell names, undefined for a blank cell (the caller's default), or
 * why the cell names none of them.
 */
function wordOf<T extends string>(
  cell: unknown,
  words: readonly [T, readonly string[]][],
  what: string,
  oneOf: string
): Parsed<T | undefined> {
  if (isBlank(cell)) return parsed(undefined);
  const found = findWord(cell, words);
  return found
    ? parsed(found)
    : refused(`the ${what} ${describeValue(cell)} is not one of ${oneOf}`);
}

/** A whole number of days from a number or a text such as "15", "-5" or "+1". */
function wholeDays(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Could this cell be a from-day at all (a number, or text that reads as one)? */
function looksNumeric(value: unknown): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && /^\s*[+-]?\d+([.,]\d*)?\s*$/.test(value);
}

/**
 * When the range gives no tone: a before-due level is friendly, the first overdue email is
 * courteous, later emails and calls are firm, letters and agencies formal.
 */
function defaultTone(channel: Channel, fromDay: number, overdueEmailsBefore: number): Tone {
  if (channel === "letter" || channel === "agency") return "formal";
  if (channel === "phone") return "firm";
  if (fromDay <= 0) return "friendly";
  return overdueEmailsBefore === 0 ? "courteous" : "firm";
}

/**
 * A dunning ladder read from a sheet range: first column the from-day (days overdue, negative
 * before the due date), second the action; optional third the channel (email, phone, letter,
 * agency, in English or French) and fourth the tone (friendly, courteous, firm, formal). A header
 * row is allowed on top, blank rows are skipped, from-days must increase. Levels are numbered
 * 0, 1, 2... in order, as the "level" column of the receivables sheet records them.
 * @example ladderFromRange([["From day", "Action"], [0, "Reminder 1"], [15, "Reminder 2"]]).value.map((level) => [level.level, level.fromDay, level.tone])
 * //=> [[0, 0, "friendly"], [1, 15, "courteous"]]
 * @example ladderFromRange([[15, "Reminder 2"], [0, "Reminder 1"]]).ok //=> false
 */
export function ladderFromRange(rows: unknown[][]): Parsed<DunningLevel[]> {
  if (!Array.isArray(rows)) return refused("the policy must be a range of from-day and action");
  const ladder: DunningLevel[] = [];
  let seenContent = false;
  let overdueEmails = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [rows[r]];
    const [dayCell, actionCell, channelCell, toneCell] = row;
    if (row.every(isBlank)) continue;
    const where = `policy row ${r + 1}`;
    const isFirst = !seenContent;
    seenContent = true;
    if (isFirst && !looksNumeric(dayCell) && !isBlank(dayCell)) continue; // the header row

    const fromDay = wholeDays(dayCell);
    if (fromDay === undefined) {
      return refused(
        isBlank(dayCell)
          ? `${where}: the from-day (first column) is empty`
          : `${where}: the from-day ${describeValue(dayCell)} is not a whole number of days`
      );
    }
    if (isBlank(actionCell) || typeof actionCell !== "string") {
      return refused(
        isBlank(actionCell)
          ? `${where}: the action (second column) is empty`
          : `${where}: the action ${describeValue(actionCell)} is not a text`
      );
    }
    const previous = ladder[ladder.length - 1];
    if (previous && fromDay <= previous.fromDay) {
      return refused(
        `${where}: from-days must increase, but day ${fromDay} comes after day ${previous.fromDay}`
      );
    }

    const channel = wordOf(channelCell, CHANNEL_WORDS, "channel", "email, phone, letter, agency");
    if (!channel.ok) return refused(`${where}: ${channel.reason}`);
    const tone = wordOf(toneCell, TONE_WORDS, "tone", "friendly, courteous, firm, formal");
    if (!tone.ok) return refused(`${where}: ${tone.reason}`);
    const level = {
      level: ladder.length,
      fromDay,
      action: actionCell.trim(),
      channel: channel.value ?? findWord(actionCell, CHANNEL_WORDS) ?? "email",
    };
    ladder.push({
      ...level,
      tone: tone.value ?? defaultTone(level.channel, fromDay, overdueEmails),
    });
    if (level.channel === "email" && fromDay > 0) overdueEmails++;
  }
  if (ladder.length === 0) {
    return refused("the policy range holds no level: give a from-day and an action on each row");
  }
  return parsed(ladder);
}
