import type {
  JournalLineProblem,
  RowProblemKey,
  RowProblemReason,
  ValueKind,
} from "../../core/sheet/rowProblemReason";

/**
 * The shape of one language's row-problem texts: one function per reason key, given that reason
 * with its typed params and the pane's name of the column (docs/design.md §8).
 */
export type RowProblemTexts = {
  [Key in Exclude<RowProblemKey, "journalLine">]: (
    reason: Extract<RowProblemReason, { key: Key }>,
    field: string
  ) => string;
} & {
  /** Appended to a bad optional value: the row is still read, without it. */
  kept: string;
  valueKinds: Record<ValueKind, string>;
  /** The lines of the add-in's own sheets, by what is wrong with them (no params). */
  journalLines: Record<JournalLineProblem, string>;
};
