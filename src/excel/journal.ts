import { journalOfSheets, type Journal } from "../core/account/journal";
import { JOURNAL_SHEETS, JOURNAL_WIDTH, type JournalSheet } from "../core/account/journalSheets";
import { parseAddress, rangeAddress } from "../core/sheet/a1";
import { assertRowsFit } from "../core/sheet/gridLimits";
import { firstLogLine } from "../core/sheet/reminderMemory";
import type { Language } from "../core/types";
import { rowsPerReadChunk } from "./chunking";
import {
  confirmedOwnedSheets,
  findOwnedSheet,
  ownedSheetOf,
  rememberSheet,
  renameOwnedSheet,
} from "./ownedSheetMarker";
import { styleHeader } from "./ownHeaders";
import { writeBatches } from "./writeBatches";

type Sheets = { name: string; id: string }[];

/** Rows read first from each sheet to size the chunks. */
const SAMPLE_ROWS = 40;

/** The journal sheets that exist, by role, with the rows they use (from row 1). */
async function locate(
  context: Excel.RequestContext,
  roles: readonly Pick<JournalSheet, "role" | "names">[]
) {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync(); // 1: which sheets exist
  const list: Sheets = sheets.items.map(({ name, id }) => ({ name, id }));
  // Only a sheet whose header row still says it is the add-in's is read as its journal.
  const targets = await confirmedOwnedSheets(
    context,
    roles.map(({ role, names }) => ({ role, names, language: "en" as const })),
    list
  ); // 2: their header rows
  const found = roles.map((journal, i) => {
    const name = targets[i].current?.name;
    return {
      role: journal.role,
      name,
      used: name
        ? context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("address")
        : undefined,
    };
  });
  await context.sync(); // 3: where each ends
  return found.map(({ role, name, used }) => ({
    role,
    name,
    lastRow:
      used && !used.isNullObject
        ? (() => {
            const [a] = parseAddress(used.address);
            return a.row + a.rowCount - 1;
          })()
        : 0,
  }));
}

/**
 * Read back the Activity, Payment plans and Reminder log sheets: three syncs to find them, one for
 * the first rows of each (to size the chunks), then one per chunk of a long sheet.
 */
export async function readJournal(
  context: Excel.RequestContext,
  chunkBytes: number
): Promise<Journal> {
  const sheets = await locate(context, JOURNAL_SHEETS);
  const samples = sheets.map((sheet) =>
    sheet.name && sheet.lastRow > 0
      ? context.workbook.worksheets
          .getItem(sheet.name)
          .getRange(rangeAddress(0, 1, JOURNAL_WIDTH, Math.min(SAMPLE_ROWS, sheet.lastRow)))
          .load("values")
      : undefined
  );
  await context.sync(); // 4: the first rows
  const values: unknown[][][] = [];
  for (let s = 0; s < sheets.length; s++) {
    const { name, lastRow } = sheets[s];
    const rows: unknown[][] = [...(samples[s]?.values ?? [])];
    const chunk = rowsPerReadChunk(rows, chunkBytes);
    for (let row = rows.length + 1; name && row <= lastRow; row += chunk) {
      const part = context.workbook.worksheets
        .getItem(name)
        .getRange(rangeAddress(0, row, JOURNAL_WIDTH, Math.min(chunk, lastRow - row + 1)))
        .load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, by design (request size limit)
      await context.sync();
      rows.push(...part.values);
    }
    values.push(rows);
  }
  return journalOfSheets(
    sheets.map(({ name }, s) => (name ? { name, values: values[s] } : undefined))
  );
}

/**
 * Append lines below the last used row of a journal sheet of the add-in (created on first use,
 * renamed to the pane's language), its header row rewritten in that language. Syncs: which
 * sheets exist, its header row, where the sheet ends, one per chunk, the header style and name.
 */
export async function appendJournal(
  context: Excel.RequestContext,
  journal: JournalSheet,
  lines: (string | number)[][],
  language: Language,
  chunkBytes: number
): Promise<void> {
  // Its header row is rewritten and lines appended: its id and header row must say it is ours.
  const target = await findOwnedSheet(context, journal.role, journal.names, language); // 1, 2
  const isNew = target.current === undefined;
  const name = target.current?.name ?? target.name;
  let first = 2;
  if (!isNew) {
    const used = context.workbook.worksheets
      .getItem(name)
      .getUsedRangeOrNullObject(true)
      .load("address");
    await context.sync(); // 3: where it ends
    first = firstLogLine(used.isNullObject ? undefined : parseAddress(used.address)[0]);
  }
  assertRowsFit(name, first, lines.length);
  const owned = ownedSheetOf(context, target, false);
  const { sheet } = owned;
  const headers = [...journal.headers[language]];
  await writeBatches(
    context,
    [
      {
        sheet: name,
        row: 1,
        column: 0,
        values: [headers],
        numberFormat: [headers.map(() => "General")],
      },
      ...(lines.length
        ? [
            {
              sheet: name,
              row: first,
              column: 0,
              values: lines,
              numberFormat: lines.map(() => [...journal.formats]),
            },
          ]
        : []),
    ],
    chunkBytes
  );
  styleHeader(sheet.getRange(rangeAddress(0, 1, headers.length, 1)));
  renameOwnedSheet(owned);
  await context.sync(); // last: header style, name
  await rememberSheet(journal.role, target, sheet, headers);
}
