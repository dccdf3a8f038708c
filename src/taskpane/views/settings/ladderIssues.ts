import type { DunningLevel } from "../../../core/types";

/** What stops a ladder being saved, by level, for the editor to show beside each field. */
export interface LadderIssues {
  /** Level numbers whose action is blank. */
  unnamed: number[];
  /** Groups of level numbers that start on the same day, with that day. */
  sameDay: { levels: number[]; day: number }[];
}

/**
 * A ladder the policy can read without guessing: every level named, every from-day its own (two
 * levels on one day leave it to the order which one applies).
 * @example ladderIssues([{ level: 1, fromDay: 15, ... }, { level: 2, fromDay: 15, ... }]).sameDay //=> [{ levels: [1, 2], day: 15 }]
 */
export function ladderIssues(ladder: readonly DunningLevel[]): LadderIssues {
  const byDay = new Map<number, number[]>();
  for (const level of ladder)
    byDay.set(level.fromDay, [...(byDay.get(level.fromDay) ?? []), level.level]);
  return {
    unnamed: ladder.filter((level) => level.action.trim() === "").map((level) => level.level),
    sameDay: [...byDay]
      .filter(([, levels]) => levels.length > 1)
      .map(([day, levels]) => ({ levels, day })),
  };
}

/** The ladder in from-day order (stable: equal days keep their order), as the policy reads it. */
export function inDayOrder(ladder: readonly DunningLevel[]): DunningLevel[] {
  return [...ladder].sort((a, b) => a.fromDay - b.fromDay);
}
