import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { WorkbookError, type WorkbookErrorCode } from "../../../../src/core/workbook";
import { en } from "../../../../src/taskpane/i18n/en";
import { fr } from "../../../../src/taskpane/i18n/fr";
import { describeError } from "../../../../src/taskpane/state/describeError";

/** Every code the source raises with new WorkbookError("code", ...), read from the files. */
function raisedCodes(): string[] {
  const codes = new Set<string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const match of readFileSync(path, "utf8").matchAll(/WorkbookError\(\s*"([a-z-]+)"/g)) {
          codes.add(match[1]);
        }
      }
    }
  };
  visit(join(__dirname, "../../../../src"));
  return [...codes].sort();
}

describe("describeError", () => {
  it("has a French and an English message for every code the adapters raise", () => {
    const codes = raisedCodes();
    expect(codes).toEqual(expect.arrayContaining(["empty-sheet", "grid-full", "sheet-protected"]));
    const english: Readonly<Record<string, string>> = en.errors.codes;
    const french: Readonly<Record<string, string>> = fr.errors.codes;
    for (const code of codes) {
      expect({ code, en: typeof english[code] }).toEqual({ code, en: "string" });
      expect({ code, fr: typeof french[code] }).toEqual({ code, fr: "string" });
    }
  });

  it("translates a known WorkbookError code", () => {
    const error = new WorkbookError("sheet-protected", "The sheet is protected");
    expect(describeError(error, fr)).toBe(fr.errors.codes["sheet-protected"]);
    expect(describeError(error, en)).toBe(en.errors.codes["sheet-protected"]);
  });

  it("recognises a coded error from another bundle copy", () => {
    expect(describeError({ code: "empty-sheet", message: "x" }, en)).toBe(
      en.errors.codes["empty-sheet"]
    );
  });

  it("shows the first line of an unknown error's message, never the stack", () => {
    const error = new Error("Excel said no\n    at foo (bar.js:1:2)");
    const text = describeError(error, en);
    expect(text).toBe("The operation did not complete: Excel said no");
    expect(
      describeError(new WorkbookError("SOMETHING_NEW" as WorkbookErrorCode, "Odd thing"), fr)
    ).toBe("L’opération n’a pas abouti : Odd thing");
  });

  it("copes with things that are not errors", () => {
    expect(describeError("plain text", en)).toBe("The operation did not complete: plain text");
    expect(describeError(undefined, en)).toBe("The operation did not complete: ?");
    expect(describeError(42, en)).toBe("The operation did not complete: ?");
  });
});
