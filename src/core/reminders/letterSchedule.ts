import type { Day, DunningLevel } from "../types";
import { FORMAL_NOTICE_DAYS } from "./draftIssue";
import type { DraftLine } from "./types";

/** When a letter at `level` says the next step comes, and the deadline of a formal notice. */
export interface LetterSchedule {
  /** The formal notice's deadline to pay. */
  deadline?: Day;
  /** The ladder's next level and the earliest day it may come. */
  next?: { level: number; action: string; date: Day };
  nextLevel?: DunningLevel;
}

/**
 * The next step a letter announces: the ladder's next level, not before the contact interval
 * has passed nor before its own day after the oldest due date; after a formal notice, its
 * deadline.
 */
export function letterSchedule(
  level: DunningLevel,
  ladder: readonly DunningLevel[],
  lines: readonly DraftLine[],
  timing: { asOf: Day; minDays: number; kind: string }
): LetterSchedule {
  const { asOf, minDays } = timing;
  const deadline = timing.kind === "formalNotice" ? asOf + FORMAL_NOTICE_DAYS : undefined;
  const oldestDue = Math.min(...lines.map((l) => l.dueDate));
  const nextIndex = ladder.indexOf(level) + 1;
  const nextLevel = nextIndex > 0 && nextIndex < ladder.length ? ladder[nextIndex] : undefined;
  return {
    ...(deadline !== undefined ? { deadline } : {}),
    ...(nextLevel
      ? {
          nextLevel,
          next: {
            level: nextLevel.level,
            action: nextLevel.action,
            date: deadline ?? Math.max(asOf + minDays, oldestDue + nextLevel.fromDay),
          },
        }
      : {}),
  };
}
