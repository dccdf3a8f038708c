/**
 * Office.js requests are limited in size (5 MB on Excel on the web, for the request and for the
 * response). Large ranges are moved in chunks: the size of each chunk's JSON payload is estimated
 * from the cells themselves and chunks are cut so that none exceeds the budget.
 */

/** No request may exceed this (the platform limit is 5 MB; this leaves room for the envelope). */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** Budget of cells per request: well under MAX_REQUEST_BYTES for estimates that err low. */
export const CHUNK_BYTES = 3 * 1024 * 1024;
/** Per-request overhead of one range operation (address, property names, object path). */
const JOB_OVERHEAD_BYTES = 256;

/** Estimated JSON bytes of one cell value (UTF-8: non-ASCII text counts up to 3 bytes a char). */
export function cellBytes(value: unknown): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === "number") return String(value).length + 1;
  if (typeof value === "boolean") return 6;
  const text = String(value);
  let bytes = text.length + 3;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f || code === 0x22 || code === 0x5c || code < 0x20) bytes += 2;
  }
  return bytes;
}

/** Estimated JSON bytes of a row of cells. */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const value of row) bytes += cellBytes(value);
  return bytes;
}

/** One rectangle to write: rows of formulas or values, and optionally their number formats. */
export interface WriteJob {
  sheet: string;
  /** 1-based top row and 0-based left column. */
  row: number;
  column: number;
  formulas?: unknown[][];
  values?: unknown[][];
  numberFormat?: string[][];
}

function jobRows(job: WriteJob): number {
  return (job.formulas ?? job.values ?? job.numberFormat ?? []).length;
}

function jobRowBytes(job: WriteJob, r: number): number {
  let bytes = 0;
  if (job.formulas) bytes += rowBytes(job.formulas[r]);
  if (job.values) bytes += rowBytes(job.values[r]);
  if (job.numberFormat) bytes += rowBytes(job.numberFormat[r]);
  return bytes;
}

function slice(job: WriteJob, from: number, to: number): WriteJob {
  return {
    sheet: job.sheet,
    row: job.row + from,
    column: job.column,
    ...(job.formulas ? { formulas: job.formulas.slice(from, to) } : {}),
    ...(job.values ? { values: job.values.slice(from, to) } : {}),
    ...(job.numberFormat ? { numberFormat: job.numberFormat.slice(from, to) } : {}),
  };
}

/** Estimated request bytes of a batch of jobs. */
export function batchBytes(batch: readonly WriteJob[]): number {
  let bytes = 0;
  for (const job of batch) {
    bytes += JOB_OVERHEAD_BYTES;
    for (let r = 0; r < jobRows(job); r++) bytes += jobRowBytes(job, r);
  }
  return bytes;
}

/**
 * Pack write jobs into batches (one request, one sync each) of at most `budget` estimated bytes,
 * splitting a job by rows where it does not fit. Order is kept.
 */
export function planBatches(jobs: readonly WriteJob[], budget = CHUNK_BYTES): WriteJob[][] {
  const batches: WriteJob[][] = [];
  let current: WriteJob[] = [];
  let used = 0;
  const close = () => {
    if (current.length > 0) batches.push(current);
    current = [];
    used = 0;
  };
  for (const job of jobs) {
    const rows = jobRows(job);
    let start = 0;
    while (start < rows) {
      if (used + JOB_OVERHEAD_BYTES > budget) close();
      used += JOB_OVERHEAD_BYTES;
      let end = start;
      while (end < rows) {
        const bytes = jobRowBytes(job, end);
        // A single row always goes somewhere, even into an otherwise empty batch.
        if (used + bytes > budget && end > start) break;
        if (used + bytes > budget && current.length > 0) break;
        used += bytes;
        end++;
      }
      if (end === start) {
        used -= JOB_OVERHEAD_BYTES;
        close();
        continue;
      }
      current.push(slice(job, start, end));
      start = end;
      if (start < rows) close();
    }
  }
  close();
  return batches;
}

/**
 * Rows per read chunk, from a sample of the rows: the largest sample row, doubled because later
 * rows may hold longer texts than the first ones.
 */
export function rowsPerReadChunk(
  sample: readonly (readonly unknown[])[],
  budget = CHUNK_BYTES
): number {
  let largest = 16;
  for (const row of sample) largest = Math.max(largest, rowBytes(row));
  return Math.max(1, Math.floor(budget / (largest * 2)));
}
