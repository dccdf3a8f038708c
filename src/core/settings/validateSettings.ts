import type { Settings } from "../types";
import { WorkbookError } from "../workbook";
import { describeValue } from "../values/describeValue";
import { isRecord } from "./settingRules";
import { defaultSettings } from "./defaultSettings";
import { SETTINGS_SCHEMA } from "./settingsSchema";

/** A setting that failed its rule: which one, the value found, and why (English, for logs). */
export interface SettingProblem {
  setting: keyof Settings;
  /** The value as a message quotes it ("XX", 1e+308, a list of values). */
  value: string;
  reason: string;
}

export interface ValidatedSettings {
  settings: Settings;
  /** The settings replaced by their default, in schema order; empty when all were valid. */
  replaced: SettingProblem[];
}

const KEYS = Object.keys(SETTINGS_SCHEMA) as (keyof Settings)[];

/**
 * Saved settings as a whole, each checked by its rule (SETTINGS_SCHEMA): a valid one is kept, an
 * invalid one is replaced by its default and named in `replaced`, so the pane can say which
 * setting it reset. A setting absent from what was saved (an older version of the add-in) takes
 * its default silently; unknown keys are dropped. Nothing throws, whatever was saved.
 * @example validateSettings({ jurisdiction: "XX" }).replaced[0].setting //=> "jurisdiction"
 */
export function validateSettings(saved: unknown): ValidatedSettings {
  const settings = defaultSettings();
  const replaced: SettingProblem[] = [];
  if (!isRecord(saved)) return { settings, replaced };
  const out = settings as unknown as Record<string, unknown>;
  for (const key of KEYS) {
    if (!(key in saved) || saved[key] === undefined) continue;
    const result = SETTINGS_SCHEMA[key](saved[key]);
    if (result.ok) out[key] = result.value;
    else replaced.push({ setting: key, value: describeValue(saved[key]), reason: result.reason });
  }
  return { settings, replaced };
}

/**
 * What is wrong with settings about to be saved: every setting failing its rule. Empty when they
 * may be saved; the pane and both adapters refuse to save otherwise.
 * @example settingsProblems({ ...defaultSettings(), currency: "XYZ1" }).map((problem) => problem.setting) //=> ["currency"]
 */
export function settingsProblems(settings: Settings): SettingProblem[] {
  return validateSettings(settings).replaced;
}

/**
 * Refuse to save settings that break a rule (the adapters' last check): the message names each
 * setting, the pane has already said which field to fix.
 * @example (() => { try { assertSettingsValid({ ...defaultSettings(), currency: "XYZ1" }) } catch (error) { return error.message.includes("currency") } })() //=> true
 */
export function assertSettingsValid(settings: Settings): void {
  const problems = settingsProblems(settings);
  if (problems.length === 0) return;
  throw new WorkbookError(
    "invalid-settings",
    `Settings not saved: ${problems.map((p) => `${p.setting} ${p.reason}`).join("; ")}.`,
    { settings: problems.map((p) => p.setting).join(", ") }
  );
}
