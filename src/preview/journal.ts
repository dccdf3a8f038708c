import { JOURNAL_SHEETS, JOURNAL_WIDTH, type JournalSheet } from "../core/account/journalSheets";
import { journalOfSheets, type Journal } from "../core/account/journal";
import { assertRowsFit } from "../core/sheet/gridLimits";
import { firstLogLine } from "../core/sheet/reminderMemory";
import { HEADER_STYLE } from "../core/sheet/storedKeys";
import type { Language } from "../core/types";
import type { BookState } from "./bookState";
import { findOwnedSheet, ownedSheet } from "./ownedSheet";

/** Values of an owned sheet from A1 to its last used row, or undefined when it does not exist. */
function sheetValues(state: BookState, role: string, names: JournalSheet["names"]) {
  // The language only names a sheet still to create: an existing one is found by its id.
  const { sheet } = findOwnedSheet(state, role, names, "en");
  if (!sheet) return undefined;
  const used = sheet.usedArea();
  const rowCount = used ? used.row + used.rowCount - 1 : 0;
  return {
    name: sheet.name,
    values: sheet.values({ row: 1, column: 0, rowCount, columnCount: JOURNAL_WIDTH }),
  };
}

/** Read back the Activity, Payment plans and Reminder log sheets of the add-in. */
export function readJournal(state: BookState): Journal {
  return journalOfSheets(JOURNAL_SHEETS.map(({ role, names }) => sheetValues(state, role, names)));
}

/**
 * Append lines below the last used row of one of the add-in's journal sheets (created on first
 * use, renamed to the pane's language); its header row is the add-in's and follows the language.
 * Checked before any write: a sheet with no room left changes nothing.
 */
export function appendJournal(
  state: BookState,
  journal: JournalSheet,
  lines: readonly (readonly (string | number)[])[],
  language: Language
): void {
  const found = findOwnedSheet(state, journal.role, journal.names, language);
  const first = firstLogLine(found.sheet?.usedArea());
  assertRowsFit(found.sheet?.name ?? found.name, first, lines.length);
  const sheet = ownedSheet(state, journal.role, journal.names, language, journal.headers[language]);
  journal.headers[language].forEach((text, c) => sheet.input(1, c, text, { ...HEADER_STYLE }));
  lines.forEach((line, r) =>
    line.forEach((input, c) =>
      sheet.input(first + r, c, input, { numberFormat: journal.formats[c] })
    )
  );
}
