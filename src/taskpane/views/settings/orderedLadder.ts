import type { DunningLevel } from "../../../core/types";

/**
 * The ladder in day order, the order the policy reads it in. Level numbers are kept: the sheet
 * records them as "last level sent". A level left without a name gets one.
 */
export function orderedLadder(ladder: readonly DunningLevel[]): DunningLevel[] {
  return [...ladder]
    .sort((a, b) => a.fromDay - b.fromDay || a.level - b.level)
    .map((level) => ({ ...level, action: level.action.trim() || `Level ${level.level}` }));
}
