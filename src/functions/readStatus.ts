import type { InvoiceStatus } from "../core/policy/nextAction";
import { describeValue } from "../core/values/describeValue";
import { parsed, refused } from "../core/values/parsed";
import type { CellReader } from "./cellArg";

/** Status words as users type them, English and French, lower case without accents. */
const STATUS_WORDS: ReadonlyMap<string, InvoiceStatus> = new Map<string, InvoiceStatus>([
  ["disputed", "disputed"],
  ["dispute", "disputed"],
  ["litige", "disputed"],
  ["en litige", "disputed"],
  ["promise", "promise"],
  ["promesse", "promise"],
  ["broken promise", "broken promise"],
  ["promesse non tenue", "broken promise"],
  ["promesse rompue", "broken promise"],
  ["paid", "paid"],
  ["paye", "paid"],
  ["payee", "paid"],
  ["regle", "paid"],
  ["reglee", "paid"],
  ["solde", "paid"],
  ["soldee", "paid"],
]);

/** A status cell: blank, disputed, promise, broken promise or paid (or the French words). */
export const readStatus: CellReader<InvoiceStatus> = (value) => {
  if (typeof value === "string") {
    const word = value
      .trim()
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/\s+/g, " ");
    const status = STATUS_WORDS.get(word);
    if (status) return parsed(status);
  }
  return refused(
    `${describeValue(value)} is not a status (leave blank, or disputed, promise, broken promise, paid)`
  );
};
