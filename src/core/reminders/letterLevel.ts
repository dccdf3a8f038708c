import { formalNoticeIndex } from "../policy/defaultLadder";
import type { DunningLevel, Invoice } from "../types";
import { ladderLevelOf, type ContactFacts } from "./contactFacts";
import { issue } from "./draftIssue";
import type { DraftLine, ReminderIssue } from "./types";

/** The last level sent to the customer: the latest contact's, else the highest level recorded. */
export function lastLevelOf(
  group: readonly Invoice[],
  facts: ContactFacts | undefined
): number | undefined {
  if (facts?.lastLevel !== undefined) return facts.lastLevel;
  const levels = group.map((i) => i.lastLevel).filter((l): l is number => Number.isFinite(l));
  return levels.length ? Math.max(...levels) : undefined;
}

/**
 * The letter's level: the highest of its invoices, never more than one level above the last one
 * sent to the customer; `held` when nothing was ever sent and it would open at the formal notice
 * or beyond (the user must choose to send it).
 */
export function letterLevel(
  lines: readonly DraftLine[],
  ladder: readonly DunningLevel[],
  lastSent: number | undefined
): { level: DunningLevel; held?: ReminderIssue } {
  const highest = ladderLevelOf(ladder, Math.max(...lines.map((l) => l.level)));
  let index = ladder.indexOf(highest);
  if (lastSent !== undefined) {
    index = Math.min(index, ladder.indexOf(ladderLevelOf(ladder, lastSent)) + 1);
    return { level: ladder[index] };
  }
  const formal = formalNoticeIndex(ladder);
  if (formal >= 0 && index >= formal) {
    return {
      level: ladder[index],
      held: issue("firstContactHeld", { action: ladder[index].action }),
    };
  }
  return { level: ladder[index] };
}
