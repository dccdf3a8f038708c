/** The level acted at: its number and action, the invoice's days overdue and the level's day. */
export interface LevelParams {
  level: number;
  action: string;
  daysOverdue: number;
  fromDay: number;
}

/**
 * Why the next action is what it is: a key, and the figures its texts use (the pane's reasons,
 * the Next action column's "Wait: ..." words, the letters' exclusions), typed per key.
 */
export type ActionReason =
  | {
      key: "paid" | "creditNote" | "disputed" | "promise" | "emptyLadder" | "unknownDaysOverdue";
      params: Readonly<Record<string, never>>;
    }
  | { key: "beforeFirstLevel"; params: { daysOverdue: number; fromDay: number; action: string } }
  | { key: "due" | "brokenPromise" | "formalNoticeFirst"; params: LevelParams }
  | { key: "riskBroughtForward"; params: LevelParams & { leadDays: number } }
  | { key: "oneAboveLastLevel"; params: LevelParams & { lastLevel: number } }
  | {
      key: "levelAlreadySent";
      params: {
        lastLevel: number;
        sentAction: string;
        level: number;
        action: string;
        fromDay: number;
        daysOverdue: number;
      };
    }
  | { key: "lastLevelSent"; params: { level: number; action: string } }
  | {
      key: "contactInterval";
      params: {
        level: number;
        action: string;
        days: number;
        daysSinceContact: number;
        minDays: number;
      };
    };

export type NextActionReason = ActionReason["key"];
