import type { ReminderIssue } from "./types";

/** Days a formal notice gives the debtor to pay (the usual "sous huitaine"). */
export const FORMAL_NOTICE_DAYS = 8;

/** An issue of the drafting: its key selects the text describeIssue gives. */
export const issue = (key: string, params: ReminderIssue["params"] = {}): ReminderIssue => ({
  key,
  params,
});
