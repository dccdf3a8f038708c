import { readCellArgs } from "../../../src/functions/readCellArgs";
import { isCellError } from "../../../src/functions/errors";
import { readBoolean, readNumber } from "../../../src/functions/readers";
import { column, expectValueError } from "./cells";

/** The names of the arguments of each cell, as compute sees them. */
function read(specs: Parameters<typeof readCellArgs>[0]): unknown[][] {
  const args = readCellArgs(specs);
  if (isCellError(args)) throw new Error(`the call failed: ${args.message}`);
  return args.map((values) => ({ ...values }));
}

describe("readCellArgs: the per-invoice arguments of a call, read once", () => {
  it("gives each cell its arguments by name, a single cell broadcast to every row", () => {
    expect(
      read({ days: [column(10, 20), readNumber], disputed: [[["Yes"]], readBoolean] })
    ).toEqual(column({ days: 10, disputed: true }, { days: 20, disputed: true }));
  });

  it("gives undefined for a blank cell and for an argument left out", () => {
    expect(read({ days: [column("", 5), readNumber], held: [undefined, readBoolean] })).toEqual(
      column({ days: undefined, held: undefined }, { days: 5, held: undefined })
    );
  });

  it("returns the first argument that is not a usable range, in the order given", () => {
    const args = readCellArgs({ days: [[], readNumber], held: [[[]], readBoolean] });
    expectValueError(args, "days");
  });

  it("returns the argument whose range does not fit the others' shape", () => {
    expectValueError(
      readCellArgs({ days: [column(1, 2), readNumber], amount: [column(1, 2, 3), readNumber] }),
      "amount"
    );
  });

  it("shows in a cell the first bad argument in argument order, ranges and single cells alike", () => {
    const args = readCellArgs({
      days: [column("soon", 1), readNumber],
      held: [[["maybe"]], readBoolean],
      amount: [column("x", "y"), readNumber],
    });
    if (isCellError(args)) throw new Error("the call failed");
    const computed: number[] = [];
    const cells = args.map((_, row) => computed.push(row));
    // Row 1: days reads, the single held cell is bad and comes before amount.
    expectValueError(cells[0][0], "days");
    expectValueError(cells[1][0], "held");
    expect(computed).toEqual([]);
  });

  it("computes no cell that has a bad argument", () => {
    const args = readCellArgs({ days: [column(1, "soon", 3), readNumber] });
    if (isCellError(args)) throw new Error("the call failed");
    const cells = args.map(({ days }) => (days ?? 0) * 2);
    expect(cells[0][0]).toBe(2);
    expectValueError(cells[1][0], "days");
    expect(cells[2][0]).toBe(6);
  });
});

describe("readCellArgs: a bad single cell", () => {
  it("fills every cell of the ranges' shape, even when the ranges come after it", () => {
    const args = readCellArgs({
      held: [[["maybe"]], readBoolean],
      days: [column(1, 2, 3), readNumber],
    });
    if (isCellError(args)) throw new Error("the call failed");
    const cells = args.map(() => "computed");
    expect(cells).toHaveLength(3);
    for (const [cell] of cells) expectValueError(cell, "held");
  });
});
