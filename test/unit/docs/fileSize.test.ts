/**
 * Small files with one purpose (docs/design.md §9): a source file over 250 lines says why at its
 * top, in a line "// Over 250 lines: <reason>".
 */
import { sourceFiles } from "./sourceFiles";

const MAX_LINES = 250;
const STATED_REASON = /^\/\/ Over 250 lines: \S.{20,}/m;

describe("source file size", () => {
  const files = sourceFiles("src").map((file) => ({
    path: file.path,
    lines: file.text.split("\n").length - (file.text.endsWith("\n") ? 1 : 0),
    head: file.text.split("\n").slice(0, 5).join("\n"),
  }));
  const long = files.filter((file) => file.lines > MAX_LINES);

  it("lists the files over 250 lines", () => {
    // Printed so that the list is seen where it is checked.
    console.log(long.map((file) => `${file.path}: ${file.lines} lines`).join("\n"));
    expect(files.length).toBeGreaterThan(100);
  });

  it("each file over 250 lines states at its top why it stays whole", () => {
    expect(long.filter((file) => !STATED_REASON.test(file.head)).map((file) => file.path)).toEqual(
      []
    );
  });
});
