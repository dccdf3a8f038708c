import { CellArg, cellArg, shapeOf, type CellReader } from "./cellArg";
import { isCellError, type CellError } from "./errors";
import type { Shape } from "./grid";

type Value = number | boolean | string;

/** Each argument by its name (the one a #VALUE! message gives): what Excel passed, and its reader. */
export type ArgSpecs = Record<string, readonly [unknown, CellReader<Value>]>;

/** The arguments ready to read row by row, by the names they were given, and the result's shape. */
export type CellArgs<Specs extends ArgSpecs> = {
  readonly [Name in keyof Specs]: Specs[Name] extends readonly [unknown, CellReader<infer T>]
    ? CellArg<T extends Value ? T : never>
    : never;
} & { readonly shape: Shape };

/**
 * The per-invoice arguments of one call, read once (docs/design.md §5): each becomes a CellArg
 * named after its key, then the shape they share is settled. The first argument, in the order
 * given, that is not a usable cell or range, or the first pair of shapes that do not fit, is the
 * error the whole call returns.
 *
 * @example
 * const args = readCellArgs({ daysOverdue: [[[10], [20]], readNumber], asOf: [[[45000]], readDay] });
 * if (isCellError(args)) return single(args);
 * args.daysOverdue.at(1, 0) //=> 20, args.shape //=> { rows: 2, cols: 1 }
 */
export function readCellArgs<Specs extends ArgSpecs>(specs: Specs): CellArgs<Specs> | CellError {
  const read: Record<string, CellArg<Value>> = {};
  const list: CellArg<Value>[] = [];
  for (const name of Object.keys(specs)) {
    const [value, reader] = specs[name];
    const arg = cellArg(name, value, reader);
    if (!(arg instanceof CellArg)) return arg;
    read[name] = arg;
    list.push(arg);
  }
  const shape = shapeOf(list);
  if (isCellError(shape)) return shape;
  // The mapped type cannot be built key by key; the loop above filled every key of specs.
  return { ...read, shape } as unknown as CellArgs<Specs>;
}
