import type { SettingProblem } from "../../core/settings/validateSettings";
import type { Strings } from "../i18n/strings";

/**
 * The settings a message names, in the pane's language, each with the value found so the user
 * can see what was wrong: `Jurisdiction ("XX"), Currency ("E1")`.
 */
export function settingProblemsText(problems: readonly SettingProblem[], strings: Strings): string {
  return problems
    .map((problem) => `${strings.savedSettings.names[problem.setting]} (${problem.value})`)
    .join(", ");
}
