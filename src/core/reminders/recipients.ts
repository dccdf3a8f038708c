import type { ReminderIssue } from "./types";

/**
 * Email addresses from a cell, checked before they reach a mail header or a mailto link: a line
 * break there would let a cell add headers (Bcc:...) to the message, so it is refused, not cleaned.
 */

export type Recipients = { ok: true; addresses: string[] } | { ok: false; reason: ReminderIssue };

// Dot-atom local part and a dotted ASCII domain with a letter TLD: what mail clients accept.
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** "Name <a@b.c>" gives "a@b.c"; a bare address is itself. */
function addressPart(entry: string): string {
  const angle = /^[^<>]*<([^<>]*)>$/.exec(entry);
  const address = angle ? angle[1].trim() : entry;
  return address.replace(/^mailto:/i, "");
}

/**
 * The addresses of one cell (several may be separated by ; or ,), or why they cannot be used.
 * @example parseRecipients("a@acme.fr; b@acme.fr") //=> { ok: true, addresses: ["a@acme.fr", "b@acme.fr"] }
 * @example parseRecipients("nobody").ok //=> false
 */
export function parseRecipients(raw: string): Recipients {
  const value = String(raw);
  if (/[\r\n]/.test(value)) {
    return {
      ok: false,
      reason: { key: "emailLineBreak", params: { value: value.replace(/[\r\n]+/g, "⏎") } },
    };
  }
  const entries = value
    .split(/[;,]/)
    .map((e) => e.trim())
    .filter((e) => e !== "");
  if (entries.length === 0) return { ok: false, reason: { key: "noEmail", params: {} } };
  const addresses: string[] = [];
  for (const entry of entries) {
    const address = addressPart(entry);
    if (address.length > 254 || !ADDRESS.test(address)) {
      return { ok: false, reason: { key: "emailInvalid", params: { value: entry } } };
    }
    addresses.push(address);
  }
  return { ok: true, addresses };
}

/**
 * Distinct addresses of a customer's cells (case-insensitive), and the issues of the bad ones.
 * @example customerRecipients(["a@acme.fr; A@acme.fr", "nobody"]).addresses //=> ["a@acme.fr"]
 */
export function customerRecipients(cells: readonly (string | undefined)[]): {
  addresses: string[];
  issues: ReminderIssue[];
} {
  const addresses: string[] = [];
  const seen = new Set<string>();
  const issues: ReminderIssue[] = [];
  const seenIssues = new Set<string>();
  for (const cell of cells) {
    if (cell === undefined || cell.trim() === "") continue;
    const parsed = parseRecipients(cell);
    if (!parsed.ok) {
      const id = `${parsed.reason.key}|${parsed.reason.params.value}`;
      if (!seenIssues.has(id)) issues.push(parsed.reason);
      seenIssues.add(id);
      continue;
    }
    for (const address of parsed.addresses) {
      if (!seen.has(address.toLowerCase())) addresses.push(address);
      seen.add(address.toLowerCase());
    }
  }
  if (addresses.length === 0 && issues.length === 0) issues.push({ key: "noEmail", params: {} });
  return { addresses, issues };
}
