/**
 * The Workbook contract on the pane's other writes (issue 9, point 3: re-read the sheet before
 * every write): the ageing report, a statement, an activity line, a payment plan and a court file
 * are computed from the sheet as the pane read it; given that read as their basis, each adapter
 * reads the sheet again in the write's own batch and refuses the write (sheet-changed, nothing
 * written) when the invoices it is about moved, changed or gained one; otherwise it writes. Run
 * against both adapters, like contract.ts.
 */
import { statementOf } from "../../../src/core/account/statement";
import { writeBasis, type WriteBasis } from "../../../src/core/sheet/writeBasis";
import { WorkbookError, type Workbook } from "../../../src/core/workbook";
import {
  smallCourtFile,
  smallReport,
  type WorkbookFactory,
  type WorkbookFixture,
} from "./contract";
import { NOTE, PLAN, SENDER } from "./markerContract";
import { RECEIVABLES } from "./rereadContract";

const AS_OF = 45383; // 2024-04-01

/** Each write of the pane about ACME (the report: about every invoice), with its basis. */
const WRITES: [string, (workbook: Workbook, basis: WriteBasis) => Promise<void>, boolean][] = [
  ["the ageing report", (w, basis) => w.writeAgeingReport(smallReport(), basis), true],
  ["an activity line", (w, basis) => w.recordActivity([NOTE], {}, basis), false],
  ["a payment plan", (w, basis) => w.recordPaymentPlan(PLAN, {}, basis), false],
  [
    "a court file",
    (w, basis) => w.writeCourtFile({ file: { ...smallCourtFile(), customer: "ACME" } }, basis),
    false,
  ],
  [
    "a statement",
    (w, basis) =>
      w.writeStatement(
        {
          statements: [statementOf("ACME", basis.read.invoices, AS_OF)],
          sender: SENDER,
        },
        basis
      ),
    false,
  ],
];

async function refused(fixture: WorkbookFixture, write: Promise<void>): Promise<void> {
  const before = fixture.snapshot();
  const error = await write.then(() => undefined).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookError);
  expect((error as WorkbookError).code).toBe("sheet-changed");
  expect(fixture.snapshot()).toBe(before);
}

export function writeBasisContract(adapter: string, factory: WorkbookFactory): void {
  describe.each(WRITES)(
    `Workbook contract, %s read again before writing: ${adapter}`,
    (_, write, all) => {
      const basisOf = async (fixture: WorkbookFixture) => {
        const read = await fixture.workbook.readReceivables();
        return writeBasis(read, all ? undefined : ["ACME"]);
      };

      it("writes when the sheet is as the pane read it", async () => {
        const fixture = factory(RECEIVABLES);
        const basis = await basisOf(fixture);
        const before = fixture.snapshot();
        await write(fixture.workbook, basis);
        expect(fixture.snapshot()).not.toBe(before);
      });

      it("refuses and writes nothing when an amount of its invoices changed since the read", async () => {
        const fixture = factory(RECEIVABLES);
        const basis = await basisOf(fixture);
        fixture.input("Receivables", "D2", 50);
        await refused(fixture, write(fixture.workbook, basis));
      });

      it("refuses when the user inserted a row above its invoices since the read", async () => {
        const fixture = factory(RECEIVABLES);
        const basis = await basisOf(fixture);
        fixture.insertRows("Receivables", 2, 1);
        await refused(fixture, write(fixture.workbook, basis));
      });

      it("refuses when an invoice of the customer was added since the read", async () => {
        const fixture = factory(RECEIVABLES);
        const basis = await basisOf(fixture);
        fixture.input("Receivables", "A5", "ACME");
        fixture.input("Receivables", "B5", "F-4");
        fixture.input("Receivables", "C5", 45380);
        fixture.input("Receivables", "D5", 80);
        await refused(fixture, write(fixture.workbook, basis));
      });
    }
  );

  describe(`Workbook contract, a customer's write and other customers' rows: ${adapter}`, () => {
    it("writes a statement for ACME when only Beta's invoice changed since the read", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      fixture.input("Receivables", "D3", 999);
      const [, statement] = WRITES[4];
      await statement(fixture.workbook, writeBasis(read, ["ACME"]));
      expect(fixture.sheetNames()).toContain("Statement");
    });
  });
}
