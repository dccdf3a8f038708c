import { DEFAULT_LADDER } from "../policy/defaultLadder";
import type { DunningLevel } from "../types";
import { describeValue } from "../values/describeValue";
import { parsed, refused } from "../values/parsed";
import { isRecord, listOf, numberIn, oneOf, textUpTo, type SettingRule } from "./settingRules";

/** Levels a sheet can record (the level column reads 0..9). */
export const MAX_LADDER_LEVELS = 10;
/** Ten years either side of the due date: past that a level can never be reached. */
export const MAX_FROM_DAY = 3650;
export const MAX_ACTION_LENGTH = 255;

const levelNumber = numberIn(0, MAX_LADDER_LEVELS - 1, true);
const fromDay = numberIn(-MAX_FROM_DAY, MAX_FROM_DAY, true);
const action = textUpTo(MAX_ACTION_LENGTH);
const channel = oneOf<DunningLevel["channel"]>(["email", "phone", "letter", "agency"]);
const tone = oneOf<DunningLevel["tone"]>(["friendly", "courteous", "firm", "formal"]);

/**
 * One level of the dunning ladder, copied field by field (anything else saved with it is left
 * out). The action is written on the history sheet and in letters: it must not be blank.
 */
const dunningLevel: SettingRule<DunningLevel> = (value) => {
  if (!isRecord(value)) return refused(`${describeValue(value)} is not a ladder level`);
  const level = levelNumber(value.level);
  if (!level.ok) return refused(`level: ${level.reason}`);
  const from = fromDay(value.fromDay);
  if (!from.ok) return refused(`fromDay: ${from.reason}`);
  const name = action(value.action);
  if (!name.ok || name.value.trim() === "")
    return refused(`action: ${name.ok ? "the action has no name" : name.reason}`);
  const how = channel(value.channel);
  if (!how.ok) return refused(`channel: ${how.reason}`);
  const voice = tone(value.tone);
  if (!voice.ok) return refused(`tone: ${voice.reason}`);
  return parsed({
    level: level.value,
    fromDay: from.value,
    action: name.value,
    channel: how.value,
    tone: voice.value,
  });
};

function sameLevelTwice(levels: DunningLevel[]): string | undefined {
  const seen = new Set<number>();
  for (const { level } of levels) {
    if (seen.has(level)) return `level ${level} is there twice`;
    seen.add(level);
  }
  return undefined;
}

const levels = listOf(dunningLevel, MAX_LADDER_LEVELS, sameLevelTwice);

/**
 * The reminder ladder: up to 10 levels, each numbered 0..9 once, starting from a whole day within
 * ten years of the due date, with a named action, a known channel and tone. An empty ladder means
 * "no ladder of its own" (what the analysis reads as the default one) and becomes the default.
 * @example ladderRule([null]) //=> { ok: false, reason: "item 1: null is not a ladder level" }
 */
export const ladderRule: SettingRule<DunningLevel[]> = (value) => {
  if (Array.isArray(value) && value.length === 0)
    return parsed(DEFAULT_LADDER.map((level) => ({ ...level })));
  return levels(value);
};
