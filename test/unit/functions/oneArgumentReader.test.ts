import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const FUNCTIONS = join(__dirname, "../../../src/functions");

/** Where the custom functions' per-invoice arguments may be turned into CellArgs. */
const READER_FILES = ["cellArg.ts", "readCellArgs.ts"];

describe("the custom functions read their per-invoice arguments in one place", () => {
  it.each(readdirSync(FUNCTIONS).filter((file) => !READER_FILES.includes(file)))(
    "%s reads them through readCellArgs, not cellArg",
    (file) => {
      const source = readFileSync(join(FUNCTIONS, file), "utf8");
      expect(source).not.toMatch(/\bcellArg\(|instanceof CellArg/);
    }
  );
});
