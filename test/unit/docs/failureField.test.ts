/**
 * One name for a failure field (issue 14): a result that failed says why in `reason`, as
 * core's Parsed does ({ ok: false, reason }), never `error` or `issue` in one file and `reason`
 * in the next.
 */
import { parseRecipients } from "../../../src/core/reminders/recipients";
import { renderTemplate } from "../../../src/core/reminders/render";
import { sourceFiles } from "./sourceFiles";

/** `ok: false` and the field after it, in a type or a value, on one line or the next. */
const FAILURE_FIELD = /ok: false[,;]\s*(\w+)\s*:/g;

describe("a failed result names why it failed `reason`", () => {
  it("in every result type and value of src", () => {
    const others = sourceFiles("src").flatMap((file) =>
      [...file.text.matchAll(FAILURE_FIELD)]
        .filter((match) => match[1] !== "reason")
        .map((match) => `${file.path}: ${match[1]}`)
    );
    expect(others).toEqual([]);
  });

  it("in the recipients of a letter and a rendered template", () => {
    expect(parseRecipients("")).toEqual({ ok: false, reason: { key: "noEmail", params: {} } });
    const rendered = renderTemplate("Dear {{#customer}}", {});
    expect(rendered.ok).toBe(false);
    expect(rendered).toHaveProperty("reason");
  });
});
