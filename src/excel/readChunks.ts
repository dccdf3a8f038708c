import { rangeAddress, type SheetArea } from "../core/sheet/a1";

/** Rows probed across the whole range, besides its first rows, to size the read chunks. */
export const PROBE_ROWS = 32;

/**
 * Whether Excel refused a request or its response for its size: Excel on the web limits both to
 * 5 MB ("Resource limits and performance optimization for Office Add-ins").
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Offsets (0-based, below the range's top) of rows spread evenly over the whole range, so that
 * long texts far down are seen before the chunks are sized, not only the first rows' content.
 */
export function probeOffsets(rowCount: number, probes = PROBE_ROWS): number[] {
  if (rowCount <= 0) return [];
  const step = rowCount / probes;
  const offsets = new Set<number>();
  for (let i = 0; i < probes; i++)
    offsets.add(Math.min(rowCount - 1, Math.floor(i * step + step / 2)));
  return [...offsets];
}

/** Queue the probe rows' values (loaded by the caller's next sync). */
export function queueProbes(sheet: Excel.Worksheet, area: SheetArea): Excel.Range[] {
  return probeOffsets(area.rowCount).map((offset) =>
    sheet.getRange(rangeAddress(area.column, area.row + offset, area.columnCount, 1)).load("values")
  );
}

/**
 * The values of a range read `chunkRows` rows at a time, one sync each. A chunk Excel refuses
 * for its size (a pocket of long texts the probes missed) is read again in halves.
 */
export async function readInChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: SheetArea,
  chunkRows: number
): Promise<unknown[][]> {
  const cells: unknown[][] = [];
  let rows = Math.max(1, chunkRows);
  for (let offset = 0; offset < area.rowCount;) {
    const count = Math.min(rows, area.rowCount - offset);
    const chunk = sheet
      .getRange(rangeAddress(area.column, area.row + offset, area.columnCount, count))
      .load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk, by design (request size limit)
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      rows = Math.ceil(count / 2);
      continue;
    }
    for (const row of chunk.values) cells.push(row);
    offset += count;
  }
  return cells;
}
