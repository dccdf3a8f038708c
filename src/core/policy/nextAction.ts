import { riskClass } from "../risk/riskClass";
import type { DunningLevel } from "../types";
import type { ActionReason, LevelParams } from "./actionReason";
import { DEFAULT_LADDER, formalNoticeIndex } from "./defaultLadder";

/** What is known of the invoice's state besides its age. */
export type InvoiceStatus = "" | "disputed" | "promise" | "broken promise" | "paid";

export interface NextActionInput {
  daysOverdue: number;
  riskScore?: number;
  /** Ladder level of the last reminder sent; undefined when unknown (the level follows the days). */
  lastLevel?: number;
  daysSinceContact?: number;
  status?: InvoiceStatus;
}

export interface DunningPolicy {
  ladder?: readonly DunningLevel[];
  /** No new contact within this many days of the last one (default 7). */
  minDaysBetweenContacts?: number;
}

export type NextActionKind = "none" | "wait" | "resolve" | "await" | "act";

export interface NextAction {
  kind: NextActionKind;
  /** Ladder level to act at, or the level waited for. */
  level?: number;
  /** The ladder action's name, or "None" / "Wait" / "Resolve dispute" / "Await promised payment". */
  action: string;
  /** What the CREDIT.NEXTACTION cell shows; starts with the action name. */
  text: string;
  /** Why, for the pane to explain in French or English. */
  reason: ActionReason;
}

export type { ActionReason, LevelParams, NextActionReason } from "./actionReason";

export const DEFAULT_MIN_DAYS_BETWEEN_CONTACTS = 7;

/** Days by which a High or Critical risk brings the next step forward. */
export const RISK_LEAD_DAYS = { High: 7, Critical: 14 } as const;

/** Index of the last level whose window has opened at `days` overdue; -1 before the first. */
function levelIndexAt(ladder: readonly DunningLevel[], days: number): number {
  let index = -1;
  for (let i = 0; i < ladder.length && ladder[i].fromDay <= days; i++) index = i;
  return index;
}

/** Index in the ladder of the last level sent, or undefined when not known (blank or not a level). */
function lastSentIndex(ladder: readonly DunningLevel[], lastLevel: number | undefined) {
  if (lastLevel === undefined || !Number.isFinite(lastLevel) || lastLevel < 0) return undefined;
  const index = levelIndexByNumber(ladder, lastLevel);
  return index < 0 ? undefined : index;
}

function levelIndexByNumber(ladder: readonly DunningLevel[], level: number): number {
  let index = -1;
  for (let i = 0; i < ladder.length && ladder[i].level <= level; i++) index = i;
  return index;
}

function riskLeadDays(score: number | undefined): number {
  if (score === undefined || Number.isNaN(score)) return 0;
  const cls = riskClass(score);
  return cls === "Critical" ? RISK_LEAD_DAYS.Critical : cls === "High" ? RISK_LEAD_DAYS.High : 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** An answer whose action is its text, for a reason with no figures or with its own. */
function simple(kind: NextActionKind, action: string, reason: ActionReason): NextAction {
  return { kind, action, text: action, reason };
}

const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({});

/**
 * The answers that depend on the status alone, shared (frozen) so an analysis of a million
 * settled rows does not build a million equal objects.
 */
const frozen = (action: NextAction): NextAction =>
  Object.freeze({ ...action, reason: Object.freeze({ ...action.reason }) });
const PAID = frozen(simple("none", "None", { key: "paid", params: NO_PARAMS }));
const DISPUTED = frozen(
  simple("resolve", "Resolve dispute", { key: "disputed", params: NO_PARAMS })
);
const PROMISE = frozen(
  simple("await", "Await promised payment", { key: "promise", params: NO_PARAMS })
);

/**
 * The next thing to do for an invoice, from the dunning ladder (docs/design.md §4):
 * - paid -> None; disputed -> Resolve dispute; a promise not yet due -> Await promised payment;
 * - the level due is the last one whose from-day has come; before the first one -> None;
 * - a High / Critical risk brings the next step forward by 7 / 14 days, and a broken promise one
 *   level further, but neither skips the formal notice: with the last level known, never more
 *   than one level above it (so the agency only after the formal notice was sent); with it
 *   unknown, they never go past the formal notice unless the days alone already do;
 * - when the level due has already been sent -> Wait until the next level's day;
 * - no new contact within minDaysBetweenContacts of the last one -> Wait.
 * @example nextAction({ daysOverdue: 20 }).action //=> "Reminder 2"
 */
export function nextAction(input: NextActionInput, policy: DunningPolicy = {}): NextAction {
  const ladder = policy.ladder ?? DEFAULT_LADDER;
  const minDays = Number.isNaN(policy.minDaysBetweenContacts ?? NaN)
    ? DEFAULT_MIN_DAYS_BETWEEN_CONTACTS
    : Math.max(0, policy.minDaysBetweenContacts as number);
  // -0 (from a subtraction) reads as 0, so equal days always give equal answers.
  const days = input.daysOverdue === 0 ? 0 : input.daysOverdue;

  if (input.status === "paid") return PAID;
  if (input.status === "disputed") return DISPUTED;
  if (input.status === "promise") return PROMISE;
  if (ladder.length === 0) return simple("none", "None", { key: "emptyLadder", params: NO_PARAMS });
  if (typeof days !== "number" || Number.isNaN(days)) {
    return simple("none", "None", { key: "unknownDaysOverdue", params: NO_PARAMS });
  }

  const last = ladder.length - 1;
  const brokenPromise = input.status === "broken promise";
  const lead = riskLeadDays(input.riskScore);
  const byDays = levelIndexAt(ladder, days);
  const byDaysAndRisk = levelIndexAt(ladder, days + lead);
  const escalated = Math.min(last, byDaysAndRisk + (brokenPromise ? 1 : 0));
  const formalNotice = formalNoticeIndex(ladder);
  const sent = lastSentIndex(ladder, input.lastLevel);

  let target = escalated;
  let capped: "oneAboveLastLevel" | "formalNoticeFirst" | undefined;
  if (sent !== undefined) {
    if (target > sent + 1) {
      target = sent + 1;
      capped = "oneAboveLastLevel";
    }
  } else if (formalNotice >= 0 && target > Math.max(byDays, formalNotice)) {
    target = Math.max(byDays, formalNotice);
    capped = "formalNoticeFirst";
  }

  if (target < 0) {
    return simple("none", "None", {
      key: "beforeFirstLevel",
      params: { daysOverdue: days, fromDay: ladder[0].fromDay, action: ladder[0].action },
    });
  }

  const since = input.daysSinceContact;
  const contactKnown = since !== undefined && !Number.isNaN(since);
  const intervalLeft = contactKnown ? Math.ceil(minDays - Math.max(0, since)) : 0;

  if (sent !== undefined && target <= sent) {
    if (sent >= last) {
      const action = ladder[sent].action;
      return {
        kind: "wait",
        level: ladder[sent].level,
        action: "Wait",
        text: `Wait: ${action} already sent`,
        reason: { key: "lastLevelSent", params: { level: ladder[sent].level, action } },
      };
    }
    const next = ladder[sent + 1];
    // The day the next level falls due as the escalation rules above reach it (a broken promise
    // reaches it one level early, a risk lead some days early), and not within the contact interval.
    const reachedAt = ladder[sent + 1 - (brokenPromise ? 1 : 0)].fromDay - lead;
    const fromDay = Math.max(reachedAt, intervalLeft > 0 ? days + intervalLeft : reachedAt);
    return {
      kind: "wait",
      level: next.level,
      action: "Wait",
      text: `Wait: ${next.action} from day ${fromDay}`,
      reason: {
        key: "levelAlreadySent",
        params: {
          lastLevel: ladder[sent].level,
          sentAction: ladder[sent].action,
          level: next.level,
          action: next.action,
          fromDay,
          daysOverdue: days,
        },
      },
    };
  }

  const level = ladder[target];
  if (intervalLeft > 0) {
    return {
      kind: "wait",
      level: level.level,
      action: "Wait",
      text: `Wait: ${level.action} in ${plural(intervalLeft, "day")}`,
      reason: {
        key: "contactInterval",
        params: {
          level: level.level,
          action: level.action,
          days: intervalLeft,
          daysSinceContact: Math.max(0, since as number),
          minDays,
        },
      },
    };
  }

  const params: LevelParams = {
    level: level.level,
    action: level.action,
    daysOverdue: days,
    fromDay: level.fromDay,
  };
  return {
    kind: "act",
    level: level.level,
    action: level.action,
    text: level.action,
    reason: actReason(),
  };

  /** Why this level: capped by the last level sent or the formal notice, or brought forward. */
  function actReason(): ActionReason {
    if (capped === "oneAboveLastLevel") {
      return { key: capped, params: { ...params, lastLevel: ladder[sent as number].level } };
    }
    if (capped === "formalNoticeFirst") return { key: capped, params };
    if (brokenPromise && target > Math.min(byDaysAndRisk, last)) {
      return { key: "brokenPromise", params };
    }
    if (target > byDays)
      return { key: "riskBroughtForward", params: { ...params, leadDays: lead } };
    return { key: "due", params };
  }
}
