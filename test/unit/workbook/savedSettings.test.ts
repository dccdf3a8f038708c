/**
 * Issue 10, finding 5, through both adapters' settings storage: settings saved in a workbook by an
 * older version or edited by hand (jurisdiction "XX", a ladder [null], a contact gap or from-day
 * of 1e308) come back through loadSettings as they were stored; validated as a whole, as the pane
 * does on load, each invalid one is its default and named, and the analysis, the portfolio and the
 * drafting run on the result instead of throwing.
 */
import { DEFAULT_LADDER } from "../../../src/core/policy/defaultLadder";
import { draftReminders } from "../../../src/core/reminders/draftReminders";
import { defaultSettings } from "../../../src/core/settings/defaultSettings";
import { validateSettings } from "../../../src/core/settings/validateSettings";
import { SETTINGS_KEY } from "../../../src/core/sheet/storedKeys";
import type { Workbook } from "../../../src/core/workbook";
import { MemoryWorkbook } from "../../../src/preview/memoryWorkbook";
import { computePortfolio } from "../../../src/taskpane/state/portfolio";
import { excelFixture } from "../excel/excelFixture";

const AS_OF = 45383; // 2024-04-01
const SHEET = "Receivables";
const CELLS = [
  ["Customer", "Invoice", "Due date", "Amount"],
  ["ACME", "F-1", AS_OF - 40, 1200],
  ["ACME", "F-2", AS_OF - 10, 300],
];

/** A workbook whose file holds `saved` as its settings, opened in each adapter. */
const ADAPTERS: [string, (saved: unknown) => Workbook][] = [
  [
    "in memory",
    (saved) => {
      // The preview keeps its book as a snapshot (keptBook), as Excel keeps its file.
      const original = new MemoryWorkbook("en-US");
      original.addSheet(SHEET, CELLS);
      const snapshot = original.toSnapshot();
      snapshot.settings.push([SETTINGS_KEY, saved]);
      const workbook = new MemoryWorkbook("en-US");
      workbook.restore(JSON.parse(JSON.stringify(snapshot)));
      return workbook;
    },
  ],
  [
    "Office.js (office-addin-mock)",
    (saved) => {
      const { excel, workbook } = excelFixture([{ name: SHEET, cells: CELLS }]);
      excel.settings.set(SETTINGS_KEY, saved);
      return workbook;
    },
  ],
];

const level2 = DEFAULT_LADDER[1];

describe.each(ADAPTERS)("hostile settings saved in the workbook (finding 5): %s", (_, open) => {
  it.each([
    ["a jurisdiction XX", { jurisdiction: "XX" }, ["jurisdiction"]],
    ["a ladder [null]", { ladder: [null] }, ["ladder"]],
    ["a contact gap of 1e308", { minDaysBetweenContacts: 1e308 }, ["minDaysBetweenContacts"]],
    ["a from-day of 1e308", { ladder: [{ ...level2, fromDay: 1e308 }] }, ["ladder"]],
  ])(
    "loads %s as its default, named, and analyses and drafts on the result",
    async (_name, hostile, named) => {
      const workbook = open({ ...defaultSettings(), ...hostile });
      const loaded = await workbook.loadSettings();
      expect(loaded.settings).toMatchObject(hostile);
      const { settings, replaced } = validateSettings(loaded.settings);
      expect(replaced.map((problem) => problem.setting)).toEqual(named);
      for (const setting of named)
        expect(settings[setting as keyof typeof settings]).toEqual(
          defaultSettings()[setting as keyof typeof settings]
        );
      const read = await workbook.readReceivables();
      await workbook.writeAnalysis(read, { asOf: AS_OF, settings });
      const drafted = draftReminders(read.invoices, {
        asOf: AS_OF,
        settings,
        fallbackLanguage: "en",
      });
      expect(drafted.drafts).toHaveLength(1);
      expect(computePortfolio(read.invoices, AS_OF, settings).rows).toHaveLength(2);
    }
  );
});
