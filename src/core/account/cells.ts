import { isBlank } from "../values/isBlank";
import type { Day } from "../types";

/**
 * Reading back the cells of the add-in's own sheets: it wrote dates as serials and amounts as
 * numbers, so only those are taken; anything else a user typed there is not guessed.
 */
export function cellString(cell: unknown): string {
  return isBlank(cell) ? "" : String(cell).trim();
}

/** A whole day serial (as the add-in writes dates), else undefined. */
export function cellDay(cell: unknown): Day | undefined {
  return typeof cell === "number" && Number.isFinite(cell) && cell > 0
    ? Math.floor(cell)
    : undefined;
}

/** A finite number, else undefined. */
export function cellNumber(cell: unknown): number | undefined {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : undefined;
}
