import type { ColumnKey, ColumnMapping, ColumnMatch } from "../workbook";
import { COLUMN_KEYS, COLUMN_SYNONYMS } from "./columnSynonyms";
import { normalizeHeader } from "./normalizeHeader";

/** A possible reading of one header as one column key. */
interface Candidate {
  key: ColumnKey;
  index: number;
  confidence: number;
  /** Position of the synonym in its list: earlier synonyms are the more usual names. */
  rank: number;
}

/** Confidence of an exact synonym, and of a user's own choice. */
const EXACT = 1;
/** A partial match starts here and rises with the share of the header the synonym covers. */
const PARTIAL_BASE = 0.5;
const PARTIAL_SPAN = 0.4;
/** Synonyms shorter than this only match exactly ("ttc" must not match "attcode"). */
const MIN_PARTIAL_LENGTH = 4;

/**
 * How well `normalized` names `key`: 1 for an exact synonym; for a header that starts or ends with
 * a synonym ("Montant TTC (EUR)", "Customer name"), 0.5 to 0.9 by the share of the header the
 * synonym covers; undefined when no synonym fits. Only start and end count: a synonym buried inside
 * a header ("due" in "days overdue") says little about it.
 */
function candidateFor(key: ColumnKey, normalized: string, index: number): Candidate | undefined {
  const synonyms = COLUMN_SYNONYMS[key];
  let best: Candidate | undefined;
  for (let rank = 0; rank < synonyms.length; rank++) {
    const synonym = synonyms[rank];
    let confidence = 0;
    if (normalized === synonym) confidence = EXACT;
    else if (
      synonym.length >= MIN_PARTIAL_LENGTH &&
      (normalized.startsWith(synonym) || normalized.endsWith(synonym))
    ) {
      confidence = PARTIAL_BASE + (PARTIAL_SPAN * synonym.length) / normalized.length;
    }
    if (confidence > 0 && (!best || confidence > best.confidence)) {
      best = { key, index, confidence: Math.round(confidence * 100) / 100, rank };
    }
  }
  return best;
}

/** Every key each header could be, best first. Non-text cells are never headers. */
function candidates(headers: readonly unknown[], skip: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = [];
  headers.forEach((header, index) => {
    if (typeof header !== "string" || skip.has(index)) return;
    const normalized = normalizeHeader(header);
    if (!normalized) return;
    for (const key of COLUMN_KEYS) {
      const candidate = candidateFor(key, normalized, index);
      if (candidate) found.push(candidate);
    }
  });
  return found.sort((a, b) => b.confidence - a.confidence || a.rank - b.rank || a.index - b.index);
}

export interface MatchOptions {
  /** The user's corrections: key -> header text; "" means "this sheet has no such column". */
  mapping?: ColumnMapping;
  /** Column indexes never to map (the add-in's own analysis columns). */
  ignore?: ReadonlySet<number>;
}

/**
 * Map the header cells to column keys. The user's mapping is applied first (confidence 1), then
 * the best remaining candidates greedily, so each key takes one column and each column one key.
 * Samples are left empty: the reader fills them from the data rows.
 */
export function matchColumns(
  headers: readonly unknown[],
  options: MatchOptions = {}
): ColumnMatch[] {
  const skip = options.ignore ?? new Set<number>();
  const usedKeys = new Set<ColumnKey>();
  const usedColumns = new Set<number>(skip);
  const matches: ColumnMatch[] = [];
  const take = (key: ColumnKey, index: number, confidence: number) => {
    usedKeys.add(key);
    usedColumns.add(index);
    matches.push({ key, index, header: String(headers[index]), confidence, samples: [] });
  };

  for (const [key, header] of Object.entries(options.mapping ?? {}) as [ColumnKey, string][]) {
    if (header === undefined || !COLUMN_KEYS.includes(key)) continue;
    usedKeys.add(key);
    if (header === "") continue;
    const wanted = normalizeHeader(header);
    const index = headers.findIndex(
      (cell, i) =>
        !usedColumns.has(i) && typeof cell === "string" && normalizeHeader(cell) === wanted
    );
    if (index >= 0) take(key, index, EXACT);
    // A mapped header that is gone (renamed column) falls back to automatic matching.
    else usedKeys.delete(key);
  }

  for (const candidate of candidates(headers, skip)) {
    if (usedKeys.has(candidate.key) || usedColumns.has(candidate.index)) continue;
    take(candidate.key, candidate.index, candidate.confidence);
  }
  return matches.sort((a, b) => a.index - b.index);
}

/**
 * How much a row looks like a header: the sum of the confidences of the keys it matches.
 * Two exact synonyms score 2; a data row scores 0 (its cells are names, numbers and dates).
 */
export function headerScore(row: readonly unknown[], ignore?: ReadonlySet<number>): number {
  return matchColumns(row, { ignore }).reduce((sum, match) => sum + match.confidence, 0);
}
