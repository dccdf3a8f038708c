import { parseLanguage } from "../core/sheet/parseLanguage";
import type { Language } from "../core/types";
import { isBlank } from "../core/values/isBlank";
import { invalidValue, isCellError, type CellError } from "./errors";
import { isSingleCell, toGrid } from "./grid";

/**
 * The optional last argument of AGEBUCKET, RISKCLASS, STATUS and NEXTACTION: the language of the
 * words they write. Left out or blank: English, the contract's default for formulas users type.
 * One cell ("fr", "en", "Français", "en-GB"), not a range: it is one choice for the whole call.
 */
export function readLanguageArg(value: unknown): Language | CellError {
  const grid = toGrid("language", value);
  if (isCellError(grid)) return grid;
  if (!isSingleCell(grid)) return invalidValue("language", 'give one cell, e.g. "fr" or "en"');
  const cell = grid[0][0];
  if (isCellError(cell)) return invalidValue("language", `the cell holds the error ${cell.code}`);
  if (isBlank(cell)) return "en";
  const language = parseLanguage(cell);
  return language.ok ? language.value : invalidValue("language", language.reason);
}
